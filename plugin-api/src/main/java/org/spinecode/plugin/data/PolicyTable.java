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
import java.util.Set;
import org.spinecode.domain.encounter.MedicareJurisdiction;
import org.spinecode.domain.encounter.Payer;
import org.spinecode.domain.encounter.UsState;
import org.spinecode.domain.policy.DateRange;
import org.spinecode.domain.policy.PayerPolicy;
import org.spinecode.domain.policy.PolicyKind;
import org.spinecode.domain.policy.PolicyKinds;
import org.spinecode.domain.policy.PolicyRow;
import org.spinecode.domain.policy.PolicyScope;
import org.spinecode.domain.policy.ThoracolumbarJunction;

/**
 * A payer policy table ({@code policies.csv}, or a family's own such as {@code ablation-policies.csv}):
 * one row per LCD limit, coverage rule or prior authorization, each with its kind, dates and
 * authority, looked up by id. The kinds are {@link PolicyKinds}'; each row becomes its kind's
 * value. Errors name the file and line.
 *
 * <p>Columns every row uses: {@code id, kind, payer, effective_from} (inclusive),
 * {@code effective_until} (the first date it no longer applies; blank = open), {@code authority};
 * optional columns scope a row ({@code lcd}: the Medicare contractor document set, EPIDURAL or
 * FACET, whose LCD and date govern it; {@code jurisdictions}, {@code states}, {@code program});
 * the others are the kind's own ({@code max_levels}, {@code families}, ...).
 */
public final class PolicyTable {
  /** The file name of the product's table, in its jar and in a {@code --data-dir} folder. */
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

  /** The product's table as shipped in this jar, read once. */
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
        String kindName = r.required("kind").toUpperCase(Locale.ROOT);
        PolicyKind<?> kind = PolicyKinds.named(kindName)
            .orElseThrow(() -> r.fail("kind must be one of " + PolicyKinds.names()));
        if (rows.put(id, kind.read(new Row(r))) != null) {
          throw r.fail("id " + id + " appears twice");
        }
      });
    }
    if (rows.isEmpty()) {
      throw new DataLoadException(table.name(), 0, "the table holds no policy row");
    }
    return new PolicyTable(table.name(), table.version(), Map.copyOf(rows));
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

  /** The row with this id if it is of {@code kind}. */
  public <T extends PayerPolicy> Optional<T> find(String id, PolicyKind<T> kind) {
    PayerPolicy policy = rows.get(id);
    return kind.type().isInstance(policy) ? Optional.of(kind.type().cast(policy)) : Optional.empty();
  }

  /** The ids of the rows. */
  public Set<String> ids() {
    return rows.keySet();
  }

  /**
   * The thoracolumbar junction row with this id; an error naming the table when it is missing.
   *
   * @deprecated SPI 2: an SPI-3 coder asks its {@code FamilyContext.policy(id, ThoracolumbarJunction.KIND)}.
   */
  @Deprecated
  public ThoracolumbarJunction thoracolumbarJunction(String id) {
    return find(id, ThoracolumbarJunction.KIND)
        .orElseThrow(() -> new DataLoadException(name, 0, "no THORACOLUMBAR_JUNCTION row with id " + id));
  }

  /** A table row as its kind reads it. */
  private static final class Row implements PolicyRow {
    private final Table.Row row;

    Row(Table.Row row) {
      this.row = row;
    }

    @Override
    public Payer payer() {
      return row.oneOf("payer", Payer.class);
    }

    @Override
    public DateRange window() {
      return DateRange.between(
          Optional.of(row.date("effective_from").orElseThrow(() -> row.fail("column 'effective_from' is empty"))),
          row.date("effective_until"));
    }

    @Override
    public PolicyScope scope() {
      PolicyScope.Builder scope = PolicyScope.builder();
      if (row.has("lcd")) {
        scope.lcd(row.optional("lcd").map(set -> set.toUpperCase(Locale.ROOT)));
      }
      if (row.has("jurisdictions")) {
        scope.addAllJurisdictions(listOf("jurisdictions", MedicareJurisdiction.class));
      }
      if (row.has("states")) {
        scope.addAllStates(listOf("states", UsState.class));
      }
      if (row.has("program")) {
        scope.program(row.optional("program"));
      }
      PolicyScope built = scope.build();
      return built.isEverywhere() ? PolicyScope.everywhere() : built;
    }

    @Override
    public String authority() {
      return row.required("authority");
    }

    @Override
    public String required(String column) {
      return row.required(column);
    }

    @Override
    public Optional<String> optional(String column) {
      return row.optional(column);
    }

    @Override
    public int number(String column, int min) {
      return row.number(column, min);
    }

    @Override
    public boolean flag(String column) {
      return row.yesNo(column);
    }

    @Override
    public List<String> list(String column) {
      return Arrays.stream(row.text(column).split(";")).map(s -> s.trim().toUpperCase(Locale.ROOT))
          .filter(s -> !s.isEmpty()).toList();
    }

    @Override
    public <E extends Enum<E>> E oneOf(String column, Class<E> type) {
      return row.oneOf(column, type);
    }

    @Override
    public <E extends Enum<E>> List<E> listOf(String column, Class<E> type) {
      return list(column).stream().map(name -> Table.enumNamed(name, column, type, row)).toList();
    }

    @Override
    public RuntimeException fail(String problem) {
      return row.fail(problem);
    }
  }
}
