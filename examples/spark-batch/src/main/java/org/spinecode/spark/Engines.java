package org.spinecode.spark;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spinecode.plugin.PluginDiscovery;
import org.spinecode.plugin.PluginRegistry;
import org.spinecode.rest.wire.RecordCoder;
import org.spinecode.rest.wire.WireCodec;
import org.spinecode.rest.wire.WireMapping;

/**
 * One engine per executor JVM. Plugin discovery and the engine's per-catalogue plan cost tens of
 * milliseconds, so every partition (and every task thread) in a JVM shares the coder built for its
 * plugins folder; the engine and the codec are thread-safe.
 */
final class Engines {
  private static final Logger LOG = LoggerFactory.getLogger(Engines.class);
  private static final String CLASS_PATH_ONLY = "";
  private static final Map<String, ExecutorCoder> CODERS = new ConcurrentHashMap<>();

  private Engines() {}

  /** The coder for the plugins on the class path plus those in {@code pluginsDir} (may be null). */
  static ExecutorCoder coder(String pluginsDir) {
    return CODERS.computeIfAbsent(pluginsDir == null ? CLASS_PATH_ONLY : pluginsDir, Engines::build);
  }

  /** The installed plugins, checked, without building an engine; throws on a broken plugin. */
  static PluginRegistry registry(String pluginsDir) {
    Path dropIns = pluginsDir == null || pluginsDir.isEmpty() ? null : Path.of(pluginsDir);
    return PluginDiscovery.discover(Engines.class.getClassLoader(), dropIns);
  }

  private static ExecutorCoder build(String pluginsDir) {
    WireCodec codec = new WireCodec();
    // Exception messages may quote the record, so the log gets the type and the position only.
    RecordCoder records = new RecordCoder(registry(pluginsDir).engine(), codec, new WireMapping(),
        (failure, line) -> LOG.warn("coding failed at input record {}: {}", line, failure.getClass().getName()));
    return new ExecutorCoder(records, codec);
  }
}
