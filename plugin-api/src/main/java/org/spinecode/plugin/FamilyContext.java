package org.spinecode.plugin;

import java.util.List;
import java.util.Optional;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.family.CodeLadder;
import org.spinecode.domain.policy.PayerPolicy;
import org.spinecode.domain.policy.PolicyKind;
import org.spinecode.plugin.data.PolicyTable;

/**
 * What the host hands a family when it creates the family's coder: the family's code definitions,
 * resolved once against the reference data in force (code dates, the policy table, the family's own
 * tables), and the policy rows a coder consults itself. A coder builds its ladders from these when
 * it is created. New members arrive as default methods, so a plugin compiled against an older
 * context keeps working.
 */
public interface FamilyContext {

  /** The SPI version of the product the plugin runs in ({@link FamilyPlugin#SPI_VERSION}). */
  int spiVersion();

  /** The reference data's short name, as every result names it. */
  String dataVersion();

  /** The family's resolved definition of {@code code}; an error naming the code when the family has none. */
  CodeDefinition code(String code);

  /** Every resolved definition of the family, in its table's order. */
  List<CodeDefinition> codes();

  /** The ladder of the family's resolved definitions of {@code primary}, then its add-ons in order. */
  default CodeLadder ladder(String primary, String... addOns) {
    CodeDefinition[] rungs = new CodeDefinition[addOns.length];
    for (int i = 0; i < addOns.length; i++) {
      rungs[i] = code(addOns[i]);
    }
    return CodeLadder.of(code(primary), rungs);
  }

  /**
   * The row with this id in the policy tables in force (the product's, which {@code --data-dir}
   * may replace, then the family's own), if it is of {@code kind}: such as the thoracolumbar
   * junction row a facet coder applies itself. Empty when no such row is in force.
   */
  <T extends PayerPolicy> Optional<T> policy(String id, PolicyKind<T> kind);

  /**
   * The product's policy table in force.
   *
   * @deprecated SPI 2; use {@link #policy(String, PolicyKind)}
   */
  @Deprecated
  PolicyTable policies();
}
