package org.spinecode.rest.format;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.spinecode.rest.wire.RecordCoder;
import org.spinecode.rest.wire.ResultJson;
import org.spinecode.rest.wire.ResultJson.CheckJson;
import org.spinecode.rest.wire.ResultJson.ClaimLineJson;
import org.spinecode.rest.wire.ResultJson.DifferenceJson;
import org.spinecode.rest.wire.ResultJson.ErrorJson;
import org.spinecode.rest.wire.ResultJson.FindingJson;
import org.spinecode.rest.wire.ResultJson.LineJson;

/**
 * The findings as a FHIR {@code OperationOutcome}: one issue per finding (its severity, an issue
 * type, the rule id as a coding, the message as text, the authority in {@code diagnostics}, and
 * the Claim items it names as expressions); in check mode the verdict, each difference and the
 * billed lines' findings follow. One {@code information} issue "no findings" when there is nothing
 * to say; a refused record's one issue says why.
 */
final class FhirOutcome {
  private FhirOutcome() {}

  static void write(JsonGenerator json, ResultJson result) throws IOException {
    json.writeStartObject();
    json.writeStringField("resourceType", "OperationOutcome");
    json.writeArrayFieldStart("issue");
    if (result.error() != null) {
      refusal(json, result.error());
    } else if (result.findings().isEmpty() && result.check() == null) {
      issue(json, "information", "informational", null, null, "no findings", null, List.of());
    } else {
      for (FindingJson finding : result.findings()) {
        finding(json, finding, result.lines(), "");
      }
      if (result.check() != null) {
        check(json, result.check(), result.lines());
      }
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void finding(JsonGenerator json, FindingJson finding, List<LineJson> lines, String about)
      throws IOException {
    String severity = switch (finding.severity()) {
      case "ERROR" -> "error";
      case "WARNING" -> "warning";
      default -> "information";
    };
    String type = switch (finding.severity()) {
      case "ERROR" -> "processing";
      case "WARNING" -> "business-rule";
      default -> "informational";
    };
    issue(json, severity, type, CodeSystems.SPINECODE_RULE, finding.rule(), about + finding.message(),
        "source: " + finding.source(), itemsNaming(finding.codes(), lines));
  }

  private static void check(JsonGenerator json, CheckJson check, List<LineJson> lines) throws IOException {
    boolean differs = "DIFFERS".equals(check.verdict());
    issue(json, differs ? "warning" : "information", differs ? "business-rule" : "informational",
        CodeSystems.SPINECODE_CHECK, check.verdict(), "check of the billed lines: " + check.verdict()
            + (differs ? " (" + check.differences().size() + " difference"
                + (check.differences().size() == 1 ? "" : "s") + ")" : ""), null, List.of());
    for (DifferenceJson difference : check.differences()) {
      issue(json, "warning", "business-rule", CodeSystems.SPINECODE_CHECK, difference.kind(),
          "billed " + text(difference.billed()) + ", SpineCode " + text(difference.expected()) + ": "
              + difference.message(), "source: " + difference.source(),
          difference.expected() == null ? List.of() : itemsNaming(List.of(difference.code()), lines));
    }
    for (FindingJson finding : check.findings()) {
      finding(json, finding, List.of(), "on the billed lines: ");
    }
  }

  private static void refusal(JsonGenerator json, ErrorJson error) throws IOException {
    boolean failed = RecordCoder.CODING_FAILED.equals(error.code());
    StringBuilder where = new StringBuilder();
    if (error.field() != null) {
      where.append("field: ").append(error.field());
    }
    if (error.line() != null) {
      where.append(where.length() == 0 ? "" : "; ").append("input line ").append(error.line());
    }
    issue(json, "error", failed ? "exception" : "invalid", CodeSystems.SPINECODE_RULE, error.code(),
        error.message(), where.length() == 0 ? null : where.toString(), List.of());
  }

  private static String text(ClaimLineJson line) {
    if (line == null) {
      return "nothing";
    }
    return line.code() + (line.modifiers().isEmpty() ? "" : "-" + String.join("-", line.modifiers()))
        + " x" + line.units();
  }

  /** FHIRPath to the Claim items of the given codes, in item order. */
  private static List<String> itemsNaming(List<String> codes, List<LineJson> lines) {
    if (codes.isEmpty() || lines == null) {
      return List.of();
    }
    List<String> items = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (codes.contains(lines.get(i).code())) {
        items.add("Claim.item[" + i + "]");
      }
    }
    return items;
  }

  private static void issue(JsonGenerator json, String severity, String type, String system, String code, String text,
      String diagnostics, List<String> expressions) throws IOException {
    json.writeStartObject();
    json.writeStringField("severity", severity);
    json.writeStringField("code", type);
    json.writeObjectFieldStart("details");
    if (code != null) {
      FhirBundle.coding(json, system, code);
    }
    json.writeStringField("text", FhirBundle.text(text));
    json.writeEndObject();
    if (diagnostics != null) {
      json.writeStringField("diagnostics", FhirBundle.text(diagnostics));
    }
    if (!expressions.isEmpty()) {
      json.writeArrayFieldStart("expression");
      for (String expression : expressions) {
        json.writeString(expression);
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }
}
