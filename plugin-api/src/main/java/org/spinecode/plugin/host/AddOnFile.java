package org.spinecode.plugin.host;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.spinecode.domain.policy.AddOnRule;
import org.spinecode.domain.policy.DateRange;
import org.spinecode.plugin.data.DataLoadException;
import org.spinecode.plugin.data.Table;

/**
 * CMS's NCCI add-on code file ({@code *AOC*.csv}, tab-delimited {@code .txt}), read by its header:
 * the columns are found by name (Add-on Code, Primary Code, AOC Edit Type, the edit's effective and
 * deletion dates), so a file whose columns come in another order keeps its meaning, and a file
 * without such a header is refused rather than read by position. Primary {@code CCCCC} means none
 * listed (type 2).
 */
final class AddOnFile {
  final List<AddOnRule> kept = new ArrayList<>();
  int rowsRead;
  private int addOn = -1;
  private int primary = -1;
  private int type = -1;
  private int effective = -1;
  private int deleted = -1;

  static AddOnFile read(Path file, Set<String> keep) {
    AddOnFile read = new AddOnFile();
    char delimiter = CmsLines.name(file).toLowerCase(Locale.ROOT).endsWith(".txt") ? '\t' : ',';
    CmsLines.forEach(file, (number, line) -> read.line(file, keep, Table.split(line, delimiter, CmsLines.name(file),
        number), number));
    if (read.rowsRead == 0) {
      throw new DataLoadException(CmsLines.name(file), 0, "no add-on code row was found");
    }
    return read;
  }

  private void line(Path file, Set<String> keep, List<String> f, int number) {
    if (addOn < 0) {
      if (!f.isEmpty() && CmsLines.isCode(f.get(0))) {
        throw new DataLoadException(CmsLines.name(file), number, "a data row before a header naming the Add-on Code,"
            + " Primary Code and AOC Edit Type columns; the columns are read by name, never by position");
      }
      header(f);
      return;
    }
    if (f.size() <= Math.max(addOn, Math.max(primary, type)) || !CmsLines.isCode(f.get(addOn))) {
      return;
    }
    String code = f.get(addOn).trim();
    String primaryCode = f.get(primary).trim();
    int editType = CmsLines.number(f.get(type), "AOC edit type", 1, 3, file, number);
    Optional<LocalDate> from = effective < 0 || effective >= f.size() ? Optional.empty()
        : date(f.get(effective), "effective date", file, number);
    Optional<LocalDate> last = deleted < 0 || deleted >= f.size() ? Optional.empty()
        : date(f.get(deleted), "deletion date", file, number);
    rowsRead++;
    if (keep.contains(code)) {
      kept.add(AddOnRule.builder().addOn(code)
          .primary(primaryCode.isEmpty() || primaryCode.equalsIgnoreCase("CCCCC") ? Optional.empty()
              : Optional.of(primaryCode))
          .type(editType).window(DateRange.through(from, last)).build());
    }
  }

  private void header(List<String> f) {
    int add = -1;
    int prim = -1;
    int kind = -1;
    int eff = -1;
    int del = -1;
    for (int i = 0; i < f.size(); i++) {
      String name = f.get(i).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
      boolean dated = name.contains("eff") || name.contains("del") || name.endsWith("date") || name.endsWith("dt");
      if (!dated && (name.startsWith("addon") || name.equals("aoc") || name.equals("aoccode"))) {
        add = i;
      } else if (!dated && name.startsWith("primary")) {
        prim = i;
      } else if (name.contains("type")) {
        kind = i;
      } else if (name.contains("eff") && !name.startsWith("primary") && (eff < 0 || name.contains("edit"))) {
        eff = i;
      } else if (name.contains("del") && !name.startsWith("primary") && (del < 0 || name.contains("edit"))) {
        del = i;
      }
    }
    if (add >= 0 && prim >= 0 && kind >= 0) {
      addOn = add;
      primary = prim;
      type = kind;
      effective = eff;
      deleted = del;
    }
  }

  /** CMS's YYYYMMDD, or an ISO date. */
  private static Optional<LocalDate> date(String text, String what, Path file, int line) {
    String value = text.trim();
    if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
      try {
        return Optional.of(LocalDate.parse(value));
      } catch (DateTimeParseException e) {
        throw new DataLoadException(CmsLines.name(file), line, "the " + what + " '" + value + "' is not a calendar date");
      }
    }
    return CmsLines.date(value, what, file, line);
  }
}
