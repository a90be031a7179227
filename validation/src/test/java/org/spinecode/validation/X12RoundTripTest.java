package org.spinecode.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinecode.rest.format.ClaimFormat;
import org.spinecode.rest.format.UnwritableClaim;
import org.spinecode.rest.wire.ResultJson;
import org.spinecode.validation.CodedScenarios.Coded;
import org.spinecode.validation.X12Envelope.Read;
import org.spinecode.validation.X12Envelope.Segment;

/**
 * Every scenario with lines, written as 837P segments and wrapped in a test interchange, reads
 * back through StAEDI with no errors and gives the same lines: one LX, SV1 and DTP*472 per line,
 * the same code, modifiers, units and diagnosis pointers, and the diagnoses in HI.
 */
class X12RoundTripTest {

  static List<Coded> withLines() {
    return CodedScenarios.all().stream()
        .filter(c -> c.result().error() == null && !c.result().lines().isEmpty())
        .filter(c -> !isHospitalFacility(c))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("withLines")
  void the_segments_read_back_with_no_errors_and_the_same_lines(Coded coded) throws Exception {
    ResultJson result = coded.result();
    String segments = ClaimFormat.X12.write(result, false);
    assertThat(segments.lines()).allSatisfy(line -> assertThat(line).endsWith("~").doesNotContain("~~"));

    Read read = X12Envelope.read(X12Envelope.wrap(segments));

    assertThat(read.errors()).as(segments).isEmpty();
    List<Segment> lines = read.segments().stream().filter(s -> !s.tag().equals("HI")).toList();
    assertThat(lines).extracting(Segment::tag).containsExactlyElementsOf(
        IntStream.range(0, result.lines().size()).boxed().flatMap(i -> List.of("LX", "SV1", "DTP").stream()).toList());
    List<String> readBack = new ArrayList<>();
    String date = coded.input().path("dateOfService").asText().replace("-", "");
    for (int i = 0; i < lines.size(); i += 3) {
      assertThat(lines.get(i).element(1)).isEqualTo(String.valueOf(i / 3 + 1));
      Segment sv1 = lines.get(i + 1);
      assertThat(sv1.component(1, 1)).isEqualTo("HC");
      assertThat(sv1.element(2)).isEqualTo("0");
      assertThat(sv1.element(3)).isEqualTo("UN");
      List<String> modifiers = sv1.elements().get(0).subList(2, sv1.elements().get(0).size());
      List<Integer> pointers = sv1.elements().size() < 7 ? List.of()
          : sv1.elements().get(6).stream().map(Integer::valueOf).toList();
      readBack.add(sv1.component(1, 2) + " " + modifiers + " x" + sv1.element(4) + " dx" + pointers);
      Segment dtp = lines.get(i + 2);
      assertThat(List.of(dtp.element(1), dtp.element(2), dtp.element(3))).containsExactly("472", "D8", date);
    }
    assertThat(readBack).isEqualTo(result.lines().stream().map(line -> line.code() + " " + line.modifiers() + " x"
        + line.units() + " dx" + (line.diagnosisPointers() == null ? List.of() : line.diagnosisPointers())).toList());

    List<String> diagnoses = new ArrayList<>();
    coded.input().path("diagnoses").forEach(d -> diagnoses.add(d.asText().toUpperCase().replace(".", "")));
    List<String> hi = read.segments().stream().filter(s -> s.tag().equals("HI"))
        .flatMap(s -> s.elements().stream().map(c -> c.get(0) + ":" + c.get(1))).toList();
    assertThat(hi).isEqualTo(IntStream.range(0, diagnoses.size())
        .mapToObj(i -> (i == 0 ? "ABK:" : "ABF:") + diagnoses.get(i)).toList());
  }

  @Test
  void the_reader_reports_a_segment_that_breaks_the_837p_definitions_so_a_clean_read_means_something()
      throws Exception {
    Read read = X12Envelope.read(X12Envelope.wrap("LX*1~\nSV1*HC:64483:RTX*0*UN*1~\nDTP*472*D8*20260302~"));

    assertThat(read.errors()).singleElement().asString().contains("DATA_ELEMENT_TOO_LONG").contains("SV1 1:3");
  }

  @Test
  void a_hospital_outpatient_facility_claim_is_refused_as_an_837i_claim() {
    Coded facility = CodedScenarios.all().stream().filter(c -> c.result().error() == null).findFirst().orElseThrow();
    ObjectNode input = (ObjectNode) facility.input().deepCopy();
    ResultJson result = CodedScenarios.recoded(input.put("setting", "HOSPITAL_OUTPATIENT").put("claimType", "FACILITY"));

    assertThat(result.lines()).isNotEmpty();
    assertThatThrownBy(() -> ClaimFormat.X12.write(result, false))
        .isInstanceOf(UnwritableClaim.class)
        .hasMessageContaining("837I");
  }

  private static boolean isHospitalFacility(Coded coded) {
    return coded.result().header().encounter().claimType().name().equals("FACILITY")
        && coded.result().header().encounter().setting().name().equals("HOSPITAL_OUTPATIENT");
  }
}
