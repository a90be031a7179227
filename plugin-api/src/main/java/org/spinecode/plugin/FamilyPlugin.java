package org.spinecode.plugin;

import java.util.List;
import org.spinecode.domain.edit.DataTable;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.family.FamilyCoder;

/**
 * A procedure family: the service a plugin jar registers in
 * {@code META-INF/services/org.spinecode.plugin.FamilyPlugin}. Implementations need a public
 * no-argument constructor and should keep everything else package-private.
 */
public interface FamilyPlugin {

  /**
   * The version of this SPI. 2: domain packages by audience ({@code domain.family} for plugins),
   * policy kinds in {@code domain.policy}, the thoracolumbar junction as a dated policy value, and
   * a coder's failure costs only its own session (docs/PLUGINS.md, section 13).
   */
  int SPI_VERSION = 2;

  /** Who the plugin is and which (family, guidance) pairs it codes. */
  PluginDescriptor descriptor();

  /** The codes this family contributes, primaries before their add-ons, with their policies. */
  List<CodeDefinition> catalogue();

  /**
   * The tables this family reads from its own jar (its code table, its own policy tables), for
   * {@code spinecode data}; the default lists none, so plugins written before it still load.
   */
  default List<DataTable> tables() {
    return List.of();
  }

  /** A coder for the family; called once, the coder is then shared by all threads. */
  FamilyCoder createCoder();

  /**
   * A coder for the family, given the product's context (SPI version, reference data). The product
   * calls this one; the default ignores the context, so plugins written before it still load.
   */
  default FamilyCoder createCoder(FamilyContext context) {
    return createCoder();
  }
}
