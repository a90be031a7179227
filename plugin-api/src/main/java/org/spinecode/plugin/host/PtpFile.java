package org.spinecode.plugin.host;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.spinecode.domain.policy.DateRange;
import org.spinecode.domain.policy.EditTable;
import org.spinecode.domain.policy.PtpEdit;
import org.spinecode.plugin.data.DataLoadException;
import org.spinecode.plugin.data.Table;

/**
 * A CMS NCCI procedure-to-procedure file ({@code ccipra*.txt} practitioner, {@code ccioph*.txt}
 * outpatient hospital): tab-delimited, a header spread over several lines, then rows of Column 1,
 * Column 2, the pre-1996 flag, effective date and deletion date ({@code YYYYMMDD}, {@code *} =
 * none), modifier indicator and rationale. A row starting with a code must read whole; a file with
 * no such row is not a PTP file and is refused, never loaded as empty. Only rows of the codes
 * SpineCode keeps are kept, so the 2.5-million-row files cost a pass, not the memory.
 */
final class PtpFile {
  final List<PtpEdit> kept = new ArrayList<>();
  /** The latest effective date of any row read, kept or not: the release's quarter. */
  LocalDate latestEffective;
  int rowsRead;

  static PtpFile read(Path file, EditTable table, Set<String> keep) {
    PtpFile read = new PtpFile();
    CmsLines.forEach(file, (number, line) -> read.line(file, table, keep, number, line));
    if (read.rowsRead == 0) {
      throw new DataLoadException(CmsLines.name(file), 0, "no PTP row was found: expected tab-delimited rows of"
          + " Column 1, Column 2, the pre-1996 flag, effective date (YYYYMMDD), deletion date, modifier indicator");
    }
    return read;
  }

  private void line(Path file, EditTable table, Set<String> keep, int number, String line) {
    List<String> f = Table.split(line, '\t', CmsLines.name(file), number);
    if (!CmsLines.isCode(f.get(0))) {
      return;
    }
    if (f.size() < 6) {
      throw new DataLoadException(CmsLines.name(file), number, "a PTP row needs at least 6 tab-separated fields, found "
          + f.size() + " (a comma-delimited or truncated file?)");
    }
    String one = f.get(0).trim();
    String two = f.get(1).trim();
    var effective = CmsLines.date(f.get(3), "effective date", file, number);
    var deleted = CmsLines.date(f.get(4), "deletion date", file, number);
    int indicator = CmsLines.number(f.get(5), "modifier indicator", 0, 9, file, number);
    if (indicator != 0 && indicator != 1 && indicator != 9) {
      throw new DataLoadException(CmsLines.name(file), number, "the modifier indicator must be 0, 1 or 9, not "
          + indicator);
    }
    rowsRead++;
    effective.ifPresent(day -> latestEffective = latestEffective == null || day.isAfter(latestEffective)
        ? day : latestEffective);
    if (!keep.contains(one) || !keep.contains(two)) {
      return;
    }
    // CMS's deletion date is the last day the pair applies.
    kept.add(PtpEdit.builder().table(table).columnOne(one).columnTwo(two).modifierIndicator(indicator)
        .window(DateRange.through(effective, deleted))
        .rationale(f.size() > 6 && !f.get(6).isBlank() ? f.get(6).trim() : "not given").build());
  }
}
