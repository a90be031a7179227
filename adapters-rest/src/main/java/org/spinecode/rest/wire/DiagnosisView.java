package org.spinecode.rest.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.domain.diagnosis.CodeValidity;
import org.spinecode.domain.diagnosis.DiagnosisJudge;
import org.spinecode.domain.encounter.DiagnosisCode;

/**
 * One diagnosis code as the ICD-10-CM release in effect on a date of service has it: billable, a
 * category, not in the release, or not validated, with the release's own description (ICD-10-CM is
 * a US government work). The page shows it beside the codes a coder types.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DiagnosisView(String code, String status, String release, String description, String message) {

  /** @throws InvalidInputException naming {@code code} or {@code dateOfService} */
  public static DiagnosisView of(String code, String dateOfService, DiagnosisJudge diagnoses) {
    DiagnosisCode parsed = DiagnosisCode.parse(code);
    LocalDate date;
    try {
      date = LocalDate.parse(dateOfService == null ? "" : dateOfService);
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidInputException("dateOfService", "required: the date of service as YYYY-MM-DD, which"
          + " chooses the ICD-10-CM release (a fiscal year starts on 1 October)");
    }
    CodeValidity validity = diagnoses.validity(parsed.code(), date);
    return new DiagnosisView(validity.code(), validity.kind().name(), validity.release().orElse(null),
        validity.description().orElse(null), validity.words());
  }
}
