package org.spinecode.plugin.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.spinecode.domain.claim.Modifier;
import org.spinecode.domain.edit.DataTable;
import org.spinecode.domain.encounter.Payer;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.domain.encounter.Purpose;
import org.spinecode.domain.encounter.Setting;
import org.spinecode.domain.policy.CoverageRule;
import org.spinecode.domain.policy.FrequencyLimit;
import org.spinecode.domain.policy.LevelLimit;
import org.spinecode.domain.policy.PayerPolicy;
import org.spinecode.domain.policy.PrerequisiteSessions;
import org.spinecode.domain.policy.PriorAuthorization;
import org.spinecode.domain.policy.PurposeModifier;
import org.spinecode.domain.policy.RegionLimit;
import org.spinecode.domain.policy.ThoracolumbarJunction;

/**
 * The payer policy table ({@code policies.csv}): one row per LCD limit, coverage rule or prior
 * authorization, each with its dates and authority, looked up by id. {@link #bundled()} is the
 * product's table; {@link #read(String, InputStream)} reads a family's own table from its jar and
 * {@link #load(Path)} a replacement from a folder, with errors naming the file and line.
 */
public final class PolicyTable {
  /** The file name of the table, in the product's jar and in a {@code --data-dir} folder. */
  public static final String FILE_NAME = "policies.csv";
  static final String BUNDLED = "/org/spinecode/data/" + FILE_NAME;

  private static volatile PolicyTable bundled;

  private final String name;
  private final String version;
  private final Map<String, PayerPolicy> rows;

  private PolicyTable(String name, String version, Map<String, PayerPolicy> rows) {
    this.name = name;
    this.version = version;
    this.rows = rows;
  }

  /** The product's table, read once. */
  public static PolicyTable bundled() {
    PolicyTable table = bundled;
    if (table == null) {
      synchronized (PolicyTable.class) {
        table = bundled;
        if (table == null) {
          table = of(Table.resource(PolicyTable.class, BUNDLED));
          bundled = table;
        }
      }
    }
    return table;
  }

  /** A table from a stream, such as a drop-in family's own resource; {@code name} appears in errors. */
  public static PolicyTable read(String name, InputStream in) {
    return of(Table.read(name, in));
  }

  /**
   * A table shipped as a resource beside {@code owner}, such as a drop-in family's own
   * {@code ablation-policies.csv}; a missing resource is an error naming it.
   */
  public static PolicyTable resource(Class<?> owner, String path) {
    return of(Table.resource(owner, path));
  }

  /** A table from a file, such as an updated copy of {@code policies.csv}. */
  public static PolicyTable load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.toString(), in);
    } catch (IOException e) {
      throw new DataLoadException(file.toString(), 0, "cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static PolicyTable of(Table table) {
    Map<String, PayerPolicy> rows = new LinkedHashMap<>();
    for (Table.Row row : table.rows()) {
      row.convert(r -> {
        String id = r.required("id");
        if (rows.put(id, policy(r)) != null) {
          throw r.fail("id " + id + " appears twice");
        }
      });
    }
    return new PolicyTable(table.name, table.version(), Map.copyOf(rows));
  }

  private static PayerPolicy policy(Table.Row r) {
    Payer payer = Payer.valueOf(r.required("payer"));
    var from = r.date("effective_from").orElseThrow(() -> r.fail("column 'effective_from' is empty"));
    var until = r.date("effective_until");
    String authority = r.required("authority");
    return switch (r.required("kind")) {
      case "LEVEL_LIMIT" -> LevelLimit.builder().payer(payer).effectiveFrom(from).effectiveUntil(until)
          .maxLevels(r.number("max_levels")).authority(authority).build();
      case "REGION_LIMIT" -> RegionLimit.builder().payer(payer).effectiveFrom(from).effectiveUntil(until)
          .group(r.required("group")).authority(authority).build();
      case "FREQUENCY_LIMIT" -> FrequencyLimit.builder().payer(payer).effectiveFrom(from).effectiveUntil(until)
          .group(r.required("group"))
          .addAllFamilies(list(r.required("families")).stream().map(ProcedureFamily::of).toList())
          .perPurpose(Boolean.parseBoolean(r.required("per_purpose")))
          .maxSessions(r.number("max_sessions")).months(r.number("months")).authority(authority).build();
      case "PURPOSE_MODIFIER" -> PurposeModifier.builder().payer(payer).effectiveFrom(from).effectiveUntil(until)
          .purpose(Purpose.valueOf(r.required("purpose"))).modifier(Modifier.valueOf(r.required("modifier")))
          .authority(authority).build();
      case "COVERAGE" -> CoverageRule.builder().payer(payer).effectiveFrom(from).effectiveUntil(until)
          .rule(r.required("rule")).message(r.required("message")).authority(authority).build();
      case "PRIOR_AUTHORIZATION" -> PriorAuthorization.builder().payer(payer).effectiveFrom(from)
          .effectiveUntil(until)
          .addAllSettings(list(r.required("settings")).stream().map(Setting::valueOf).toList())
          .authority(authority).build();
      case "PREREQUISITE_SESSIONS" -> PrerequisiteSessions.builder().payer(payer).effectiveFrom(from)
          .effectiveUntil(until).rule(r.required("rule")).message(r.required("message"))
          .family(ProcedureFamily.of(r.required("families"))).purpose(Purpose.valueOf(r.required("purpose")))
          .count(r.number("count"))
          .addAllWaivedBy(list(r.text("waived_by")).stream().map(ProcedureFamily::of).toList())
          .authority(authority).build();
      case "THORACOLUMBAR_JUNCTION" -> ThoracolumbarJunction.builder().payer(payer).effectiveFrom(from)
          .effectiveUntil(until).authority(authority).build();
      default -> throw r.fail("kind must be LEVEL_LIMIT, REGION_LIMIT, FREQUENCY_LIMIT, PURPOSE_MODIFIER,"
          + " COVERAGE, PRIOR_AUTHORIZATION, PREREQUISITE_SESSIONS or THORACOLUMBAR_JUNCTION");
    };
  }

  private static List<String> list(String text) {
    return Arrays.stream(text.split(";")).map(s -> s.trim().toUpperCase(Locale.ROOT)).filter(s -> !s.isEmpty())
        .toList();
  }

  public String name() {
    return name;
  }

  /** The table for listings, named by its file and described as {@code what}. */
  public DataTable describe(String what) {
    return Table.inPluginJar(name, what, version, rows.size());
  }

  /** The {@code # version:} line of the table. */
  public String version() {
    return version;
  }

  public int size() {
    return rows.size();
  }

  /** The row with this id, of any kind. */
  public Optional<PayerPolicy> find(String id) {
    return Optional.ofNullable(rows.get(id));
  }

  /** The ids of the rows. */
  public java.util.Set<String> ids() {
    return rows.keySet();
  }

  public LevelLimit levelLimit(String id) {
    return get(id, LevelLimit.class);
  }

  public RegionLimit regionLimit(String id) {
    return get(id, RegionLimit.class);
  }

  public FrequencyLimit frequencyLimit(String id) {
    return get(id, FrequencyLimit.class);
  }

  public PurposeModifier purposeModifier(String id) {
    return get(id, PurposeModifier.class);
  }

  public CoverageRule coverage(String id) {
    return get(id, CoverageRule.class);
  }

  public PriorAuthorization priorAuthorization(String id) {
    return get(id, PriorAuthorization.class);
  }

  public PrerequisiteSessions prerequisite(String id) {
    return get(id, PrerequisiteSessions.class);
  }

  public ThoracolumbarJunction thoracolumbarJunction(String id) {
    return get(id, ThoracolumbarJunction.class);
  }

  private <T extends PayerPolicy> T get(String id, Class<T> kind) {
    PayerPolicy policy = rows.get(id);
    if (policy == null) {
      throw new DataLoadException(name, 0, "no policy row with id " + id);
    }
    if (!kind.isInstance(policy)) {
      throw new DataLoadException(name, 0, "policy " + id + " is a " + policy.kind() + ", not the kind asked for");
    }
    return kind.cast(policy);
  }
}
