package org.spinecode.rest.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** One encounter's answer: claim lines and findings, or an error. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResultJson(String id, List<LineJson> lines, List<FindingJson> findings, ErrorJson error) {

  public static ResultJson coded(String id, List<LineJson> lines, List<FindingJson> findings) {
    return new ResultJson(id, lines, findings, null);
  }

  public static ResultJson failed(String id, ErrorJson error) {
    return new ResultJson(id, null, null, error);
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
