package org.spinecode.validation;

import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Wraps SpineCode's 837P segments in a test interchange (ISA/GS/ST/BHT ... SE/GE/IEA) and reads it
 * back with StAEDI, checking the envelope's control numbers and counts and each segment against
 * the 837P element definitions in {@code x12/837p-service-lines.xml}.
 */
final class X12Envelope {
  private static final Schema SEGMENTS = schema();

  /** One segment as read: its tag and its elements, each a list of components. */
  record Segment(String tag, List<List<String>> elements) {
    String element(int position) {
      return component(position, 1);
    }

    String component(int position, int component) {
      if (position > elements.size() || component > elements.get(position - 1).size()) {
        return "";
      }
      return elements.get(position - 1).get(component - 1);
    }
  }

  /** What was read, and every error the reader reported (empty when all is well). */
  record Read(List<Segment> segments, List<String> errors) {}

  private X12Envelope() {}

  static String wrap(String segments) {
    long count = segments.lines().count() + 3; // ST, BHT and SE count too
    return String.join("\n",
        "ISA*00*          *00*          *ZZ*SPINECODETEST  *ZZ*RECEIVER       *260302*1200*^*00501*000000001*0*T*:~",
        "GS*HC*SPINECODE*RECEIVER*20260302*1200*1*X*005010X222A1~",
        "ST*837*0001*005010X222A1~",
        "BHT*0019*00*TEST1*20260302*1200*CH~",
        segments.strip(),
        "SE*" + count + "*0001~",
        "GE*1*1~",
        "IEA*1*000000001~", "");
  }

  /** Reads an interchange; the transaction's own segments (between BHT and SE) are returned. */
  static Read read(String interchange) throws Exception {
    List<Segment> segments = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    EDIInputFactory factory = EDIInputFactory.newFactory();
    try (EDIStreamReader reader = factory.createEDIStreamReader(
        new ByteArrayInputStream(interchange.getBytes(StandardCharsets.US_ASCII)))) {
      Segment current = null;
      while (reader.hasNext()) {
        EDIStreamEvent event = reader.next();
        switch (event) {
          case START_TRANSACTION -> reader.setTransactionSchema(SEGMENTS);
          case START_SEGMENT -> current = new Segment(reader.getText(), new ArrayList<>());
          case END_SEGMENT -> {
            if (current != null && !List.of("ISA", "GS", "ST", "BHT", "SE", "GE", "IEA").contains(current.tag())) {
              segments.add(current);
            }
          }
          case START_COMPOSITE -> {
            int position = reader.getLocation().getElementPosition();
            fill(current, position);
          }
          case ELEMENT_DATA -> {
            int position = reader.getLocation().getElementPosition();
            int component = reader.getLocation().getComponentPosition();
            fill(current, position);
            List<String> components = current.elements().get(position - 1);
            if (component <= 0) {
              components.add(reader.getText());
            } else {
              while (components.size() < component - 1) {
                components.add("");
              }
              components.add(reader.getText());
            }
          }
          default -> {
            if (event.isError()) {
              errors.add(event + " " + reader.getErrorType() + " at " + reader.getLocation().getSegmentTag() + " "
                  + reader.getLocation().getElementPosition() + ":" + reader.getLocation().getComponentPosition()
                  + " (" + reader.getText() + ")");
            }
          }
        }
      }
    }
    return new Read(segments, errors);
  }

  private static void fill(Segment segment, int position) {
    while (segment.elements().size() < position) {
      segment.elements().add(new ArrayList<>());
    }
  }

  private static Schema schema() {
    try (InputStream in = X12Envelope.class.getResourceAsStream("/x12/837p-service-lines.xml")) {
      return SchemaFactory.newFactory().createSchema(in);
    } catch (Exception e) {
      throw new IllegalStateException("the 837P segment schema does not load", e);
    }
  }
}
