package org.spinecode.domain.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.domain.catalogue.CodeCatalogue;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.catalogue.Quantity;
import org.spinecode.domain.claim.ClaimLine;
import org.spinecode.domain.claim.CodingResult;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.RuleIds;
import org.spinecode.domain.claim.Severity;
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.encounter.Payer;
import org.spinecode.domain.encounter.Procedure;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.domain.encounter.Purpose;
import org.spinecode.domain.encounter.Target;
import org.spinecode.domain.family.CodeLadder;
import org.spinecode.domain.family.FamilyCoder;
import org.spinecode.domain.family.FamilyCoding;
import org.spinecode.domain.family.PlacementRules;
import org.spinecode.domain.family.Session;
import org.spinecode.domain.spine.Laterality;
import org.spinecode.domain.spine.Region;
import org.spinecode.domain.spine.SpinalLevel;

/** The failure policy: a family coder's failure costs only its own session (docs/CONTRACT.md). */
class FamilyFailureTest {
  private static final ProcedureFamily GOOD = ProcedureFamily.of("GOOD");
  private static final ProcedureFamily BAD = ProcedureFamily.of("BAD");
  private static final CodeDefinition CODE = CodeDefinition.builder().code("99991").label("A test code")
      .family(GOOD).region(Region.LUMBAR_SACRAL).quantity(Quantity.PER_LEVEL).lateral(true)
      .authority("test").build();
  private static final PlacementRules RULES = PlacementRules.forFamily("good");
  private static final FamilyCoder WORKS = session -> FamilyCoding.of(
      CodeLadder.of(CODE).climb(RULES.place(session), Region.LUMBAR_SACRAL), List.of());

  private static Encounter encounter() {
    return Encounter.builder().dateOfService(LocalDate.of(2026, 3, 2)).payer(Payer.COMMERCIAL)
        .addProcedures(procedure(GOOD), procedure(BAD)).build();
  }

  private static Procedure procedure(ProcedureFamily family) {
    return Procedure.builder().family(family).guidance(Guidance.FLUOROSCOPY).purpose(Purpose.THERAPEUTIC)
        .addTargets(Target.at(SpinalLevel.L4_L5, Laterality.RIGHT)).build();
  }

  private static CodingEngine engine(FamilyCoder bad) {
    return new CodingEngine(List.of(route(GOOD, WORKS), route(BAD, bad)), CodeCatalogue.of(List.of(CODE)));
  }

  private static FamilyRoute route(ProcedureFamily family, FamilyCoder coder) {
    return FamilyRoute.builder().family(family).addGuidance(Guidance.FLUOROSCOPY).coder(coder)
        .pluginId(family.name().toLowerCase()).pluginVersion("1.2.3").build();
  }

  private static FamilyCoder throwing(Function<String, Throwable> failure, String message) {
    return new FamilyCoder() {
      @Override
      public FamilyCoding code(Session session) {
        Throwable t = failure.apply(message);
        if (t instanceof RuntimeException e) {
          throw e;
        }
        throw (Error) t;
      }
    };
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"IllegalStateException", "StackOverflowError", "NoClassDefFoundError", "AssertionError"})
  void a_failing_coder_costs_only_its_own_procedure_and_its_message_is_never_repeated(String kind) {
    Function<String, Throwable> failure = switch (kind) {
      case "IllegalStateException" -> IllegalStateException::new;
      case "StackOverflowError" -> StackOverflowError::new;
      case "NoClassDefFoundError" -> NoClassDefFoundError::new;
      default -> AssertionError::new;
    };
    CodingResult result = engine(throwing(failure, "patient Jane Doe")).code(encounter());

    assertThat(result.lines()).extracting(ClaimLine::code).containsExactly("99991");
    Finding failed = result.findings().stream().filter(f -> f.rule().equals(RuleIds.CODING_FAILED)).findFirst().orElseThrow();
    assertThat(failed.severity()).isEqualTo(Severity.ERROR);
    assertThat(failed.message()).contains("bad plugin (version 1.2.3)", "procedures[1]", kind)
        .doesNotContain("Jane");
  }

  @Test
  void a_coder_that_never_answers_is_given_up_after_the_timeout_and_the_rest_is_coded() throws Exception {
    CountDownLatch never = new CountDownLatch(1);
    FamilyCoder hangs = session -> {
      try {
        never.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return FamilyCoding.of(List.of(), List.of());
    };
    CodingResult result = engine(hangs).withFamilyCalls(FamilyCalls.timed(Duration.ofMillis(200))).code(encounter());

    assertThat(result.lines()).extracting(ClaimLine::code).containsExactly("99991");
    assertThat(result.findings()).anySatisfy(f -> {
      assertThat(f.rule()).isEqualTo(RuleIds.CODING_FAILED);
      assertThat(f.message()).contains("did not answer within 200 ms");
    });
  }

  @Test
  void a_coder_that_returns_null_costs_only_its_own_procedure() {
    CodingResult result = engine(session -> null).code(encounter());

    assertThat(result.lines()).extracting(ClaimLine::code).containsExactly("99991");
    assertThat(result.findings()).filteredOn(f -> f.rule().equals(RuleIds.CODING_FAILED)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("bad plugin (version 1.2.3)", "returned no coding",
            "procedures[1]"));
  }

  @Test
  void a_plugin_that_spins_past_the_timeout_is_quarantined_and_never_handed_another_thread() {
    AtomicInteger calls = new AtomicInteger();
    AtomicBoolean release = new AtomicBoolean();
    // Ignores interrupts, as a busy loop does: only the test can end it (it sleeps, to spare the machine).
    FamilyCoder spins = session -> {
      calls.incrementAndGet();
      while (!release.get()) {
        pause();
      }
      return FamilyCoding.of(List.of(), List.of());
    };
    CodingEngine direct = engine(spins);
    CodingEngine timed = direct.withFamilyCalls(FamilyCalls.timed(Duration.ofSeconds(1)));
    try {
      CodingResult first = timed.code(encounter());
      CodingResult second = timed.code(encounter());
      CodingResult sameEngineCalledDirectly = direct.code(encounter());

      assertThat(calls).as("calls that reached the plugin").hasValue(1);
      assertThat(first.findings()).anySatisfy(f -> assertThat(f.message())
          .contains("did not answer within 1000 ms and is quarantined"));
      for (CodingResult later : List.of(second, sameEngineCalledDirectly)) {
        assertThat(later.lines()).extracting(ClaimLine::code).containsExactly("99991");
        assertThat(later.findings()).filteredOn(f -> f.rule().equals(RuleIds.CODING_FAILED)).singleElement()
            .satisfies(f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message()).contains("bad plugin (version 1.2.3) is quarantined",
                  "did not answer within 1000 ms", "BAD procedures are not coded", "procedures[1]");
            });
      }
      assertThat(direct.quarantined()).singleElement().satisfies(q -> {
        assertThat(q.pluginId()).isEqualTo("bad");
        assertThat(q.families()).containsExactly(BAD);
        assertThat(q.reason()).isEqualTo("did not answer within 1000 ms");
      });
      assertThat(timed.quarantined()).isEqualTo(direct.quarantined());
      assertThat(engine(WORKS).quarantined()).as("another engine's quarantine").isEmpty();
    } finally {
      release.set(true);
    }
  }

  private static void pause() {
    try {
      Thread.sleep(5);
    } catch (InterruptedException e) {
      // Ignored on purpose: this is the plugin that will not stop.
    }
  }

  @Test
  void invalid_input_found_by_a_coder_is_still_the_callers_error_with_or_without_a_timeout() {
    FamilyCoder refuses = session -> {
      throw new InvalidInputException("procedures[1].targets[0].level", "not a level this family codes");
    };
    assertThatThrownBy(() -> engine(refuses).code(encounter())).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> engine(refuses).withFamilyCalls(FamilyCalls.timed(Duration.ofSeconds(5))).code(encounter()))
        .isInstanceOf(InvalidInputException.class);
  }
}
