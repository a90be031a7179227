package org.spinecode.plugin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.spinecode.domain.catalogue.CodeCatalogue;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.edit.DataTable;
import org.spinecode.domain.engine.CodingEngine;
import org.spinecode.domain.engine.FamilyCalls;
import org.spinecode.domain.engine.FamilyRoute;
import org.spinecode.domain.family.FamilyCoder;
import org.spinecode.plugin.data.ReferenceData;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.encounter.ProcedureFamily;

/**
 * The installed plugins, checked to fit together and sorted by id so that nothing depends on the
 * order they were found in. Duplicate ids, two plugins claiming the same family with the same
 * guidance, two plugins declaring the same code or the same family alias, and an alias that is
 * another plugin's family name fail here, naming both classes.
 */
public final class PluginRegistry {
  private final List<InstalledPlugin> plugins;
  private final CodeCatalogue catalogue;
  /** As the plugins declare them, before dating; an engine with its own policy table re-dates them. */
  private final List<CodeDefinition> definitions;

  private PluginRegistry(List<InstalledPlugin> plugins) {
    List<InstalledPlugin> sorted = new ArrayList<>(plugins);
    sorted.sort(Comparator.comparing((InstalledPlugin p) -> p.descriptor().id()));
    this.plugins = List.copyOf(sorted);
    List<String> problems = new ArrayList<>();
    Map<String, InstalledPlugin> ids = new HashMap<>();
    Map<String, InstalledPlugin> claims = new HashMap<>();
    Map<String, InstalledPlugin> codes = new HashMap<>();
    Map<ProcedureFamily, InstalledPlugin> families = new HashMap<>();
    Map<ProcedureFamily, InstalledPlugin> aliases = new HashMap<>();
    List<CodeDefinition> definitions = new ArrayList<>();
    for (InstalledPlugin plugin : this.plugins) {
      InstalledPlugin clash = ids.putIfAbsent(plugin.descriptor().id(), plugin);
      if (clash != null) {
        problems.add("plugin id '" + plugin.descriptor().id() + "' is used by both " + names(clash, plugin));
      }
      for (FamilyClaim claim : plugin.descriptor().claims()) {
        families.putIfAbsent(claim.family(), plugin);
        for (ProcedureFamily alias : claim.aliases()) {
          clash = aliases.putIfAbsent(alias, plugin);
          if (clash != null && clash != plugin) {
            problems.add("family alias " + alias + " is declared by both " + names(clash, plugin));
          }
        }
        for (Guidance guidance : claim.guidance()) {
          clash = claims.putIfAbsent(claim.family() + " with " + guidance, plugin);
          if (clash != null && clash != plugin) {
            problems.add(claim.family() + " with " + guidance + " is claimed by both " + names(clash, plugin));
          }
        }
      }
      for (CodeDefinition code : plugin.plugin().catalogue()) {
        clash = codes.putIfAbsent(code.code(), plugin);
        if (clash != null) {
          problems.add("code " + code.code() + " is declared by both " + names(clash, plugin));
        } else {
          definitions.add(code);
        }
      }
    }
    for (Map.Entry<ProcedureFamily, InstalledPlugin> alias : aliases.entrySet()) {
      InstalledPlugin owner = families.get(alias.getKey());
      if (owner != null) {
        problems.add("family alias " + alias.getKey() + " is also a family name: " + names(owner, alias.getValue()));
      }
    }
    if (!problems.isEmpty()) {
      problems.sort(null);
      throw new PluginLoadException(problems);
    }
    // The product's code table dates the codes a family declares without dates (0228T-0231T end 2020-12-31).
    this.catalogue = CodeCatalogue.of(ReferenceData.bundled().dated(definitions));
    this.definitions = List.copyOf(definitions);
  }

  /** Checks and sorts plugins found elsewhere or added in code. */
  public static PluginRegistry of(Collection<InstalledPlugin> plugins) {
    return new PluginRegistry(List.copyOf(plugins));
  }

  /** Checks and sorts plugin instances added in code. */
  public static PluginRegistry ofPlugins(Collection<? extends FamilyPlugin> plugins) {
    List<InstalledPlugin> installed = new ArrayList<>();
    for (FamilyPlugin plugin : plugins) {
      installed.add(InstalledPlugin.of(plugin));
    }
    return new PluginRegistry(installed);
  }

  /** Sorted by id. */
  public List<InstalledPlugin> plugins() {
    return plugins;
  }

  public CodeCatalogue catalogue() {
    return catalogue;
  }

  /**
   * A coding engine over these plugins and the bundled reference data (code dates, NCCI 2024Q3,
   * RVU24C); build it once and share it.
   */
  public CodingEngine engine() {
    return engine(ReferenceData.bundled());
  }

  /**
   * A coding engine over these plugins that judges its claims with {@code data}, such as
   * {@code ReferenceData.load(Path.of("cms-2026q1"))} for newer official CMS files.
   */
  public CodingEngine engine(ReferenceData data) {
    boolean ownPolicies = data.changesPolicies();
    CodeCatalogue catalogue = ownPolicies ? CodeCatalogue.of(data.dated(definitions)) : this.catalogue;
    List<FamilyRoute> routes = new ArrayList<>();
    for (InstalledPlugin installed : plugins) {
      FamilyCoder coder = installed.plugin().createCoder(FamilyContext.of(data));
      if (ownPolicies) {
        coder = new CataloguePolicies(coder, catalogue);
      }
      for (FamilyClaim claim : installed.descriptor().claims()) {
        routes.add(FamilyRoute.builder()
            .family(claim.family())
            .addAllGuidance(claim.guidance())
            .coder(coder)
            .addAllAliases(claim.aliases())
            .pluginId(installed.descriptor().id())
            .pluginVersion(installed.descriptor().version())
            .build());
      }
    }
    return new CodingEngine(routes, catalogue, FamilyCalls.direct(), data.claimEdits(catalogue), data.conventions(),
        data.dataVersion());
  }

  /**
   * The bundled tables with the official CMS files in {@code folder}, keeping the rows of every
   * installed family's codes (a drop-in family's own codes included).
   */
  public ReferenceData referenceData(Path folder) {
    return ReferenceData.load(folder, definitions.stream().map(CodeDefinition::code).toList());
  }

  /** Every table the reference data and the installed families loaded, for listings. */
  public List<DataTable> tables(ReferenceData data) {
    List<DataTable> tables = new ArrayList<>(data.tables());
    for (InstalledPlugin installed : plugins) {
      tables.addAll(installed.plugin().tables());
    }
    return tables;
  }

  /** The families installed, sorted. */
  public List<ProcedureFamily> families() {
    return plugins.stream()
        .flatMap(p -> p.descriptor().claims().stream())
        .map(FamilyClaim::family)
        .distinct()
        .sorted()
        .toList();
  }

  private static String names(InstalledPlugin first, InstalledPlugin second) {
    return first.plugin().getClass().getName() + " (" + first.location() + ") and "
        + second.plugin().getClass().getName() + " (" + second.location() + ")";
  }
}
