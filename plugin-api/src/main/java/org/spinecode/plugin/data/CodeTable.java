package org.spinecode.plugin.data;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.catalogue.Quantity;
import org.spinecode.domain.edit.DataTable;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.domain.policy.CoverageRule;
import org.spinecode.domain.policy.FrequencyLimit;
import org.spinecode.domain.policy.LevelLimit;
import org.spinecode.domain.policy.PayerPolicy;
import org.spinecode.domain.policy.PrerequisiteSessions;
import org.spinecode.domain.policy.PriorAuthorization;
import org.spinecode.domain.policy.PurposeModifier;
import org.spinecode.domain.policy.RegionLimit;
import org.spinecode.domain.spine.Region;

/**
 * A family's code table, shipped in the family's own jar: one row per code with our label, region,
 * guidance, add-on parents, quantity rule, laterality, included imaging, authority, and the ids of
 * the payer policy rows that apply to it. Policy ids are looked up in the product's policy table
 * and then in the family's own tables. Read once when the family's class loads; an error names the
 * file and line.
 *
 * <p>Columns: {@code code, family, region, guidance, add_on_to, quantity, lateral,
 * imaging_included, policies, label, authority}; lists are {@code ;}-separated, and
 * {@code effective_from, effective_through, when_not_in_effect} may be added for a family's own
 * dates (otherwise the product's code table dates the code).
 */
public final class CodeTable {
  private final String name;
  private final String version;
  private final Map<String, CodeDefinition> codes;

  private CodeTable(String name, String version, Map<String, CodeDefinition> codes) {
    this.name = name;
    this.version = version;
    this.codes = codes;
  }

  /**
   * The table shipped as a resource beside {@code owner}, such as {@code facet-codes.csv}, with
   * policy ids resolved in the product's policy table and then in {@code ownPolicies}.
   */
  public static CodeTable resource(Class<?> owner, String path, PolicyTable... ownPolicies) {
    return of(Table.resource(owner, path), policyTables(ownPolicies));
  }

  /** A table from a stream; {@code name} appears in errors. */
  public static CodeTable read(String name, InputStream in, PolicyTable... ownPolicies) {
    return of(Table.read(name, in), policyTables(ownPolicies));
  }

  private static List<PolicyTable> policyTables(PolicyTable... own) {
    List<PolicyTable> policies = new ArrayList<>();
    policies.add(PolicyTable.bundled());
    policies.addAll(Arrays.asList(own));
    return policies;
  }

  private static CodeTable of(Table table, List<PolicyTable> policies) {
    Map<String, CodeDefinition> codes = new LinkedHashMap<>();
    for (Table.Row row : table.rows()) {
      row.convert(r -> {
        CodeDefinition definition = definition(r, policies);
        if (codes.put(definition.code(), definition) != null) {
          throw r.fail("code " + definition.code() + " appears twice");
        }
      });
    }
    if (codes.isEmpty()) {
      throw new DataLoadException(table.name, 0, "the table lists no code");
    }
    return new CodeTable(table.name, table.version(), codes);
  }

  private static CodeDefinition definition(Table.Row r, List<PolicyTable> policies) {
    CodeDefinition.Builder code = CodeDefinition.builder()
        .code(r.required("code"))
        .label(r.required("label"))
        .family(ProcedureFamily.of(r.required("family")))
        .region(Region.valueOf(r.required("region")))
        .addAllGuidance(list(r.required("guidance")).stream().map(Guidance::valueOf).toList())
        .addAllAddOnTo(list(r.text("add_on_to")))
        .quantity(Quantity.valueOf(r.required("quantity")))
        .lateral(r.yesNo("lateral"))
        .addAllImagingIncluded(list(r.text("imaging_included")))
        .authority(r.required("authority"));
    if (r.has("effective_from")) {
      code.effectiveFrom(r.date("effective_from")).effectiveThrough(r.date("effective_through"))
          .whenNotInEffect(r.optional("when_not_in_effect")).datesAuthority(r.required("authority"));
    }
    for (String id : list(r.text("policies"))) {
      attach(code, policy(r, id, policies), r, id);
    }
    return code.build();
  }

  private static PayerPolicy policy(Table.Row r, String id, List<PolicyTable> policies) {
    for (PolicyTable table : policies) {
      var policy = table.find(id);
      if (policy.isPresent()) {
        return policy.get();
      }
    }
    throw r.fail("policy " + id + " is in no policy table the family reads");
  }

  private static void attach(CodeDefinition.Builder code, PayerPolicy policy, Table.Row r, String id) {
    if (policy instanceof LevelLimit p) {
      code.addLevelLimits(p);
    } else if (policy instanceof RegionLimit p) {
      code.addRegionLimits(p);
    } else if (policy instanceof FrequencyLimit p) {
      code.addFrequencyLimits(p);
    } else if (policy instanceof PurposeModifier p) {
      code.addPurposeModifiers(p);
    } else if (policy instanceof CoverageRule p) {
      code.addCoverage(p);
    } else if (policy instanceof PriorAuthorization p) {
      code.addPriorAuthorizations(p);
    } else if (policy instanceof PrerequisiteSessions p) {
      code.addPrerequisites(p);
    } else {
      throw r.fail("policy " + id + " is a " + policy.kind() + ", which applies to a family, not to one code");
    }
  }

  private static List<String> list(String text) {
    return Arrays.stream(text.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** The definition of {@code code}; a code the table does not list is an error naming the table. */
  public CodeDefinition code(String code) {
    CodeDefinition definition = codes.get(code);
    if (definition == null) {
      throw new DataLoadException(name, 0, "the table has no row for code " + code);
    }
    return definition;
  }

  /** Every definition, in the table's order (primaries before their add-ons). */
  public List<CodeDefinition> all() {
    return List.copyOf(codes.values());
  }

  /** The table for listings, named by its file and described as {@code what}. */
  public DataTable describe(String what) {
    return Table.inPluginJar(name, what, version, codes.size());
  }

  /** The {@code # version:} line of the table. */
  public String version() {
    return version;
  }

  public String name() {
    return name;
  }
}
