package org.spinecode.plugin.data;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.catalogue.Quantity;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.domain.policy.DateRange;
import org.spinecode.domain.policy.PayerPolicy;
import org.spinecode.domain.spine.Region;

/**
 * A family's code table, shipped in the family's own jar: one row per code with our label, region,
 * guidance, add-on parents, quantity rule, laterality, included imaging, authority, and the ids of
 * the payer policy rows that apply to it. Read as rows ({@link #rows()}); the host resolves them
 * once against the data in force. An error names the file and line.
 *
 * <p>Columns: {@code code, family, region, guidance, add_on_to, quantity, lateral,
 * imaging_included, policies, label, authority}; lists are {@code ;}-separated, and
 * {@code effective_from, effective_through, when_not_in_effect} may be added for a family's own
 * dates (otherwise the product's code table dates the code).
 */
public final class CodeTable {
  private final String name;
  private final String version;
  private final List<CodeRow> rows;
  private final List<PolicyTable> ownPolicies;
  private volatile Map<String, CodeDefinition> spi2Definitions;

  private CodeTable(String name, String version, List<CodeRow> rows, List<PolicyTable> ownPolicies) {
    this.name = name;
    this.version = version;
    this.rows = List.copyOf(rows);
    this.ownPolicies = List.copyOf(ownPolicies);
  }

  /**
   * The table shipped as a resource beside {@code owner}, such as {@code facet-codes.csv}; its rows
   * may name policy rows of {@code ownPolicies}, the family's own tables, besides the product's.
   */
  public static CodeTable resource(Class<?> owner, String path, PolicyTable... ownPolicies) {
    return of(Table.resource(owner, path), Arrays.asList(ownPolicies));
  }

  /** A table from a stream; {@code name} appears in errors. */
  public static CodeTable read(String name, InputStream in, PolicyTable... ownPolicies) {
    return of(Table.read(name, in), Arrays.asList(ownPolicies));
  }

  private static CodeTable of(Table table, List<PolicyTable> own) {
    Map<String, CodeRow> codes = new LinkedHashMap<>();
    for (Table.Row row : table.rows()) {
      row.convert(r -> {
        CodeRow code = row(r);
        if (codes.put(code.code(), code) != null) {
          throw r.fail("code " + code.code() + " appears twice");
        }
      });
    }
    if (codes.isEmpty()) {
      throw new DataLoadException(table.name(), 0, "the table lists no code");
    }
    return new CodeTable(table.name(), table.version(), new ArrayList<>(codes.values()), own);
  }

  private static CodeRow row(Table.Row r) {
    CodeRow.Builder code = CodeRow.builder()
        .code(r.required("code"))
        .label(r.required("label"))
        .family(ProcedureFamily.of(r.required("family")))
        .region(r.oneOf("region", Region.class))
        .addAllGuidance(list(r.required("guidance")).stream()
            .map(g -> Table.enumNamed(g, "guidance", Guidance.class, r)).toList())
        .addAllAddOnTo(list(r.text("add_on_to")))
        .quantity(r.oneOf("quantity", Quantity.class))
        .lateral(r.yesNo("lateral"))
        .addAllImagingIncluded(list(r.text("imaging_included")))
        .authority(r.required("authority"))
        .addAllPolicyIds(list(r.text("policies")))
        .origin(r.file() + ":" + r.line());
    if (r.has("effective_from")) {
      code.dates(DateRange.through(r.date("effective_from"), r.date("effective_through")))
          .whenNotInEffect(r.optional("when_not_in_effect"));
    }
    return code.build();
  }

  private static List<String> list(String text) {
    return Arrays.stream(text.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** The rows, in the table's order (primaries before their add-ons). */
  public List<CodeRow> rows() {
    return rows;
  }

  /** The family's own policy tables its rows may name. */
  public List<PolicyTable> ownPolicies() {
    return ownPolicies;
  }

  /** The table for listings, named by its file and described as {@code what}. */
  public DataTable describe(String what) {
    return Table.inPluginJar(name, what, version, rows.size());
  }

  /** The {@code # version:} line of the table. */
  public String version() {
    return version;
  }

  public String name() {
    return name;
  }

  /**
   * The definition of {@code code} with the product's bundled policy rows; an error naming the
   * table for a code it does not list.
   *
   * @deprecated SPI 2: the definitions a family built itself; an SPI-3 family hands the host this
   *     table and takes its resolved definitions from {@code FamilyContext}
   */
  @Deprecated
  public CodeDefinition code(String code) {
    CodeDefinition definition = spi2().get(code);
    if (definition == null) {
      throw new DataLoadException(name, 0, "the table has no row for code " + code);
    }
    return definition;
  }

  /**
   * Every definition, in the table's order, with the product's bundled policy rows.
   *
   * @deprecated SPI 2, as {@link #code(String)}
   */
  @Deprecated
  public List<CodeDefinition> all() {
    return List.copyOf(spi2().values());
  }

  private Map<String, CodeDefinition> spi2() {
    Map<String, CodeDefinition> definitions = spi2Definitions;
    if (definitions == null) {
      definitions = new LinkedHashMap<>();
      for (CodeRow row : rows) {
        definitions.put(row.code(), row.resolve(this::bundledOrOwn, Optional.empty()));
      }
      spi2Definitions = definitions;
    }
    return definitions;
  }

  private Optional<PayerPolicy> bundledOrOwn(String id) {
    Optional<PayerPolicy> policy = PolicyTable.bundled().find(id);
    for (int i = 0; policy.isEmpty() && i < ownPolicies.size(); i++) {
      policy = ownPolicies.get(i).find(id);
    }
    return policy;
  }
}
