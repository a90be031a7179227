package org.spinecode.plugin;

import java.util.List;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.coding.FamilyCoder;

/**
 * A procedure family: the service a plugin jar registers in
 * {@code META-INF/services/org.spinecode.plugin.FamilyPlugin}. Implementations need a public
 * no-argument constructor and should keep everything else package-private.
 */
public interface FamilyPlugin {

  /** Who the plugin is and which (family, guidance) pairs it codes. */
  PluginDescriptor descriptor();

  /** The codes this family contributes, primaries before their add-ons, with their policies. */
  List<CodeDefinition> catalogue();

  /** A coder for the family; called once, the coder is then shared by all threads. */
  FamilyCoder createCoder();
}
