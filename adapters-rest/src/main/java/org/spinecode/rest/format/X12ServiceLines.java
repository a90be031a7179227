package org.spinecode.rest.format;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.spinecode.domain.encounter.ClaimType;
import org.spinecode.domain.encounter.DiagnosisCode;
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.domain.encounter.Setting;
import org.spinecode.rest.wire.ResultJson;
import org.spinecode.rest.wire.ResultJson.LineJson;

/**
 * A result as X12 837P (005010X222A1) segments (CONTRACT.md "Claim formats"): the loop 2300
 * {@code HI} segment for the diagnoses ({@code ABK} the principal, {@code ABF} the others, without
 * their dots), then per line the loop 2400 {@code LX}, {@code SV1} and {@code DTP*472}. Elements
 * are separated by {@code *}, components by {@code :}, and each segment ends with {@code ~} on a
 * line of its own. Not an interchange: the envelope, the claim ({@code CLM}), billing provider and
 * subscriber loops are the caller's.
 */
final class X12ServiceLines {
  /** SV101 carries the procedure code and at most four modifiers (composite C003). */
  private static final int MAX_MODIFIERS = 4;
  private static final DateTimeFormatter D8 = DateTimeFormatter.BASIC_ISO_DATE;

  private X12ServiceLines() {}

  /**
   * The segments of one coded encounter.
   *
   * @throws UnwritableClaim for a hospital-outpatient facility claim (an 837I claim), a refused
   *     record, or a line 837P cannot carry
   */
  static String write(ResultJson result) {
    if (result.error() != null) {
      throw new UnwritableClaim("the encounter was not coded (" + result.error().code() + "), so there are no"
          + " service lines to write");
    }
    Encounter encounter = result.header().encounter();
    if (encounter.claimType() == ClaimType.FACILITY && encounter.setting() == Setting.HOSPITAL_OUTPATIENT) {
      throw new UnwritableClaim("a hospital-outpatient facility claim is an institutional (837I) claim, and"
          + " SpineCode writes only 837P service lines (professional and ASC claims); ask for JSON or FHIR instead");
    }
    StringBuilder x12 = new StringBuilder(64 + 96 * result.lines().size());
    hi(x12, encounter.diagnoses());
    String date = D8.format(encounter.dateOfService());
    List<LineJson> lines = result.lines();
    for (int i = 0; i < lines.size(); i++) {
      LineJson line = lines.get(i);
      if (line.modifiers().size() > MAX_MODIFIERS) {
        throw new UnwritableClaim("line " + (i + 1) + " (" + line.code() + ") has more than " + MAX_MODIFIERS
            + " modifiers, which SV101 cannot carry");
      }
      x12.append("LX*").append(i + 1).append("~\n");
      x12.append("SV1*HC:").append(line.code());
      for (String modifier : line.modifiers()) {
        x12.append(':').append(modifier);
      }
      // SV102 charge (the caller's; 0 here), SV103 unit basis, SV104 units; SV105-SV106 unused.
      x12.append("*0*UN*").append(line.units());
      List<Integer> pointers = line.diagnosisPointers();
      if (pointers != null && !pointers.isEmpty()) {
        x12.append("***");
        for (int p = 0; p < pointers.size(); p++) {
          x12.append(p == 0 ? "" : ":").append(pointers.get(p));
        }
      }
      x12.append("~\n");
      x12.append("DTP*472*D8*").append(date).append("~\n");
    }
    return x12.toString();
  }

  private static void hi(StringBuilder x12, List<DiagnosisCode> diagnoses) {
    if (diagnoses.isEmpty()) {
      return;
    }
    x12.append("HI");
    for (int i = 0; i < diagnoses.size(); i++) {
      x12.append(i == 0 ? "*ABK:" : "*ABF:").append(diagnoses.get(i).withoutDot());
    }
    x12.append("~\n");
  }
}
