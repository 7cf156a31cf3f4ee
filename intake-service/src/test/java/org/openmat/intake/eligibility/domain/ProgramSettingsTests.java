package org.openmat.intake.eligibility.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openmat.contracts.UsState;
import org.openmat.intake.screening.domain.AlcoholUseFrequency;

class ProgramSettingsTests {

    static final ProgramSettings ADULTS_ONLY = ProgramSettings.adultsOnly(Set.of(UsState.NY));

    @Test
    void defaultsToAdultsFromEighteenSevenDayFentanylWindowAndAnyAlcoholUse() {
        assertThat(ADULTS_ONLY.minimumAge()).isEqualTo(18);
        assertThat(ADULTS_ONLY.minorsAdmittedWithGuardian()).isFalse();
        assertThat(ADULTS_ONLY.recentFentanylWindow()).isEqualTo(Duration.ofDays(7));
        assertThat(ADULTS_ONLY.alcoholFlagFrom()).isEqualTo(AlcoholUseFrequency.MONTHLY_OR_LESS);
        assertThat(ADULTS_ONLY.serves(UsState.NY)).isTrue();
        assertThat(ADULTS_ONLY.serves(UsState.NJ)).isFalse();
    }

    @Test
    void refusesAMinimumAgeBelowEighteen() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ProgramSettings(17, false, 16, Set.of(UsState.NY),
                Duration.ofDays(7), AlcoholUseFrequency.MONTHLY_OR_LESS));
    }

    @Test
    void admitsMinorsOnlyFromSixteenAndBelowTheMinimumAge() {
        assertThat(ADULTS_ONLY.admittingMinorsWithGuardianFrom(17).minimumMinorAge()).isEqualTo(17);
        assertThatIllegalArgumentException().isThrownBy(() -> ADULTS_ONLY.admittingMinorsWithGuardianFrom(15));
        assertThatIllegalArgumentException().isThrownBy(() -> ADULTS_ONLY.admittingMinorsWithGuardianFrom(18));
    }

    @Test
    void refusesAProgramServingNoState() {
        assertThatIllegalArgumentException().isThrownBy(() -> ProgramSettings.adultsOnly(Set.of()));
    }

    @Test
    void refusesANonPositiveFentanylWindowOrAnAlcoholThresholdOfNever() {
        assertThatIllegalArgumentException().isThrownBy(() -> ADULTS_ONLY.withRecentFentanylWindow(Duration.ZERO));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ADULTS_ONLY.withAlcoholFlagFrom(AlcoholUseFrequency.NEVER));
    }
}
