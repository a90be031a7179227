package org.spinecode.plugin.host;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.spinecode.domain.EncounterCoder;
import org.spinecode.domain.catalogue.CodeCatalogue;
import org.spinecode.domain.catalogue.DatedCode;
import org.spinecode.domain.check.ClaimChecker;
import org.spinecode.domain.edit.ClaimEdits;
import org.spinecode.domain.edit.EditTables;
import org.spinecode.domain.engine.CodingEngine;
import org.spinecode.domain.engine.FamilyCalls;
import org.spinecode.domain.family.FamilyCoder;
import org.spinecode.plugin.data.DataTable;

/**
 * The product as it runs: these plugins with this reference data, composed once. It resolves every
 * family's code rows against the data in force into one catalogue, builds the coding engine over
 * them (family calls bounded by the plugin timeout, and a direct variant for callers that bound
 * time themselves), check mode over the same engine and claim edits, and the data listing with
 * the data version. The CLI, the REST server, the Spark job, the benchmarks and library users all
 * start here; nothing else builds the engine. Immutable and thread-safe; build once and share.
 *
 * <pre>{@code
 * Installation product = Installation.builder().plugins(PluginDiscovery.fromClassPath())
 *     .dataDir(Path.of("cms-2026q1")).build();
 * CodingResult result = product.coder().code(encounter);
 * }</pre>
 */
public final class Installation {
  /** Long enough for any family that codes in microseconds, short enough that a hung one is noticed. */
  public static final Duration DEFAULT_PLUGIN_TIMEOUT = Duration.ofSeconds(5);

  private final PluginRegistry plugins;
  private final ReferenceData data;
  private final CodeCatalogue catalogue;
  private final ClaimEdits claimEdits;
  private final CodingEngine engine;
  private final EncounterCoder coder;
  private final ClaimChecker checker;
  private final ClaimChecker directChecker;
  private final List<DataTable> tables;
  private final Map<String, FamilyCoder> familyCoders;

  private Installation(Builder builder) {
    this.plugins = Objects.requireNonNull(builder.plugins, "plugins");
    this.data = builder.dataDir == null ? ReferenceData.bundled() : ReferenceData.load(builder.dataDir, plugins.codes());
    Families families = Families.resolve(plugins, data);
    this.catalogue = families.catalogue;
    this.familyCoders = families.coders;
    this.claimEdits = data.claimEdits(catalogue);
    this.engine = new CodingEngine(families.routes, catalogue, FamilyCalls.direct(), claimEdits, data.conventions(),
        data.contractors(), data.dataVersion(), builder.clock);
    this.coder = engine.withFamilyCalls(FamilyCalls.timed(builder.pluginTimeout));
    this.checker = new ClaimChecker(coder, catalogue, claimEdits, data.conventions());
    this.directChecker = new ClaimChecker(engine, catalogue, claimEdits, data.conventions());
    List<DataTable> all = new ArrayList<>(data.tables());
    all.addAll(families.tables);
    this.tables = List.copyOf(all);
  }

  /** The plugins with the bundled reference data, the system clock and the default plugin timeout. */
  public static Installation of(PluginRegistry plugins) {
    return builder().plugins(plugins).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The installed plugins, checked and sorted. */
  public PluginRegistry plugins() {
    return plugins;
  }

  /** The reference data in force. */
  public ReferenceData data() {
    return data;
  }

  /** Every installed code, resolved against the data in force: what the engine codes with, and what listings explain. */
  public CodeCatalogue catalogue() {
    return catalogue;
  }

  /** The code table's entry for a code no family bills, or any code it dates (deleted, never a code, bundled imaging). */
  public Optional<DatedCode> codeNote(String code) {
    return data.codeDate(code);
  }

  /** The coding port, each family call bounded by the plugin timeout. */
  public EncounterCoder coder() {
    return coder;
  }

  /** The same engine calling families on the caller's thread, for a caller that bounds time itself. */
  public EncounterCoder directCoder() {
    return engine;
  }

  /** Check mode over {@link #coder()}, judging billed lines with the same claim edits and conventions. */
  public ClaimChecker checker() {
    return checker;
  }

  /** Check mode over {@link #directCoder()}, for a caller that bounds time itself. */
  public ClaimChecker directChecker() {
    return directChecker;
  }

  public ClaimEdits claimEdits() {
    return claimEdits;
  }

  /** CMS's edit tables and the fee-schedule indicators in force. */
  public EditTables editTables() {
    return data.editTables();
  }

  /** Every table loaded, the product's and each family's own, with source, release and rows. */
  public List<DataTable> tables() {
    return tables;
  }

  /**
   * The coder the host created for one plugin, over its resolved definitions: what the engine calls
   * for that plugin's sessions. For the plugin contract tests and tools that exercise one family.
   */
  public Optional<FamilyCoder> familyCoder(String pluginId) {
    return Optional.ofNullable(familyCoders.get(pluginId));
  }

  /** The data version every result names. */
  public String dataVersion() {
    return data.dataVersion();
  }

  /** Builds an {@link Installation}. */
  public static final class Builder {
    private PluginRegistry plugins;
    private Path dataDir;
    private Clock clock = Clock.systemDefaultZone();
    private Duration pluginTimeout = DEFAULT_PLUGIN_TIMEOUT;

    private Builder() {}

    public Builder plugins(PluginRegistry registry) {
      this.plugins = registry;
      return this;
    }

    /** A folder of tables that replace the bundled ones (newer official CMS files, policies.csv, ...); null for none. */
    public Builder dataDir(Path folder) {
      this.dataDir = folder;
      return this;
    }

    /** Where today comes from: dates of service after it get a note. */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value);
      return this;
    }

    /** How long one family plugin may take over one procedure. */
    public Builder pluginTimeout(Duration value) {
      this.pluginTimeout = Objects.requireNonNull(value);
      return this;
    }

    /**
     * @throws org.spinecode.plugin.data.DataLoadException naming a table that does not load
     * @throws PluginLoadException naming a plugin whose coder cannot be created
     */
    public Installation build() {
      return new Installation(this);
    }
  }
}
