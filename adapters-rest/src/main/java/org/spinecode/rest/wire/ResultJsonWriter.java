package org.spinecode.rest.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.List;
import org.spinecode.rest.wire.ResultJson.CheckJson;
import org.spinecode.rest.wire.ResultJson.ClaimLineJson;
import org.spinecode.rest.wire.ResultJson.DifferenceJson;
import org.spinecode.rest.wire.ResultJson.ErrorJson;
import org.spinecode.rest.wire.ResultJson.FindingJson;
import org.spinecode.rest.wire.ResultJson.LineJson;

/**
 * Writes a result field by field, in the order and with the null handling {@link ResultJson}'s
 * annotations declare (absent fields of a result and of its error are left out, and a line's
 * diagnosis pointers unless it has some; everywhere else a null is written as null; the header
 * that carries the encounter to a claim format is not written), so the bytes are those Jackson's data binding writes, without its
 * per-value look-ups.
 *
 * <p>Most of a result's text is the same from record to record: the data version, codes,
 * modifiers, levels, labels, rule ids, the INFO findings' messages and sources, all the very same
 * {@code String} objects. With a cache, a
 * string met a second time is written from its encoded bytes. The cache is keyed by identity, so
 * text built per record only passes through it; it holds at most {@link #SLOTS} strings, and an
 * instance belongs to one thread.
 */
final class ResultJsonWriter {
  private static final int SLOTS = 1 << 10;

  private static final SerializedString ID = new SerializedString("id");
  private static final SerializedString DATA_VERSION = new SerializedString("dataVersion");
  private static final SerializedString LINES = new SerializedString("lines");
  private static final SerializedString FINDINGS = new SerializedString("findings");
  private static final SerializedString CHECK = new SerializedString("check");
  private static final SerializedString ERROR = new SerializedString("error");
  private static final SerializedString CODE = new SerializedString("code");
  private static final SerializedString MODIFIERS = new SerializedString("modifiers");
  private static final SerializedString UNITS = new SerializedString("units");
  private static final SerializedString LABEL = new SerializedString("label");
  private static final SerializedString LEVELS = new SerializedString("levels");
  private static final SerializedString RULE = new SerializedString("rule");
  private static final SerializedString SEVERITY = new SerializedString("severity");
  private static final SerializedString MESSAGE = new SerializedString("message");
  private static final SerializedString CODES = new SerializedString("codes");
  private static final SerializedString SOURCE = new SerializedString("source");
  private static final SerializedString VERDICT = new SerializedString("verdict");
  private static final SerializedString DIFFERENCES = new SerializedString("differences");
  private static final SerializedString KIND = new SerializedString("kind");
  private static final SerializedString BILLED = new SerializedString("billed");
  private static final SerializedString EXPECTED = new SerializedString("expected");
  private static final SerializedString FIELD = new SerializedString("field");
  private static final SerializedString LINE = new SerializedString("line");
  private static final SerializedString DIAGNOSIS_POINTERS = new SerializedString("diagnosisPointers");

  /** Marks text that is written as it comes: the pre-encoded form would escape its surrogate pairs. */
  private static final SerializableString AS_IT_COMES = new SerializedString("");

  private final String[] seen;
  private final SerializableString[] encoded;

  private ResultJsonWriter(boolean cached) {
    this.seen = cached ? new String[SLOTS] : null;
    this.encoded = cached ? new SerializableString[SLOTS] : null;
  }

  /** For one result at a time, such as one request's answer. */
  static ResultJsonWriter single() {
    return new ResultJsonWriter(false);
  }

  /** For a stream of results on one thread: repeated text is encoded once. */
  static ResultJsonWriter streaming() {
    return new ResultJsonWriter(true);
  }

  void write(JsonGenerator g, ResultJson result) throws IOException {
    g.writeStartObject();
    if (result.id() != null) {
      g.writeFieldName(ID);
      g.writeString(result.id());
    }
    if (result.dataVersion() != null) {
      g.writeFieldName(DATA_VERSION);
      string(g, result.dataVersion());
    }
    if (result.lines() != null) {
      g.writeFieldName(LINES);
      list(g, result.lines(), this::line);
    }
    if (result.findings() != null) {
      g.writeFieldName(FINDINGS);
      list(g, result.findings(), this::finding);
    }
    if (result.check() != null) {
      g.writeFieldName(CHECK);
      check(g, result.check());
    }
    if (result.error() != null) {
      g.writeFieldName(ERROR);
      error(g, result.error());
    }
    g.writeEndObject();
  }

  /** Writes one element of a list that is not null. */
  @FunctionalInterface
  private interface Element<T> {
    void write(JsonGenerator g, T element) throws IOException;
  }

  /** A list, null as null, each element null as null. */
  private <T> void list(JsonGenerator g, List<T> list, Element<T> element) throws IOException {
    if (list == null) {
      g.writeNull();
      return;
    }
    g.writeStartArray();
    for (int i = 0; i < list.size(); i++) {
      T next = list.get(i);
      if (next == null) {
        g.writeNull();
      } else {
        element.write(g, next);
      }
    }
    g.writeEndArray();
  }

  private void line(JsonGenerator g, LineJson line) throws IOException {
    g.writeStartObject();
    g.writeFieldName(CODE);
    string(g, line.code());
    g.writeFieldName(MODIFIERS);
    list(g, line.modifiers(), this::string);
    g.writeFieldName(UNITS);
    g.writeNumber(line.units());
    g.writeFieldName(LABEL);
    string(g, line.label());
    g.writeFieldName(LEVELS);
    list(g, line.levels(), this::string);
    if (line.diagnosisPointers() != null && !line.diagnosisPointers().isEmpty()) {
      g.writeFieldName(DIAGNOSIS_POINTERS);
      list(g, line.diagnosisPointers(), JsonGenerator::writeNumber);
    }
    g.writeEndObject();
  }

  private void finding(JsonGenerator g, FindingJson finding) throws IOException {
    g.writeStartObject();
    g.writeFieldName(RULE);
    string(g, finding.rule());
    g.writeFieldName(SEVERITY);
    string(g, finding.severity());
    g.writeFieldName(MESSAGE);
    string(g, finding.message());
    g.writeFieldName(CODES);
    list(g, finding.codes(), this::string);
    g.writeFieldName(SOURCE);
    string(g, finding.source());
    g.writeEndObject();
  }

  private void check(JsonGenerator g, CheckJson check) throws IOException {
    g.writeStartObject();
    g.writeFieldName(VERDICT);
    string(g, check.verdict());
    g.writeFieldName(DIFFERENCES);
    list(g, check.differences(), this::difference);
    g.writeFieldName(FINDINGS);
    list(g, check.findings(), this::finding);
    g.writeEndObject();
  }

  private void difference(JsonGenerator g, DifferenceJson difference) throws IOException {
    g.writeStartObject();
    g.writeFieldName(KIND);
    string(g, difference.kind());
    g.writeFieldName(CODE);
    string(g, difference.code());
    g.writeFieldName(BILLED);
    claimLine(g, difference.billed());
    g.writeFieldName(EXPECTED);
    claimLine(g, difference.expected());
    g.writeFieldName(MESSAGE);
    string(g, difference.message());
    g.writeFieldName(SOURCE);
    string(g, difference.source());
    g.writeEndObject();
  }

  private void claimLine(JsonGenerator g, ClaimLineJson line) throws IOException {
    if (line == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeFieldName(CODE);
    string(g, line.code());
    g.writeFieldName(MODIFIERS);
    list(g, line.modifiers(), this::string);
    g.writeFieldName(UNITS);
    g.writeNumber(line.units());
    g.writeEndObject();
  }

  private void error(JsonGenerator g, ErrorJson error) throws IOException {
    g.writeStartObject();
    if (error.code() != null) {
      g.writeFieldName(CODE);
      string(g, error.code());
    }
    if (error.message() != null) {
      g.writeFieldName(MESSAGE);
      string(g, error.message());
    }
    if (error.field() != null) {
      g.writeFieldName(FIELD);
      string(g, error.field());
    }
    if (error.line() != null) {
      g.writeFieldName(LINE);
      g.writeNumber(error.line());
    }
    g.writeEndObject();
  }

  private void string(JsonGenerator g, String text) throws IOException {
    if (text == null) {
      g.writeNull();
      return;
    }
    if (seen == null) {
      g.writeString(text);
      return;
    }
    int slot = System.identityHashCode(text) & (SLOTS - 1);
    if (seen[slot] != text) {
      // First sight: written as any string; encoded only if it comes back.
      seen[slot] = text;
      encoded[slot] = null;
      g.writeString(text);
      return;
    }
    SerializableString bytes = encoded[slot];
    if (bytes == null) {
      bytes = hasSurrogates(text) ? AS_IT_COMES : new SerializedString(text);
      encoded[slot] = bytes;
    }
    if (bytes == AS_IT_COMES) {
      g.writeString(text);
    } else {
      g.writeString(bytes);
    }
  }

  private static boolean hasSurrogates(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
