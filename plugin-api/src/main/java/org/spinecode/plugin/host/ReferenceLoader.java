package org.spinecode.plugin.host;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.spinecode.domain.catalogue.DatedCode;
import org.spinecode.domain.edit.EditTables;
import org.spinecode.domain.edit.EditTablesBuilder;
import org.spinecode.domain.edit.Edition;
import org.spinecode.domain.policy.AddOnRule;
import org.spinecode.domain.policy.ClaimConventions;
import org.spinecode.domain.policy.DateRange;
import org.spinecode.domain.policy.EditTable;
import org.spinecode.domain.policy.MedicareContractors;
import org.spinecode.domain.policy.MueLimit;
import org.spinecode.domain.policy.PtpEdit;
import org.spinecode.plugin.data.DataTable;
import org.spinecode.plugin.data.PolicyTable;
import org.spinecode.plugin.data.Table;

/**
 * Gathers the reference tables, bundled first, then whatever a data folder replaces, and builds
 * the immutable {@link ReferenceData}. Each table keeps its own release and source.
 */
final class ReferenceLoader {
  static final String NCCI = "/org/spinecode/data/ncci-2024q3.csv";
  static final String PFS = "/org/spinecode/data/pfs-rvu24c.csv";
  private static final NcciQuarter BUNDLED_QUARTER = NcciQuarter.of(LocalDate.of(2024, 7, 1));

  Map<String, DatedCode> codes;
  String codesVersion;
  String codesSource;
  PolicyTable policies;
  String policySource;
  MedicareContractors contractors;
  String contractorsVersion;
  int contractorRows;
  String contractorsSource;
  ClaimConventions conventions;
  String conventionsVersion;
  int conventionRows;
  String conventionsSource;
  final Map<EditTable, EditRows<PtpEdit>> ptp = new EnumMap<>(EditTable.class);
  final Map<EditTable, EditRows<MueLimit>> mue = new EnumMap<>(EditTable.class);
  final EditRows<AddOnRule> aoc = new EditRows<>("ncci-aoc");
  final Map<String, Integer> bilateral = new HashMap<>();
  String pfsVersion;
  int pfsRows;
  String pfsSource;

  /** The tables shipped in this jar. */
  static ReferenceLoader bundled() {
    ReferenceLoader loader = new ReferenceLoader();
    Table codes = Table.resource(ReferenceLoader.class, CodeDatesTable.BUNDLED);
    loader.codes = CodeDatesTable.read(codes);
    loader.codesVersion = codes.version();
    loader.codesSource = "SpineCode code dates (" + CodeDatesTable.FILE_NAME + ")";
    loader.policies = PolicyTable.bundled();
    loader.policySource = "SpineCode payer policies (" + PolicyTable.FILE_NAME + ")";
    loader.conventions(Table.resource(ReferenceLoader.class, ConventionTable.BUNDLED),
        "SpineCode claim conventions (" + ConventionTable.FILE_NAME + ")");
    String extract = " (bundled extract " + NCCI.substring(NCCI.lastIndexOf('/') + 1) + ")";
    for (EditTable table : EditTable.values()) {
      loader.ptp.put(table, new EditRows<>("ncci-ptp-" + table.tableName()));
      loader.mue.put(table, new EditRows<>("ncci-mue-" + table.tableName()));
    }
    loader.contractors(Table.resource(ReferenceLoader.class, JurisdictionTable.BUNDLED),
        "SpineCode Medicare jurisdictions: CMS A/B MAC map, contractors' LCDs and articles (" + JurisdictionTable.FILE_NAME
            + ")");
    NcciExtract.read(Table.resource(ReferenceLoader.class, NCCI), loader);
    String quarter = BUNDLED_QUARTER.name();
    DateRange dates = BUNDLED_QUARTER.dates();
    for (EditTable table : EditTable.values()) {
      EditRows<PtpEdit> pairs = loader.ptp.get(table);
      pairs.replace(new ArrayList<>(pairs.rows), quarter, dates, (table == EditTable.PRACTITIONER
          ? "CMS NCCI PTP edits, practitioner (ccipra)" : "CMS NCCI PTP edits, outpatient hospital (ccioph)") + extract);
      EditRows<MueLimit> limits = loader.mue.get(table);
      limits.replace(new ArrayList<>(limits.rows), quarter, dates, (table == EditTable.PRACTITIONER
          ? "CMS NCCI MUE, practitioner services (MCR_MUE_PractitionerServices_Eff_07-01-2024)"
          : "CMS NCCI MUE, outpatient hospital services (MCR_MUE_OutpatientHospitalServices_Eff_07-01-2024)") + extract);
    }
    loader.aoc.replace(new ArrayList<>(loader.aoc.rows), quarter, dates,
        "CMS NCCI add-on code edits (AOC file 2024-06-03)" + extract);
    Table pfs = Table.resource(ReferenceLoader.class, PFS);
    for (Table.Row row : pfs.rows()) {
      row.convert(r -> {
        String status = r.text("status");
        if (r.text("mod").isEmpty() && !status.isEmpty() && !status.equals("ABSENT")) {
          loader.bilateral.put(r.required("hcpcs"), r.number("bilat_surg", 0));
        }
      });
    }
    loader.pfsVersion = "RVU24C";
    loader.pfsRows = loader.bilateral.size();
    loader.pfsSource = "CMS PFS relative value file RVU24C (bundled extract pfs-rvu24c.csv)";
    return loader;
  }

  void contractors(Table table, String source) {
    contractors = JurisdictionTable.read(table);
    contractorsVersion = table.version();
    contractorRows = table.rows().size();
    contractorsSource = source;
  }

  void conventions(Table table, String source) {
    conventions = ConventionTable.read(table);
    conventionsVersion = table.version();
    conventionRows = table.rows().size();
    conventionsSource = source;
  }

  ReferenceData build() {
    EditTablesBuilder edits = EditTables.builder();
    List<DataTable> listing = new ArrayList<>();
    listing.add(DataTable.of("codes", codesSource, codesVersion, codes.size()));
    for (EditTable table : EditTable.values()) {
      EditRows<PtpEdit> pairs = ptp.get(table);
      pairs.rows.forEach(edits::addPtp);
      edits.ptpSource(table, pairs.citation()).edition(pairs.edition());
      listing.add(DataTable.of(pairs.table, pairs.source, pairs.version, pairs.rows.size()));
      EditRows<MueLimit> limits = mue.get(table);
      limits.rows.forEach(edits::addMue);
      edits.mueSource(table, limits.citation()).edition(limits.edition());
      listing.add(DataTable.of(limits.table, limits.source, limits.version, limits.rows.size()));
    }
    aoc.rows.forEach(edits::addAddOn);
    edits.addOnSource(aoc.citation()).edition(aoc.edition());
    listing.add(DataTable.of(aoc.table, aoc.source, aoc.version, aoc.rows.size()));
    bilateral.forEach(edits::bilateralIndicator);
    edits.edition(Edition.of(EditTables.FEE_SCHEDULE, pfsVersion, DateRange.always()));
    listing.add(DataTable.of("pfs-indicators", pfsSource, pfsVersion, pfsRows));
    listing.add(DataTable.of("policies", policySource, policies.version(), policies.size()));
    listing.add(DataTable.of("conventions", conventionsSource, conventionsVersion, conventionRows));
    listing.add(DataTable.of("medicare-jurisdictions", contractorsSource, contractorsVersion, contractorRows));
    return new ReferenceData(Map.copyOf(codes), policies, conventions, contractors, edits.build(), listing,
        dataVersion(), pfsVersion);
  }

  /**
   * Such as {@code codes 2026-12; policies 2026-12; jurisdictions 2026-12; ncci 2024Q3; pfs RVU24C}; when the NCCI tables
   * are of different releases, each kind names its own ({@code ncci ptp 2024Q3, mue 2026Q4, aoc 2024Q3}).
   */
  private String dataVersion() {
    String ptpVersions = versions(ptp.get(EditTable.PRACTITIONER), ptp.get(EditTable.OUTPATIENT_HOSPITAL));
    String mueVersions = versions(mue.get(EditTable.PRACTITIONER), mue.get(EditTable.OUTPATIENT_HOSPITAL));
    String ncci = ptpVersions.equals(mueVersions) && ptpVersions.equals(aoc.version) ? ptpVersions
        : "ptp " + ptpVersions + ", mue " + mueVersions + ", aoc " + aoc.version;
    return "codes " + codesVersion + "; policies " + policies.version() + "; jurisdictions " + contractorsVersion
        + "; ncci " + ncci + "; pfs " + pfsVersion;
  }

  private static String versions(EditRows<?> practitioner, EditRows<?> hospital) {
    return practitioner.version.equals(hospital.version) ? practitioner.version
        : practitioner.version + "/" + hospital.version;
  }
}
