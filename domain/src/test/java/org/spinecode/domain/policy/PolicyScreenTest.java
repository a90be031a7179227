package org.spinecode.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.spinecode.domain.encounter.MedicareJurisdiction;
import org.spinecode.domain.encounter.Payer;
import org.spinecode.domain.encounter.UsState;

/** A screen answers as the policy's payer, window and scope read directly would. */
class PolicyScreenTest {
  private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
  private static final LocalDate UNTIL = LocalDate.of(2025, 1, 1);
  private static final int MEDICARE = Payer.MEDICARE.ordinal();

  private static PolicyScreen<LevelLimit> screen(PolicyScope scope, DateRange window) {
    return PolicyScreen.of(LevelLimit.builder().payer(Payer.MEDICARE).window(window).scope(scope)
        .authority("test LCD").maxLevels(2).build());
  }

  private static boolean holds(PolicyScreen<?> screen, LocalDate date, UsState state, MedicareJurisdiction jurisdiction) {
    return screen.holds(MEDICARE, date.toEpochDay(), PolicyScreen.bit(state), PolicyScreen.bit(jurisdiction));
  }

  @Test
  void holdsFromTheFirstDayUntilTheDayItEnds() {
    PolicyScreen<?> screen = screen(PolicyScope.everywhere(), DateRange.of(FROM, UNTIL));
    assertThat(holds(screen, FROM.minusDays(1), null, null)).isFalse();
    assertThat(holds(screen, FROM, null, null)).isTrue();
    assertThat(holds(screen, UNTIL.minusDays(1), null, null)).isTrue();
    assertThat(holds(screen, UNTIL, null, null)).isFalse();
    assertThat(screen.holds(Payer.COMMERCIAL.ordinal(), FROM.toEpochDay(), 0, 0)).isFalse();
  }

  @Test
  void anOpenWindowHoldsOnAnyDate() {
    PolicyScreen<?> screen = screen(PolicyScope.everywhere(), DateRange.always());
    assertThat(holds(screen, LocalDate.of(1990, 1, 1), null, null)).isTrue();
    assertThat(holds(screen, LocalDate.of(2099, 12, 31), null, null)).isTrue();
  }

  @Test
  void aStateProgramHoldsOnlyInItsStatesAndNotWhereNoStateIsKnown() {
    PolicyScreen<?> screen = screen(PolicyScope.builder().addStates(UsState.NY, UsState.WY).build(),
        DateRange.always());
    assertThat(holds(screen, FROM, UsState.NY, null)).isTrue();
    assertThat(holds(screen, FROM, UsState.WY, null)).isTrue();
    assertThat(holds(screen, FROM, UsState.AK, null)).isFalse();
    assertThat(holds(screen, FROM, null, MedicareJurisdiction.JK)).isFalse();
  }

  @Test
  void aJurisdictionListHoldsOnlyInItsJurisdictions() {
    PolicyScreen<?> screen = screen(PolicyScope.builder().addJurisdictions(MedicareJurisdiction.J15).build(),
        DateRange.always());
    assertThat(holds(screen, FROM, null, MedicareJurisdiction.J15)).isTrue();
    assertThat(holds(screen, FROM, null, MedicareJurisdiction.JE)).isFalse();
    assertThat(holds(screen, FROM, null, null)).isFalse();
  }

  @Test
  void namesTheDocumentSetOrNoneForANationalRule() {
    assertThat(screen(PolicyScope.builder().lcd("FACET").build(), DateRange.always()).lcd()).isEqualTo("FACET");
    assertThat(screen(PolicyScope.everywhere(), DateRange.always()).lcd()).isNull();
  }
}
