package org.spinecode.plugin.host;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.spinecode.domain.catalogue.CodeCatalogue;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.catalogue.DatedCode;
import org.spinecode.domain.edit.ClaimEdits;
import org.spinecode.domain.edit.EditTables;
import org.spinecode.domain.policy.ClaimConventions;
import org.spinecode.domain.policy.MedicareContractors;
import org.spinecode.plugin.data.DataTable;
import org.spinecode.plugin.data.PolicyTable;

/**
 * The reference data a product codes with: the product's code dates and notes
 * ({@code codes.csv}), the payer policy table, the claim conventions, the Medicare jurisdictions
 * ({@code medicare-jurisdictions.csv}), CMS's NCCI tables and the
 * fee-schedule indicators, each with its own release. {@link #bundled()} is the dated, cited
 * extract shipped in this jar (NCCI 2024Q3, RVU24C: correct for that quarter, not current);
 * {@link #load(Path, Collection)} reads a data folder over it. Read once at start; immutable
 * afterwards.
 */
public final class ReferenceData {
  private static volatile ReferenceData bundled;

  private final Map<String, DatedCode> codes;
  private final PolicyTable policies;
  private final ClaimConventions conventions;
  private final MedicareContractors contractors;
  private final EditTables editTables;
  private final List<DataTable> tables;
  private final String dataVersion;
  private final String feeScheduleVersion;

  ReferenceData(Map<String, DatedCode> codes, PolicyTable policies, ClaimConventions conventions,
      MedicareContractors contractors, EditTables editTables, List<DataTable> tables, String dataVersion,
      String feeScheduleVersion) {
    this.codes = codes;
    this.policies = policies;
    this.conventions = conventions;
    this.contractors = contractors;
    this.editTables = editTables;
    this.tables = List.copyOf(tables);
    this.dataVersion = dataVersion;
    this.feeScheduleVersion = feeScheduleVersion;
  }

  /** The tables shipped in this jar: code dates, payer policies, conventions, NCCI 2024Q3 and RVU24C. */
  public static ReferenceData bundled() {
    ReferenceData data = bundled;
    if (data == null) {
      synchronized (ReferenceData.class) {
        data = bundled;
        if (data == null) {
          data = ReferenceLoader.bundled().build();
          bundled = data;
        }
      }
    }
    return data;
  }

  /**
   * The bundled tables, with every table found in {@code folder} replacing its bundled counterpart
   * (official CMS files in their published layouts; the product's own {@code policies.csv},
   * {@code conventions.csv}, {@code codes.csv}), keeping the CMS rows of the bundled tables' codes
   * and of {@code codes} (such as a drop-in family's own).
   *
   * @throws org.spinecode.plugin.data.DataLoadException naming the file and line that does not read,
   *     a recognised file that yields no row, or a folder with no table
   */
  public static ReferenceData load(Path folder, Collection<String> codes) {
    ReferenceLoader loader = ReferenceLoader.bundled();
    new CmsFolder(loader, codes).read(folder);
    return loader.build();
  }

  /** As {@link #load(Path, Collection)} for the bundled tables' codes only. */
  public static ReferenceData load(Path folder) {
    return load(folder, Set.of());
  }

  public EditTables editTables() {
    return editTables;
  }

  /** The code table's entry for a code, if it lists the code. */
  public Optional<DatedCode> codeDate(String code) {
    return Optional.ofNullable(codes.get(code));
  }

  /** Every entry of the code table, in its order. */
  public Collection<DatedCode> codes() {
    return codes.values();
  }

  /** Every loaded table with its source, release and row count, in load order. */
  public List<DataTable> tables() {
    return tables;
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

  /** The Medicare jurisdictions: each state's contractor and its LCDs and billing articles with their dates. */
  public MedicareContractors contractors() {
    return contractors;
  }

  /** A short name of the data, such as {@code codes 2026-12; policies 2026-12; ncci 2024Q3; pfs RVU24C}. */
  public String dataVersion() {
    return dataVersion;
  }

  /**
   * Claim edits over these tables, dating the catalogue's codes and the code table's neighbours (a
   * number the code set skips, such as 64481, is judged by no table).
   */
  public ClaimEdits claimEdits(CodeCatalogue catalogue) {
    List<DatedCode> dated = new ArrayList<>();
    for (CodeDefinition definition : catalogue.codes()) {
      dated.add(DatedCode.of(definition));
    }
    for (DatedCode code : codes.values()) {
      if (code.status() != DatedCode.Status.NOT_A_CODE) {
        dated.add(code);
      }
    }
    return ClaimEdits.of(editTables, dated, conventions);
  }
}
