package org.spinecode.plugin.host;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.plugin.FamilyClaim;
import org.spinecode.plugin.FamilyPlugin;
import org.spinecode.plugin.data.CodeRow;
import org.spinecode.plugin.data.CodeTable;

/**
 * The installed plugins, checked to fit together and sorted by id so that nothing depends on the
 * order they were found in. Duplicate ids, two plugins claiming the same family with the same
 * guidance, two plugins declaring the same code or the same family alias, and an alias that is
 * another plugin's family name fail here, naming both classes. What the plugins become with the
 * reference data in force is {@link Installation}'s.
 */
public final class PluginRegistry {
  private final List<InstalledPlugin> plugins;
  /** Every installed family's codes, in plugin order, then table order. */
  private final List<String> codes = new ArrayList<>();

  private PluginRegistry(List<InstalledPlugin> plugins) {
    List<InstalledPlugin> sorted = new ArrayList<>(plugins);
    sorted.sort(Comparator.comparing((InstalledPlugin p) -> p.descriptor().id()));
    this.plugins = List.copyOf(sorted);
    List<String> problems = new ArrayList<>();
    Map<String, InstalledPlugin> ids = new HashMap<>();
    Map<String, InstalledPlugin> claims = new HashMap<>();
    Map<String, InstalledPlugin> codeOwners = new HashMap<>();
    Map<ProcedureFamily, InstalledPlugin> families = new HashMap<>();
    Map<ProcedureFamily, InstalledPlugin> aliases = new HashMap<>();
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
      for (String code : codesOf(plugin.plugin())) {
        clash = codeOwners.putIfAbsent(code, plugin);
        if (clash != null) {
          problems.add("code " + code + " is declared by both " + names(clash, plugin));
        } else {
          this.codes.add(code);
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
  }

  /** The codes a family declares: its code table's (SPI 3) or the definitions it built itself (SPI 2). */
  @SuppressWarnings("deprecation")
  public static List<String> codesOf(FamilyPlugin plugin) {
    CodeTable table = plugin.codes();
    return table != null ? table.rows().stream().map(CodeRow::code).toList()
        : plugin.catalogue().stream().map(CodeDefinition::code).toList();
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

  /** Every installed family's codes, in plugin order, then table order. */
  public List<String> codes() {
    return List.copyOf(codes);
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
