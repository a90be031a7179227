package org.spinecode.plugin.host;

import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.family.FamilyCoder;
import org.spinecode.plugin.FamilyPlugin;
import org.spinecode.plugin.PluginDescriptor;

/**
 * A drop-in whose descriptor never answers, whatever is done to its thread. Loaded only from a jar
 * that {@link PluginLoadingTimeoutTest} builds, never from the test class path.
 */
public final class HangingDescriptorPlugin implements FamilyPlugin {

  @Override
  public PluginDescriptor descriptor() {
    while (true) {
      LockSupport.park(this);
    }
  }

  @Override
  public List<CodeDefinition> catalogue() {
    return List.of();
  }

  @Override
  public FamilyCoder createCoder() {
    throw new UnsupportedOperationException("never created");
  }
}
