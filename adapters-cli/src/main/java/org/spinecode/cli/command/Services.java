package org.spinecode.cli.command;

import org.spinecode.domain.EncounterCoder;
import org.spinecode.domain.check.ClaimChecker;
import org.spinecode.plugin.PluginRegistry;
import org.spinecode.plugin.data.ReferenceData;
import org.spinecode.rest.wire.WireCodec;

/**
 * What commands need from the wiring. Created on first use, so {@code --help} and
 * {@code --version} never pay for plugin discovery.
 */
public interface Services {

  /** The installed plugins, checked; throws {@link org.spinecode.plugin.PluginLoadException}. */
  PluginRegistry registry();

  /** The coding engine over the installed plugins, each family call timed by {@code --plugin-timeout}. */
  EncounterCoder coder();

  /** Check mode over the same coder, judging billed lines with the claim edits of {@link #data()}. */
  default ClaimChecker checker() {
    return new ClaimChecker(coder(), registry().catalogue(), data().claimEdits(registry().catalogue()),
        data().conventions());
  }

  /**
   * The same engine calling family plugins on the caller's thread: for a caller that bounds the
   * time itself, as the NDJSON pipeline does per batch.
   */
  EncounterCoder directCoder();

  WireCodec codec();

  /** The reference data the coder judges with (bundled, or loaded with --data-dir). */
  default ReferenceData data() {
    return ReferenceData.bundled();
  }
}
