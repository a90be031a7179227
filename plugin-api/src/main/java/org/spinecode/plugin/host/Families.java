package org.spinecode.plugin.host;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spinecode.domain.catalogue.CodeCatalogue;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.engine.FamilyRoute;
import org.spinecode.domain.family.FamilyCoder;
import org.spinecode.plugin.FamilyClaim;
import org.spinecode.plugin.data.CodeRow;
import org.spinecode.plugin.data.CodeTable;
import org.spinecode.plugin.data.DataTable;

/**
 * Every installed family resolved once against the reference data in force: one definition per
 * code (the family's row, the policy rows in force by id, the product's dates), one catalogue of
 * them, and each family's coder created from its resolved definitions.
 */
final class Families {
  final CodeCatalogue catalogue;
  final List<FamilyRoute> routes;
  final List<DataTable> tables;
  /** Each plugin's coder, by plugin id. */
  final Map<String, FamilyCoder> coders;

  private Families(CodeCatalogue catalogue, List<FamilyRoute> routes, List<DataTable> tables,
      Map<String, FamilyCoder> coders) {
    this.catalogue = catalogue;
    this.routes = routes;
    this.tables = tables;
    this.coders = coders;
  }

  @SuppressWarnings("deprecation")
  static Families resolve(PluginRegistry registry, ReferenceData data) {
    List<CodeDefinition> all = new ArrayList<>();
    List<HostContext> contexts = new ArrayList<>();
    for (InstalledPlugin installed : registry.plugins()) {
      String id = installed.descriptor().id();
      CodeTable table = installed.plugin().codes();
      List<CodeDefinition> definitions = new ArrayList<>();
      HostContext context;
      if (table != null) {
        HostContext lookup = new HostContext(id, data, table.ownPolicies(), List.of());
        for (CodeRow row : table.rows()) {
          definitions.add(row.resolve(lookup::policy, data.codeDate(row.code())));
        }
        context = new HostContext(id, data, table.ownPolicies(), definitions);
      } else {
        HostContext lookup = new HostContext(id, data, List.of(), List.of());
        definitions.addAll(Spi2Family.resolve(installed.plugin().catalogue(), data, lookup));
        context = new HostContext(id, data, List.of(), definitions);
      }
      all.addAll(definitions);
      contexts.add(context);
    }
    CodeCatalogue catalogue = CodeCatalogue.of(all, data.codes());
    List<FamilyRoute> routes = new ArrayList<>();
    List<DataTable> tables = new ArrayList<>();
    Map<String, FamilyCoder> coders = new LinkedHashMap<>();
    for (int i = 0; i < registry.plugins().size(); i++) {
      InstalledPlugin installed = registry.plugins().get(i);
      FamilyCoder coder = coder(installed, contexts.get(i), catalogue);
      coders.put(installed.descriptor().id(), coder);
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
      tables.addAll(installed.plugin().tables());
    }
    return new Families(catalogue, List.copyOf(routes), List.copyOf(tables), Map.copyOf(coders));
  }

  private static FamilyCoder coder(InstalledPlugin installed, HostContext context, CodeCatalogue catalogue) {
    FamilyCoder coder;
    try {
      coder = installed.plugin().createCoder(context);
    } catch (RuntimeException | LinkageError e) {
      throw new PluginLoadException(List.of("plugin " + installed.descriptor().id() + " ("
          + installed.location() + ") failed to create its coder (" + e.getClass().getSimpleName() + ")"));
    }
    if (coder == null) {
      throw new PluginLoadException(List.of("plugin " + installed.descriptor().id() + " (" + installed.location()
          + ") created no coder"));
    }
    return installed.plugin().codes() != null ? coder : Spi2Family.coder(coder, catalogue);
  }
}
