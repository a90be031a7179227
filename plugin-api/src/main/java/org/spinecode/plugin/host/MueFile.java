package org.spinecode.plugin.host;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.spinecode.domain.policy.EditTable;
import org.spinecode.domain.policy.MueLimit;
import org.spinecode.plugin.data.DataLoadException;
import org.spinecode.plugin.data.Table;

/**
 * A CMS MUE file ({@code MCR_MUE_PractitionerServices_Eff_MM-DD-YYYY.csv} and the outpatient
 * hospital one): CSV after a licence preamble, rows of code, MUE value, adjudication indicator text
 * ({@code 2 Date of Service Edit: Policy}) and rationale. The release is the quarter of the
 * {@code Eff_} date in the name. A row starting with a code must read whole; a file without such
 * rows is refused.
 */
final class MueFile {
  private static final Pattern EFFECTIVE = Pattern.compile("Eff_(\\d{2})-(\\d{2})-(\\d{4})", Pattern.CASE_INSENSITIVE);

  final List<MueLimit> kept = new ArrayList<>();
  int rowsRead;

  static MueFile read(Path file, EditTable table, Set<String> keep) {
    MueFile read = new MueFile();
    CmsLines.forEach(file, (number, line) -> read.line(file, table, keep, number, line));
    if (read.rowsRead == 0) {
      throw new DataLoadException(CmsLines.name(file), 0, "no MUE row was found: expected CSV rows of code, MUE value,"
          + " adjudication indicator, rationale");
    }
    return read;
  }

  /** The date in the file's name ({@code Eff_MM-DD-YYYY}), if it has one; a date that is not a calendar date is an error. */
  static LocalDate effective(Path file) {
    Matcher m = EFFECTIVE.matcher(CmsLines.name(file));
    if (!m.find()) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    } catch (DateTimeException e) {
      throw new DataLoadException(CmsLines.name(file), 0, "the date in the file name (" + m.group()
          + ") is not a calendar date (Eff_MM-DD-YYYY)");
    }
  }

  private void line(Path file, EditTable table, Set<String> keep, int number, String line) {
    List<String> f = Table.split(line, ',', CmsLines.name(file), number);
    if (!CmsLines.isCode(f.get(0))) {
      return;
    }
    if (f.size() < 3) {
      throw new DataLoadException(CmsLines.name(file), number, "an MUE row needs a code, an MUE value and an"
          + " adjudication indicator, found " + f.size() + " field(s)");
    }
    int units = CmsLines.number(f.get(1), "MUE value", 0, 100_000, file, number);
    String mai = f.get(2).trim();
    int adjudication = CmsLines.number(mai.isEmpty() ? "" : mai.substring(0, 1), "MUE adjudication indicator", 1, 3,
        file, number);
    rowsRead++;
    String code = f.get(0).trim();
    if (keep.contains(code)) {
      kept.add(MueLimit.builder().table(table).code(code).units(units).adjudication(adjudication)
          .rationale(f.size() > 3 && !f.get(3).isBlank() ? f.get(3).trim() : "not given").build());
    }
  }
}
