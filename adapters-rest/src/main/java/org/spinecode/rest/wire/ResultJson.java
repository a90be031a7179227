package org.spinecode.rest.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One encounter's answer: claim lines and findings, or an error; {@code dataVersion} names the
 * reference data it was coded with (on refusals too).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "dataVersion", "lines", "findings", "error"})
public record ResultJson(String id, List<LineJson> lines, List<FindingJson> findings, ErrorJson error,
    String dataVersion) {

  public ResultJson(String id, List<LineJson> lines, List<FindingJson> findings, ErrorJson error) {
    this(id, lines, findings, error, null);
  }

  public static ResultJson coded(String id, List<LineJson> lines, List<FindingJson> findings) {
    return new ResultJson(id, lines, findings, null, null);
  }

  public static ResultJson failed(String id, ErrorJson error) {
    return new ResultJson(id, null, null, error, null);
  }

  /** The same answer naming the reference data; an empty version leaves it out. */
  public ResultJson withDataVersion(String version) {
    return new ResultJson(id, lines, findings, error, version == null || version.isEmpty() ? null : version);
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

  /** One claim line. */
  public record LineJson(String code, List<String> modifiers, int units, String label, List<String> levels) {}

  /** One finding with its authority. */
  public record FindingJson(String rule, String severity, String message, List<String> codes, String source) {}

  /** Why an encounter was not coded; {@code line} is the input line in batch runs. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ErrorJson(String code, String message, String field, Long line) {}
}
