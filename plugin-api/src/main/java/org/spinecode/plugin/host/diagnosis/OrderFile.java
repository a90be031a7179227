package org.spinecode.plugin.host.diagnosis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.domain.diagnosis.DiagnosisCodes;
import org.spinecode.domain.diagnosis.Icd10cmRelease;
import org.spinecode.domain.diagnosis.ReleaseCode;
import org.spinecode.plugin.data.DataLoadException;

/**
 * The CDC/NCHS ICD-10-CM order file ({@code icd10cm_order_2025.txt}, {@code icd10cm-order-2024.txt},
 * the mid-year {@code icd10cm-order-April-2024.txt}), fixed width, one code a line: columns 1-5 the
 * order number (zero filled), 7-13 the code without its dot (left justified), 15 {@code 1} for a
 * code valid for HIPAA transactions and {@code 0} for a header, 17-76 the short description, 78 to
 * the end the long description. The fiscal year and an April release come from the file name, as
 * the CDC names its files.
 */
final class OrderFile {
  private static final Pattern NAME = Pattern.compile(
      "icd10cm[-_]order[-_](?:(april)[-_])?(\\d{4})(?:[-_](april))?\\.txt", Pattern.CASE_INSENSITIVE);
  private static final Pattern ORDER = Pattern.compile("\\d{5}");

  private OrderFile() {}

  /** The release an order file's name declares: fiscal year and whether it is the April release. */
  static Optional<Name> name(String fileName) {
    Matcher m = NAME.matcher(fileName);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new Name(Integer.parseInt(m.group(2)), m.group(1) != null || m.group(3) != null));
  }

  /** A fiscal year and the April flag, from a file name. */
  static final class Name {
    final int fiscalYear;
    final boolean april;

    Name(int fiscalYear, boolean april) {
      this.fiscalYear = fiscalYear;
      this.april = april;
    }
  }

  static Icd10cmRelease read(String fileName, InputStream bytes) {
    Name name = name(fileName).orElseThrow(() -> new DataLoadException(fileName, 0,
        "not named as the CDC names its order files (icd10cm_order_YYYY.txt, icd10cm-order-YYYY.txt,"
            + " icd10cm-order-April-YYYY.txt)"));
    Icd10cmRelease.Builder release = Icd10cmRelease.builder().fiscalYear(name.fiscalYear).april(name.april)
        .source("CDC ICD-10-CM order file (" + fileName + ")");
    try (BufferedReader in = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.ISO_8859_1))) {
      String text;
      int number = 0;
      while ((text = in.readLine()) != null) {
        number++;
        if (!text.isBlank()) {
          Line line = line(fileName, number, text);
          release.putCodes(line.code, ReleaseCode.of(line.billable, line.description));
        }
      }
      return release.build();
    } catch (IOException e) {
      throw new DataLoadException(fileName, 0, "cannot be read (" + e.getClass().getSimpleName() + ")");
    } catch (InvalidInputException e) {
      throw new DataLoadException(fileName, 0, e.reason());
    }
  }

  private static final class Line {
    final String code;
    final boolean billable;
    final String description;

    Line(String code, boolean billable, String description) {
      this.code = code;
      this.billable = billable;
      this.description = description;
    }
  }

  private static Line line(String file, int number, String text) {
    if (text.length() < 17 || !ORDER.matcher(text.substring(0, 5)).matches() || text.charAt(5) != ' ') {
      throw new DataLoadException(file, number, "not an order-file line (order number in columns 1-5, code in 7-13,"
          + " valid flag in 15, descriptions from 17)");
    }
    String code = text.substring(6, Math.min(13, text.length())).trim().toUpperCase(Locale.ROOT);
    if (!DiagnosisCodes.isShaped(code)) {
      throw new DataLoadException(file, number, "columns 7-13 do not hold an ICD-10-CM code");
    }
    char valid = text.charAt(14);
    if (valid != '0' && valid != '1') {
      throw new DataLoadException(file, number, "column 15 must be 1 (billable) or 0 (header)");
    }
    String shortDescription = text.substring(16, Math.min(76, text.length())).trim();
    String longDescription = text.length() > 77 ? text.substring(77).trim() : "";
    return new Line(DiagnosisCodes.normalise(code), valid == '1',
        longDescription.isEmpty() ? shortDescription : longDescription);
  }
}
