package org.spinecode.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spinecode.domain.check.ClaimChecker;
import org.spinecode.domain.engine.CodingEngine;
import org.spinecode.plugin.PluginDiscovery;
import org.spinecode.plugin.PluginRegistry;
import org.spinecode.plugin.data.ReferenceData;
import org.spinecode.rest.wire.RecordCoder;
import org.spinecode.rest.wire.WireCodec;
import org.spinecode.rest.wire.WireMapping;

/**
 * One engine per executor JVM. Plugin discovery, loading reference data and the engine's
 * per-catalogue plan cost tens of milliseconds or more, so every partition (and every task thread)
 * in a JVM shares the coder built for its plugins and data folders; the engine and the codec are
 * thread-safe.
 */
final class Engines {
  private static final Logger LOG = LoggerFactory.getLogger(Engines.class);
  private static final Map<Folders, ExecutorCoder> CODERS = new ConcurrentHashMap<>();

  /** Where drop-in families and newer CMS files are, as each executor sees them; either may be null. */
  record Folders(String plugins, String data) implements Serializable {}

  private Engines() {}

  /** The coder for the plugins on the class path plus those in the plugins folder, and the data. */
  static ExecutorCoder coder(Folders folders) {
    return CODERS.computeIfAbsent(folders, Engines::build);
  }

  /**
   * The reference data: the tables in the jars, with the official CMS files in {@code dataDir} (may
   * be null), keeping the rows of the installed families' codes.
   */
  static ReferenceData data(PluginRegistry registry, String dataDir) {
    return dataDir == null ? ReferenceData.bundled() : registry.referenceData(Path.of(dataDir));
  }

  /** The installed plugins, checked, without building an engine; throws on a broken plugin. */
  static PluginRegistry registry(String pluginsDir) {
    Path dropIns = pluginsDir == null || pluginsDir.isEmpty() ? null : Path.of(pluginsDir);
    return PluginDiscovery.discover(Engines.class.getClassLoader(), dropIns);
  }

  private static ExecutorCoder build(Folders folders) {
    WireCodec codec = new WireCodec();
    PluginRegistry registry = registry(folders.plugins());
    CodingEngine engine = registry.engine(data(registry, folders.data()));
    // Exception messages may quote the record, so the log gets the type and the position only.
    RecordCoder.Failures failures =
        (failure, line) -> LOG.warn("coding failed at input record {}: {}", line, failure.getClass().getName());
    RecordCoder records = new RecordCoder(engine, codec, new WireMapping(), failures);
    // As the CLI's check command: the same engine, judging billed lines with its data's claim edits.
    ClaimChecker checker = new ClaimChecker(engine, engine.catalogue(), engine.claimEdits(), engine.conventions());
    RecordCoder checks = RecordCoder.checking(checker, codec, new WireMapping(), failures);
    return new ExecutorCoder(records, checks, codec);
  }
}
