package org.spinecode.plugin.host;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.spinecode.plugin.data.DataLoadException;
import org.spinecode.plugin.data.Table;

/**
 * A CMS PFS relative value file ({@code PPRRVU*.csv}): the bilateral surgery indicator per code,
 * from the row without a modifier, found by the header's {@code BILAT SURG}, {@code MOD} and
 * {@code STATUS} columns. The release is the file's name.
 */
final class FeeScheduleFile {
  final Map<String, Integer> bilateral = new HashMap<>();
  int rowsRead;
  private int mod = -1;
  private int bilat = -1;

  static FeeScheduleFile read(Path file, Set<String> keep) {
    FeeScheduleFile read = new FeeScheduleFile();
    CmsLines.forEach(file, (number, line) -> read.line(file, keep, number,
        Table.split(line, ',', CmsLines.name(file), number)));
    if (read.bilat < 0) {
      throw new DataLoadException(CmsLines.name(file), 0, "no BILAT SURG column header was found");
    }
    if (read.rowsRead == 0) {
      throw new DataLoadException(CmsLines.name(file), 0, "no relative value row was found");
    }
    return read;
  }

  private void line(Path file, Set<String> keep, int number, List<String> f) {
    if (bilat < 0) {
      for (int i = 0; i < f.size(); i++) {
        String head = f.get(i).trim().toUpperCase(Locale.ROOT);
        if (head.startsWith("BILAT")) {
          bilat = i;
        } else if (head.equals("MOD")) {
          mod = i;
        }
      }
      return;
    }
    if (f.isEmpty() || !CmsLines.isCode(f.get(0))) {
      return;
    }
    if (bilat >= f.size()) {
      throw new DataLoadException(CmsLines.name(file), number, "the row has no BILAT SURG field");
    }
    int indicator = CmsLines.number(f.get(bilat), "bilateral surgery indicator", 0, 9, file, number);
    rowsRead++;
    String code = f.get(0).trim();
    if (keep.contains(code) && (mod < 0 || mod >= f.size() || f.get(mod).isBlank())) {
      bilateral.put(code, indicator);
    }
  }
}
