package org.spinecode.cli;

import org.spinecode.plugin.host.Installation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.domain.claim.CodingResult;
import org.spinecode.domain.EncounterCoder;
import org.spinecode.domain.encounter.BilateralStyle;
import org.spinecode.domain.encounter.DiagnosisCode;
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.encounter.Payer;
import org.spinecode.domain.encounter.Procedure;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.domain.encounter.Purpose;
import org.spinecode.domain.encounter.Target;
import org.spinecode.domain.spine.Laterality;
import org.spinecode.domain.spine.SpinalLevel;
import org.spinecode.plugin.host.PluginDiscovery;
import org.spinecode.rest.format.ClaimFormat;
import org.spinecode.rest.wire.FhirReferences;

/** The README's library example, as written there. */
class LibraryUseTest {

  @Test
  void the_readme_example_codes_a_bilateral_two_level_diagnostic_facet_block() {
    EncounterCoder coder = Installation.of(PluginDiscovery.fromClassPath()).coder();   // build once, share across threads

    CodingResult result = coder.code(Encounter.builder()
        .dateOfService(LocalDate.of(2026, 3, 2))
        .payer(Payer.MEDICARE)
        .addProcedures(Procedure.builder()
            .family(ProcedureFamily.of("FACET"))
            .guidance(Guidance.FLUOROSCOPY)
            .purpose(Purpose.DIAGNOSTIC)
            .addTargets(Target.at(SpinalLevel.L4_L5, Laterality.BILATERAL),
                Target.at(SpinalLevel.L5_S1, Laterality.BILATERAL))
            .build())
        .build());

    assertThat(result.lines()).extracting(line -> line.code() + " " + line.modifiers() + " x" + line.units())
        .containsExactly("64493 [50, KX] x1", "64494 [50, KX] x1");
    assertThat(result.findings()).allSatisfy(finding -> assertThat(finding.source()).isNotBlank());
  }

  @Test
  void the_readmes_claim_formats_example_writes_a_bundle_and_837p_segments_with_pointers() {
    EncounterCoder coder = Installation.of(PluginDiscovery.fromClassPath()).coder();
    Encounter encounter = Encounter.builder()
        .dateOfService(LocalDate.of(2026, 3, 2))
        .payer(Payer.MEDICARE)
        .addDiagnoses(DiagnosisCode.parse("M47.816"))
        .addProcedures(Procedure.builder()
            .family(ProcedureFamily.of("FACET"))
            .guidance(Guidance.FLUOROSCOPY)
            .purpose(Purpose.DIAGNOSTIC)
            .addTargets(Target.at(SpinalLevel.L4_L5, Laterality.BILATERAL))
            .build())
        .build();
    CodingResult result = coder.code(encounter);

    String bundle = ClaimFormat.FHIR.write(encounter, result,
        new FhirReferences("Patient/123", "Practitioner/7", "Organization/payer-1", "Coverage/456"));
    String segments = ClaimFormat.X12.write(encounter, result, FhirReferences.NONE);

    assertThat(result.lines().get(0).diagnosisPointers()).containsExactly(1);
    assertThat(bundle).contains("\"reference\":\"Patient/123\"").contains("\"code\":\"64493\"");
    assertThat(segments).isEqualTo("HI*ABK:M47816~\nLX*1~\nSV1*HC:64493:50:KX*0*UN*1***1~\nDTP*472*D8*20260302~\n");
  }

  @Test
  void newer_cms_files_from_a_folder_replace_the_bundled_extract(@TempDir Path folder) throws Exception {
    Files.writeString(folder.resolve("MCR_MUE_PractitionerServices_Eff_01-01-2026.csv"), String.join("\n",
        "HCPCS/CPT Code,Practitioner Services MUE Values,MUE Adjudication Indicator,MUE Rationale",
        "64493,1,2 Date of Service Edit: Policy,CMS Policy", ""));
    Installation product = Installation.builder().plugins(PluginDiscovery.fromClassPath()).dataDir(folder).build();
    EncounterCoder coder = product.coder();

    CodingResult result = coder.code(Encounter.builder().dateOfService(LocalDate.of(2026, 3, 2))
        .payer(Payer.MEDICARE).bilateralStyle(BilateralStyle.TWO_UNITS)
        .addProcedures(Procedure.builder().family(ProcedureFamily.of("FACET"))
            .guidance(Guidance.FLUOROSCOPY).purpose(Purpose.THERAPEUTIC)
            .addTargets(Target.at(SpinalLevel.L4_L5, Laterality.BILATERAL)).build())
        .build());

    assertThat(result.dataVersion()).contains("mue 2026Q1/2024Q3");
    assertThat(result.findings()).anySatisfy(f -> assertThat(f.rule()).isEqualTo("MUE_EXCEEDED"));
  }

  @Test
  void invalid_input_names_the_field() {
    EncounterCoder coder = Installation.of(PluginDiscovery.fromClassPath()).directCoder();
    Encounter noSide = Encounter.builder().dateOfService(LocalDate.of(2026, 3, 2)).payer(Payer.MEDICARE)
        .addProcedures(Procedure.builder().family(ProcedureFamily.of("FACET")).guidance(Guidance.CT)
            .purpose(Purpose.THERAPEUTIC).addTargets(Target.builder().level(SpinalLevel.L4_L5).build()).build())
        .build();

    assertThatThrownBy(() -> coder.code(noSide)).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("procedures[0].targets[0].side"));
  }
}
