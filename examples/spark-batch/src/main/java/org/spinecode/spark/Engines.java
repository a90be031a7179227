package org.spinecode.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spinecode.plugin.host.Installation;
import org.spinecode.plugin.host.PluginDiscovery;
import org.spinecode.plugin.host.PluginRegistry;
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
   * The product: the plugins with the tables in the jars and those in {@code dataDir} (may be null),
   * composed by the host as the CLI composes it.
   */
  static Installation installation(PluginRegistry registry, String dataDir) {
    return Installation.builder().plugins(registry).dataDir(dataDir == null ? null : Path.of(dataDir)).build();
  }

  /** The installed plugins, checked, without building an engine; throws on a broken plugin. */
  static PluginRegistry registry(String pluginsDir) {
    Path dropIns = pluginsDir == null || pluginsDir.isEmpty() ? null : Path.of(pluginsDir);
    return PluginDiscovery.discover(Engines.class.getClassLoader(), dropIns);
  }

  private static ExecutorCoder build(Folders folders) {
    WireCodec codec = new WireCodec();
    Installation installation = installation(registry(folders.plugins()), folders.data());
    // Exception messages may quote the record, so the log gets the type and the position only.
    RecordCoder.Failures failures =
        (failure, line) -> LOG.warn("coding failed at input record {}: {}", line, failure.getClass().getName());
    // Direct family calls, as the CLI's NDJSON pipeline makes them; check mode as the CLI's check command.
    RecordCoder records = new RecordCoder(installation.directCoder(), codec, new WireMapping(), failures);
    RecordCoder checks = RecordCoder.checking(installation.directChecker(), codec, new WireMapping(), failures);
    return new ExecutorCoder(records, checks, codec);
  }
}
