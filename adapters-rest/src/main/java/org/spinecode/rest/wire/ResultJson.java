package org.spinecode.rest.wire;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One encounter's answer: claim lines and findings, or an error; {@code dataVersion} names the
 * reference data it was coded with (on refusals too); {@code check} is there in check mode.
 * {@code header} is not written: it carries the encounter to a claim format (FHIR, X12) when one
 * was asked for.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "dataVersion", "lines", "findings", "check", "error"})
public record ResultJson(String id, List<LineJson> lines, List<FindingJson> findings, CheckJson check,
    ErrorJson error, String dataVersion, @JsonIgnore ClaimHeader header) {

  public ResultJson(String id, List<LineJson> lines, List<FindingJson> findings, ErrorJson error) {
    this(id, lines, findings, null, error, null, null);
  }

  public static ResultJson coded(String id, List<LineJson> lines, List<FindingJson> findings) {
    return new ResultJson(id, lines, findings, null, null, null, null);
  }

  /** A coded encounter with the check of the lines billed for it. */
  public static ResultJson checked(ResultJson coded, CheckJson check) {
    return new ResultJson(coded.id(), coded.lines(), coded.findings(), check, null, coded.dataVersion(),
        coded.header());
  }

  public static ResultJson failed(String id, ErrorJson error) {
    return new ResultJson(id, null, null, null, error, null, null);
  }

  /** The same answer naming the reference data; an empty version leaves it out. */
  public ResultJson withDataVersion(String version) {
    return new ResultJson(id, lines, findings, check, error, version == null || version.isEmpty() ? null : version,
        header);
  }

  /** The same answer carrying the encounter to a claim format. */
  public ResultJson withHeader(ClaimHeader claim) {
    return new ResultJson(id, lines, findings, check, error, dataVersion, claim);
  }

  /** True when a check found the billed lines differ from SpineCode's. */
  public boolean differs() {
    return check != null && "DIFFERS".equals(check.verdict());
  }

  /** True when the encounter was refused or a procedure could not be coded. */
  public boolean hasErrors() {
    if (error != null) {
      return true;
    }
    for (FindingJson finding : findings) {
      if ("ERROR".equals(finding.severity())) {
        return true;
      }
    }
    return false;
  }

  /** One claim line; {@code diagnosisPointers} (1-based positions in the encounter's diagnoses) only when it has some. */
  public record LineJson(String code, List<String> modifiers, int units, String label, List<String> levels,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Integer> diagnosisPointers) {}

  /** One finding with its authority. */
  public record FindingJson(String rule, String severity, String message, List<String> codes, String source) {}

  /** Check mode: the verdict on the billed lines, the differences and the edits' findings. */
  public record CheckJson(String verdict, List<DifferenceJson> differences, List<FindingJson> findings) {}

  /** One difference; {@code billed} or {@code expected} is null for a line only one side has. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record DifferenceJson(String kind, String code, ClaimLineJson billed, ClaimLineJson expected, String message,
      String source) {}

  /** A line as written on a claim, without SpineCode's label and levels. */
  public record ClaimLineJson(String code, List<String> modifiers, int units) {}

  /** Why an encounter was not coded; {@code line} is the input line in batch runs. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ErrorJson(String code, String message, String field, Long line) {}
}
