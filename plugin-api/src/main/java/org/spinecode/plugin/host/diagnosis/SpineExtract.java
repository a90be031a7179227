package org.spinecode.plugin.host.diagnosis;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.domain.diagnosis.CodeRange;
import org.spinecode.domain.diagnosis.DiagnosisCodes;
import org.spinecode.domain.diagnosis.Icd10cmRelease;
import org.spinecode.domain.diagnosis.ReleaseCode;
import org.spinecode.plugin.data.DataLoadException;

/**
 * SpineCode's partial ICD-10-CM table in CSV ({@code icd10cm_code,valid,description,...}), whose
 * {@code #} header keeps its provenance and declares, in SpineCode's own two lines, the fiscal
 * year ({@code # release: FY2024}) and the code ranges it holds in full ({@code # ranges: ...}).
 */
final class SpineExtract {
  private SpineExtract() {}

  static Icd10cmRelease read(String name, InputStream bytes) {
    try (CsvRecords records = new CsvRecords(name, new InputStreamReader(bytes, StandardCharsets.UTF_8))) {
      records.require("an ICD-10-CM extract's", "icd10cm_code", "valid", "description");
      Icd10cmRelease.Builder release = Icd10cmRelease.builder().source("SpineCode's spine-range extract of the"
          + " CDC FY2024 order file (" + name.substring(name.lastIndexOf('/') + 1) + ")");
      boolean year = false;
      boolean ranges = false;
      for (String comment : records.comments()) {
        if (comment.startsWith("release: FY")) {
          release.fiscalYear(fiscalYear(name, comment.substring("release: FY".length()).trim()));
          year = true;
        } else if (comment.startsWith("ranges:")) {
          for (String range : comment.substring("ranges:".length()).split(",")) {
            release.addExtractRanges(range(name, range));
          }
          ranges = true;
        }
      }
      if (!year || !ranges) {
        throw new DataLoadException(name, 0, "an extract declares '# release: FYyyyy' and '# ranges: ...' in its header");
      }
      for (CsvRecord row = records.next(); row != null; row = records.next()) {
        try {
          release.putCodes(DiagnosisCodes.normalise(row.required("icd10cm_code")),
              ReleaseCode.of(valid(row), row.required("description")));
        } catch (InvalidInputException e) {
          throw row.fail(e.reason());
        }
      }
      return release.build();
    }
  }

  private static boolean valid(CsvRecord row) {
    return switch (row.required("valid")) {
      case "1" -> true;
      case "0" -> false;
      default -> throw row.fail("column 'valid' must be 1 (billable) or 0 (header)");
    };
  }

  private static int fiscalYear(String name, String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new DataLoadException(name, 0, "'# release:' must name a fiscal year such as FY2024");
    }
  }

  private static CodeRange range(String name, String text) {
    try {
      return CodeRange.parse(text.trim());
    } catch (InvalidInputException e) {
      throw new DataLoadException(name, 0, "'# ranges:' holds something that is not a code range");
    }
  }
}
