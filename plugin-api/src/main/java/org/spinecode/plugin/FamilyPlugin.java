package org.spinecode.plugin;

import java.util.List;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.family.FamilyCoder;
import org.spinecode.plugin.data.CodeTable;
import org.spinecode.plugin.data.DataTable;
import org.spinecode.plugin.data.PolicyTable;

/**
 * A procedure family: the service a plugin jar registers in
 * {@code META-INF/services/org.spinecode.plugin.FamilyPlugin}. Implementations need a public
 * no-argument constructor and should keep everything else package-private.
 *
 * <p>SPI 3 (docs/PLUGINS.md, "SPI 3"): a family hands the host its code table ({@link #codes()}),
 * the host resolves every family's rows once against the reference data in force, and the family
 * builds its coder from the resolved definitions it gets in {@link #createCoder(FamilyContext)}. A
 * family written for SPI 2 ({@link #catalogue()} and {@link #createCoder()}) still loads: the host
 * resolves the definitions it built itself the same way and hands its coder's services the
 * resolved ones.
 */
public interface FamilyPlugin {

  /**
   * The version of this SPI. 3: the host resolves the family's code rows ({@link #codes()}) and
   * hands the coder its definitions through {@link FamilyContext}; 2: domain packages by audience,
   * policy kinds in {@code domain.policy}, the thoracolumbar junction as a dated policy value, and
   * a coder's failure costs only its own session.
   */
  int SPI_VERSION = 3;

  /** Who the plugin is and which (family, guidance) pairs it codes. */
  PluginDescriptor descriptor();

  /**
   * SPI 3: the family's code table, rows as its jar lists them (primaries before their add-ons),
   * with the family's own policy tables its rows name. Null for an SPI-2 family.
   */
  default CodeTable codes() {
    return null;
  }

  /**
   * The tables this family reads from its own jar, for {@code spinecode data}: by default its code
   * table and its own policy tables.
   */
  default List<DataTable> tables() {
    CodeTable codes = codes();
    if (codes == null) {
      return List.of();
    }
    String id = descriptor().id();
    List<DataTable> tables = new java.util.ArrayList<>();
    tables.add(codes.describe("the " + id + " family's codes"));
    for (PolicyTable own : codes.ownPolicies()) {
      tables.add(own.describe("the " + id + " family's own policies"));
    }
    return tables;
  }

  /**
   * A coder for the family, given its resolved definitions and the policy rows in force; called
   * once, the coder is then shared by all threads. SPI-2 families need not override it: it calls
   * {@link #createCoder()}.
   */
  default FamilyCoder createCoder(FamilyContext context) {
    return createCoder();
  }

  /**
   * SPI 2: the codes this family contributes, built by the family itself with the bundled policy
   * rows. The host re-resolves them against the data in force.
   *
   * @deprecated implement {@link #codes()}
   */
  @Deprecated
  default List<CodeDefinition> catalogue() {
    return List.of();
  }

  /**
   * SPI 2: a coder without context.
   *
   * @deprecated implement {@link #createCoder(FamilyContext)}
   */
  @Deprecated
  default FamilyCoder createCoder() {
    throw new UnsupportedOperationException("plugin " + descriptor().id()
        + " implements neither createCoder(FamilyContext) nor the SPI-2 createCoder()");
  }
}
