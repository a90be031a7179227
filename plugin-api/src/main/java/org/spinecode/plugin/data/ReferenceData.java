package org.spinecode.plugin.data;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.spinecode.domain.catalogue.CodeCatalogue;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.catalogue.DatedCode;
import org.spinecode.domain.edit.ClaimEdits;
import org.spinecode.domain.edit.DataTable;
import org.spinecode.domain.edit.EditTables;
import org.spinecode.domain.policy.AddOnRule;
import org.spinecode.domain.policy.ClaimConventions;
import org.spinecode.domain.policy.EditTable;
import org.spinecode.domain.policy.MueLimit;
import org.spinecode.domain.policy.PtpEdit;

/**
 * The reference data an engine codes with: the product's code dates ({@code codes.csv}), CMS's NCCI
 * tables and the fee-schedule indicators. {@link #bundled()} is the dated, cited extract shipped
 * in this jar (NCCI 2024Q3, RVU24C: correct for that quarter, not current); {@link #load(Path)}
 * reads newer official CMS files from a folder in their published layouts, keeping only the codes
 * SpineCode's families and their neighbours need. Read once at start; immutable afterwards.
 */
public final class ReferenceData {
  static final String CODES = "/org/spinecode/data/codes.csv";
  static final String NCCI = "/org/spinecode/data/ncci-2024q3.csv";
  static final String PFS = "/org/spinecode/data/pfs-rvu24c.csv";

  private static volatile ReferenceData bundled;

  private final EditTables editTables;
  private final Map<String, DatedCode> codeDates;
  private final String codesVersion;
  private final String feeScheduleVersion;
  private final List<DataTable> extraTables;
  private final PolicyTable policies;
  private final PolicySwap policySwap;
  private final ClaimConventions conventions;

  ReferenceData(EditTables editTables, Map<String, DatedCode> codeDates, String codesVersion,
      String feeScheduleVersion, List<DataTable> extraTables, PolicyTable policies, ClaimConventions conventions) {
    this.editTables = editTables;
    this.policies = policies;
    this.conventions = conventions;
    this.policySwap = new PolicySwap(PolicyTable.bundled(), policies);
    this.codeDates = codeDates;
    this.codesVersion = codesVersion;
    this.feeScheduleVersion = feeScheduleVersion;
    this.extraTables = List.copyOf(extraTables);
  }

  /** The tables shipped in this jar: code dates, payer policies, NCCI 2024Q3 and RVU24C. */
  public static ReferenceData bundled() {
    ReferenceData data = bundled;
    if (data == null) {
      synchronized (ReferenceData.class) {
        data = bundled;
        if (data == null) {
          data = new Loader().bundled().build();
          bundled = data;
        }
      }
    }
    return data;
  }

  /**
   * The bundled tables, with every official CMS file found in {@code folder} replacing its bundled
   * counterpart (PTP practitioner and outpatient hospital, MUE both, AOC, PFS relative values), and
   * a {@code policies.csv} there replacing the bundled payer policy table.
   *
   * @throws DataLoadException naming the file and line that does not parse, or a folder with no CMS file
   */
  public static ReferenceData load(Path folder) {
    return load(folder, Set.of());
  }

  /**
   * As {@link #load(Path)}, also keeping the rows of {@code codes}, such as a drop-in family's own
   * codes that the bundled tables do not list.
   */
  public static ReferenceData load(Path folder, Collection<String> codes) {
    return new Loader().bundled().officialFiles(folder, codes).build();
  }

  public EditTables editTables() {
    return editTables;
  }

  /** The dates of a code from the code table, if it lists the code. */
  public Optional<DatedCode> codeDate(String code) {
    return Optional.ofNullable(codeDates.get(code));
  }

  /** Every loaded table with its source, version and row count. */
  public List<DataTable> tables() {
    return editTables.tables();
  }

  /** The release of the fee-schedule indicators, such as {@code RVU24C}. */
  public String feeScheduleVersion() {
    return feeScheduleVersion;
  }

  /** The payer policy table in force: the bundled one, or a {@code policies.csv} from the data folder. */
  public PolicyTable policies() {
    return policies;
  }

  /** How each payer wants its claims written ({@code conventions.csv}). */
  public ClaimConventions conventions() {
    return conventions;
  }

  /** True when the policy table in force changes a bundled row, so code definitions need its rows. */
  public boolean changesPolicies() {
    return !policySwap.changesNothing();
  }

  /** A short name of the data, such as {@code codes 2026-12; policies 2026-12; ncci 2024Q3; pfs RVU24C}. */
  public String dataVersion() {
    return "codes " + codesVersion + "; policies " + policies.version() + "; ncci " + editTables.quarter()
        + "; pfs " + feeScheduleVersion;
  }

  /**
   * The catalogue's definitions with the code table's dates where a definition declares none (a
   * family's own dates win), and with this data's policy rows in place of the bundled ones.
   */
  public List<CodeDefinition> dated(List<CodeDefinition> definitions) {
    List<CodeDefinition> dated = new ArrayList<>(definitions.size());
    for (CodeDefinition definition : definitions) {
      DatedCode dates = codeDates.get(definition.code());
      boolean declares = definition.effectiveFrom().isPresent() || definition.effectiveThrough().isPresent();
      CodeDefinition withDates = dates == null || declares ? definition : CodeDefinitions.withDates(definition, dates);
      dated.add(policySwap.changesNothing() ? withDates : policySwap.apply(withDates));
    }
    return dated;
  }

  /** Claim edits over these tables, the catalogue's codes and the code table's neighbours. */
  public ClaimEdits claimEdits(CodeCatalogue catalogue) {
    List<DatedCode> codes = new ArrayList<>();
    for (CodeDefinition definition : catalogue.codes()) {
      codes.add(DatedCode.of(definition));
    }
    codes.addAll(codeDates.values());
    return ClaimEdits.of(editTables, codes);
  }

  /** Reads tables into an {@link EditTables} builder. */
  static final class Loader {
    final Map<String, DatedCode> codes = new LinkedHashMap<>();
    String codesVersion = "";
    String quarter = "";
    LocalDate firstDay;
    LocalDate lastDay;
    final Map<EditTable, List<PtpEdit>> ptp = new HashMap<>();
    final Map<EditTable, List<MueLimit>> mue = new HashMap<>();
    final List<AddOnRule> addOns = new ArrayList<>();
    final Map<String, Integer> bilateral = new HashMap<>();
    final Map<String, String> sources = new HashMap<>();
    String pfsVersion = "";
    int pfsRows;
    PolicyTable policies = PolicyTable.bundled();
    String policySource = "SpineCode payer policies (" + PolicyTable.BUNDLED.substring(1) + ")";
    ClaimConventions conventions;
    String conventionsVersion = "";
    String conventionsSource = "SpineCode claim conventions (" + ConventionTable.BUNDLED.substring(1) + ")";
    int conventionRows;

    Loader bundled() {
      Table table = Table.resource(ReferenceData.class, CODES);
      codesVersion = table.version();
      for (Table.Row row : table.rows()) {
        row.convert(r -> {
          String code = r.required("code");
          codes.put(code, DatedCode.builder().code(code)
              .label(r.optional("label").orElse(code))
              .effectiveFrom(r.date("effective_from"))
              .effectiveThrough(r.date("effective_through"))
              .whenNotInEffect(r.optional("when_not_in_effect"))
              .authority(r.required("authority"))
              .build());
        });
      }
      readConventions(Table.resource(ReferenceData.class, ConventionTable.BUNDLED));
      readNcciExtract(Table.resource(ReferenceData.class, NCCI));
      quarter = "2024Q3";
      firstDay = LocalDate.of(2024, 7, 1);
      lastDay = LocalDate.of(2024, 9, 30);
      String bundledWords = " (bundled extract " + NCCI.substring(NCCI.lastIndexOf('/') + 1) + ")";
      sources.put("ptp-" + EditTable.PRACTITIONER, "CMS NCCI PTP edits, practitioner (ccipra)" + bundledWords);
      sources.put("ptp-" + EditTable.OUTPATIENT_HOSPITAL, "CMS NCCI PTP edits, outpatient hospital (ccioph)" + bundledWords);
      sources.put("mue-" + EditTable.PRACTITIONER,
          "CMS NCCI MUE, practitioner services (MCR_MUE_PractitionerServices_Eff_07-01-2024)" + bundledWords);
      sources.put("mue-" + EditTable.OUTPATIENT_HOSPITAL,
          "CMS NCCI MUE, outpatient hospital services (MCR_MUE_OutpatientHospitalServices_Eff_07-01-2024)" + bundledWords);
      sources.put("aoc", "CMS NCCI add-on code edits (AOC file 2024-06-03)" + bundledWords);
      readFeeSchedule(Table.resource(ReferenceData.class, PFS), "RVU24C");
      sources.put("pfs", "CMS PFS relative value file RVU24C (bundled extract pfs-rvu24c.csv)");
      return this;
    }

    void readConventions(Table table) {
      conventions = ConventionTable.read(table);
      conventionsVersion = table.version();
      conventionRows = table.rows().size();
    }

    void readNcciExtract(Table table) {
      for (Table.Row row : table.rows()) {
        row.convert(r -> {
          String kind = r.required("record_type");
          switch (kind) {
            case "PTP" -> ptp.computeIfAbsent(table(r), t -> new ArrayList<>()).add(PtpEdit.builder()
                .table(table(r)).columnOne(r.required("code_1")).columnTwo(r.required("code_2"))
                .modifierIndicator(r.number("modifier_indicator"))
                .effectiveFrom(r.date("effective_date")).lastDay(r.date("deletion_date"))
                .rationale(r.optional("rationale").orElse("not given")).build());
            case "MUE" -> mue.computeIfAbsent(table(r), t -> new ArrayList<>()).add(MueLimit.builder()
                .table(table(r)).code(r.required("code_1")).units(r.number("mue_value"))
                .adjudication(r.number("mai")).rationale(r.optional("rationale").orElse("not given")).build());
            case "AOC" -> addOns.add(AddOnRule.builder().addOn(r.required("code_2")).primary(r.optional("code_1"))
                .type(r.number("aoc_type")).effectiveFrom(r.date("effective_date")).lastDay(r.date("deletion_date"))
                .build());
            default -> throw r.fail("record_type must be PTP, MUE or AOC");
          }
        });
      }
    }

    private static EditTable table(Table.Row row) {
      return switch (row.required("setting")) {
        case "practitioner" -> EditTable.PRACTITIONER;
        case "outpatient_hospital" -> EditTable.OUTPATIENT_HOSPITAL;
        default -> throw row.fail("setting must be practitioner or outpatient_hospital");
      };
    }

    void readFeeSchedule(Table table, String version) {
      bilateral.clear();
      pfsRows = 0;
      pfsVersion = version;
      for (Table.Row row : table.rows()) {
        row.convert(r -> {
          String status = r.text("status");
          if (!r.text("mod").isEmpty() || status.isEmpty() || status.equals("ABSENT")) {
            return;
          }
          bilateral.put(r.required("hcpcs"), r.number("bilat_surg"));
          pfsRows++;
        });
      }
    }

    Loader officialFiles(Path folder, Collection<String> alsoKeep) {
      new OfficialCmsFiles(this, alsoKeep).read(folder);
      return this;
    }

    ReferenceData build() {
      EditTables.Builder tables = EditTables.builder().quarter(quarter, firstDay, lastDay);
      tables.addTable(DataTable.of("codes", "SpineCode code dates (" + CODES.substring(1) + ")", codesVersion,
          codes.size()));
      for (EditTable table : EditTable.values()) {
        List<PtpEdit> pairs = ptp.getOrDefault(table, List.of());
        List<MueLimit> limits = mue.getOrDefault(table, List.of());
        pairs.forEach(tables::addPtp);
        limits.forEach(tables::addMue);
        String name = table == EditTable.PRACTITIONER ? "practitioner" : "outpatient-hospital";
        tables.ptpSource(table, sources.get("ptp-" + table)).mueSource(table, sources.get("mue-" + table));
        tables.addTable(DataTable.of("ncci-ptp-" + name, sources.get("ptp-" + table), quarter, pairs.size()));
        tables.addTable(DataTable.of("ncci-mue-" + name, sources.get("mue-" + table), quarter, limits.size()));
      }
      addOns.forEach(tables::addAddOn);
      tables.addOnSource(sources.get("aoc"));
      tables.addTable(DataTable.of("ncci-aoc", sources.get("aoc"), quarter, addOns.size()));
      bilateral.forEach(tables::bilateralIndicator);
      tables.addTable(DataTable.of("pfs-indicators", sources.get("pfs"), pfsVersion, pfsRows));
      tables.addTable(DataTable.of("policies", policySource, policies.version(), policies.size()));
      tables.addTable(DataTable.of("conventions", conventionsSource, conventionsVersion, conventionRows));
      return new ReferenceData(tables.build(), Map.copyOf(codes), codesVersion, pfsVersion, List.of(), policies,
          conventions);
    }
  }
}
