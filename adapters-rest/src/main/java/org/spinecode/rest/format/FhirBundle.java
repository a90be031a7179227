package org.spinecode.rest.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.spinecode.domain.encounter.ClaimType;
import org.spinecode.domain.encounter.DiagnosisCode;
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.rest.wire.ClaimHeader;
import org.spinecode.rest.wire.FhirReferences;
import org.spinecode.rest.wire.ResultJson;
import org.spinecode.rest.wire.ResultJson.LineJson;

/**
 * A result as a FHIR R4 {@code Bundle} of type {@code collection} (CONTRACT.md "Claim formats"):
 * the {@code Claim} with SpineCode's lines as items, and an {@code OperationOutcome} with the
 * findings. A refused record is a Bundle holding only the OperationOutcome that says why. The same
 * result always gives the same bytes: {@code created} is the date of service and the entries'
 * {@code fullUrl}s are name-based UUIDs of the encounter id.
 */
final class FhirBundle {
  private static final JsonFactory JSON = new JsonFactory();

  private FhirBundle() {}

  static String write(ResultJson result, boolean pretty) {
    StringWriter text = new StringWriter(2048);
    try (JsonGenerator json = JSON.createGenerator(text)) {
      if (pretty) {
        json.useDefaultPrettyPrinter();
      }
      String key = key(result);
      json.writeStartObject();
      json.writeStringField("resourceType", "Bundle");
      json.writeStringField("type", "collection");
      json.writeArrayFieldStart("entry");
      if (result.error() == null) {
        json.writeStartObject();
        json.writeStringField("fullUrl", fullUrl(key, "Claim"));
        json.writeFieldName("resource");
        claim(json, result);
        json.writeEndObject();
      }
      json.writeStartObject();
      json.writeStringField("fullUrl", fullUrl(key, "OperationOutcome"));
      json.writeFieldName("resource");
      FhirOutcome.write(json, result);
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  // Elements in the order of the R4 Claim definition, so the JSON reads like the specification.
  private static void claim(JsonGenerator json, ResultJson result) throws IOException {
    Encounter encounter = header(result).encounter();
    FhirReferences references = header(result).fhir();
    String date = encounter.dateOfService().toString();
    json.writeStartObject();
    json.writeStringField("resourceType", "Claim");
    if (result.id() != null) {
      json.writeArrayFieldStart("identifier");
      json.writeStartObject();
      json.writeStringField("value", text(result.id()));
      json.writeEndObject();
      json.writeEndArray();
    }
    json.writeStringField("status", "active");
    json.writeFieldName("type");
    concept(json, CodeSystems.CLAIM_TYPE,
        encounter.claimType() == ClaimType.FACILITY ? "institutional" : "professional");
    json.writeStringField("use", "claim");
    reference(json, "patient", references.patient());
    json.writeStringField("created", date);
    reference(json, "insurer", references.insurer());
    reference(json, "provider", references.provider());
    json.writeFieldName("priority");
    concept(json, CodeSystems.PRIORITY, "normal");
    diagnoses(json, encounter.diagnoses());
    json.writeArrayFieldStart("insurance");
    json.writeStartObject();
    json.writeNumberField("sequence", 1);
    json.writeBooleanField("focal", true);
    reference(json, "coverage", references.coverage());
    json.writeEndObject();
    json.writeEndArray();
    items(json, result.lines(), date, CodeSystems.placeOfService(encounter.setting()));
    json.writeEndObject();
  }

  private static void diagnoses(JsonGenerator json, List<DiagnosisCode> diagnoses) throws IOException {
    if (diagnoses.isEmpty()) {
      return;
    }
    json.writeArrayFieldStart("diagnosis");
    for (int i = 0; i < diagnoses.size(); i++) {
      json.writeStartObject();
      json.writeNumberField("sequence", i + 1);
      json.writeFieldName("diagnosisCodeableConcept");
      concept(json, CodeSystems.ICD_10_CM, diagnoses.get(i).code());
      if (i == 0) {
        // The first is the one X12 writes as ABK, the principal diagnosis.
        json.writeArrayFieldStart("type");
        concept(json, CodeSystems.DIAGNOSIS_TYPE, "principal");
        json.writeEndArray();
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void items(JsonGenerator json, List<LineJson> lines, String date, String placeOfService)
      throws IOException {
    if (lines.isEmpty()) {
      return;
    }
    json.writeArrayFieldStart("item");
    for (int i = 0; i < lines.size(); i++) {
      LineJson line = lines.get(i);
      json.writeStartObject();
      json.writeNumberField("sequence", i + 1);
      if (line.diagnosisPointers() != null && !line.diagnosisPointers().isEmpty()) {
        json.writeArrayFieldStart("diagnosisSequence");
        for (int pointer : line.diagnosisPointers()) {
          json.writeNumber(pointer);
        }
        json.writeEndArray();
      }
      json.writeFieldName("productOrService");
      concept(json, CodeSystems.procedure(line.code()), line.code());
      if (!line.modifiers().isEmpty()) {
        json.writeArrayFieldStart("modifier");
        for (String modifier : line.modifiers()) {
          concept(json, CodeSystems.modifier(modifier), modifier);
        }
        json.writeEndArray();
      }
      json.writeStringField("servicedDate", date);
      json.writeFieldName("locationCodeableConcept");
      concept(json, CodeSystems.PLACE_OF_SERVICE, placeOfService);
      json.writeObjectFieldStart("quantity");
      json.writeNumberField("value", line.units());
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /** {@code {"coding": [{"system": ..., "code": ...}]}}: the code alone, never descriptor text. */
  private static void concept(JsonGenerator json, String system, String code) throws IOException {
    json.writeStartObject();
    coding(json, system, code);
    json.writeEndObject();
  }

  /** The {@code coding} member of a CodeableConcept holding one code. */
  static void coding(JsonGenerator json, String system, String code) throws IOException {
    json.writeArrayFieldStart("coding");
    json.writeStartObject();
    json.writeStringField("system", system);
    json.writeStringField("code", code);
    json.writeEndObject();
    json.writeEndArray();
  }

  /**
   * The caller's reference, or a data-absent-reason placeholder: the value exists, SpineCode does
   * not know it ({@code unknown}), and the Claim still validates.
   */
  private static void reference(JsonGenerator json, String field, String reference) throws IOException {
    json.writeObjectFieldStart(field);
    if (reference != null) {
      json.writeStringField("reference", reference);
    } else {
      json.writeArrayFieldStart("extension");
      json.writeStartObject();
      json.writeStringField("url", CodeSystems.DATA_ABSENT_REASON);
      json.writeStringField("valueCode", "unknown");
      json.writeEndObject();
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  /**
   * Text fit for a FHIR string, which holds no control character but tab, CR and LF (R4 "string"):
   * an input echoed in a message may carry one, and it becomes U+FFFD.
   */
  static String text(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < ' ' && c != '\t' && c != '\r' && c != '\n') {
        return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "\uFFFD");
      }
    }
    return text;
  }

  private static ClaimHeader header(ResultJson result) {
    if (result.header() == null) {
      throw new IllegalStateException("a coded result for a claim format carries its encounter (RecordCoder.withHeaders)");
    }
    return result.header();
  }

  /**
   * What names the encounter: its id; without one, what was coded (the date, the lines and the
   * findings), so equal input still gives equal bytes.
   */
  private static String key(ResultJson result) {
    if (result.id() != null) {
      return "id:" + result.id();
    }
    String date = result.header() == null ? "" : result.header().encounter().dateOfService().toString();
    return "content:" + date + result.lines() + result.findings() + result.error();
  }

  private static String fullUrl(String key, String resourceType) {
    return "urn:uuid:" + UUID.nameUUIDFromBytes(("spinecode/" + key + "/" + resourceType)
        .getBytes(StandardCharsets.UTF_8));
  }
}
