package org.spinecode.cli.command;

import org.spinecode.domain.EncounterCoder;
import org.spinecode.domain.check.ClaimChecker;
import org.spinecode.plugin.host.Installation;
import org.spinecode.plugin.host.PluginRegistry;
import org.spinecode.rest.wire.WireCodec;

/**
 * What commands need from the wiring: the product as composed for this run, and the JSON codec.
 * Created on first use, so {@code --help} and {@code --version} never pay for plugin discovery.
 */
public interface Services {

  /**
   * The installed plugins with the reference data in force; throws {@link
   * org.spinecode.plugin.host.PluginLoadException} or {@link org.spinecode.plugin.data.DataLoadException}.
   */
  Installation installation();

  WireCodec codec();

  /** The installed plugins, checked. */
  default PluginRegistry registry() {
    return installation().plugins();
  }

  /** The coding engine, each family call timed by {@code --plugin-timeout}. */
  default EncounterCoder coder() {
    return installation().coder();
  }

  /**
   * The same engine calling family plugins on the caller's thread: for a caller that bounds the
   * time itself, as the NDJSON pipeline does per batch.
   */
  default EncounterCoder directCoder() {
    return installation().directCoder();
  }

  /** Check mode over the same coder and claim edits. */
  default ClaimChecker checker() {
    return installation().checker();
  }

  /** Services over an installation built elsewhere, such as a test's own plugins. */
  static Services of(Installation installation, WireCodec codec) {
    return new Services() {
      @Override
      public Installation installation() {
        return installation;
      }

      @Override
      public WireCodec codec() {
        return codec;
      }
    };
  }
}
