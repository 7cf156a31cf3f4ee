package org.openmat.intake.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openmat.contracts.UsState;
import org.openmat.intake.eligibility.domain.ProgramSettings;
import org.openmat.intake.screening.domain.AlcoholUseFrequency;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class ProgramPropertiesTests {

    @Test
    void defaultsToAdultsOnlyInEveryStateWithASevenDayFentanylWindow() {
        ProgramSettings settings = bind(Map.of()).toSettings();

        assertThat(settings.minimumAge()).isEqualTo(18);
        assertThat(settings.minorsAdmittedWithGuardian()).isFalse();
        assertThat(settings.minimumMinorAge()).isEqualTo(16);
        assertThat(settings.statesServed()).isEqualTo(EnumSet.allOf(UsState.class));
        assertThat(settings.recentFentanylWindow()).isEqualTo(Duration.ofDays(7));
        assertThat(settings.alcoholFlagFrom()).isEqualTo(AlcoholUseFrequency.MONTHLY_OR_LESS);
    }

    @Test
    void bindsEverySetting() {
        ProgramSettings settings = bind(Map.of(
                "openmat.intake.program.minimum-age", "21",
                "openmat.intake.program.minors-admitted-with-guardian", "true",
                "openmat.intake.program.minimum-minor-age", "17",
                "openmat.intake.program.states-served", "ny,NJ",
                "openmat.intake.program.recent-fentanyl-window", "10d",
                "openmat.intake.program.alcohol-flag-from", "two-to-three-times-a-week")).toSettings();

        assertThat(settings.minimumAge()).isEqualTo(21);
        assertThat(settings.minorsAdmittedWithGuardian()).isTrue();
        assertThat(settings.minimumMinorAge()).isEqualTo(17);
        assertThat(settings.statesServed()).containsExactlyInAnyOrder(UsState.NY, UsState.NJ);
        assertThat(settings.recentFentanylWindow()).isEqualTo(Duration.ofDays(10));
        assertThat(settings.alcoholFlagFrom()).isEqualTo(AlcoholUseFrequency.TWO_TO_THREE_TIMES_A_WEEK);
    }

    @Test
    void refusesAMinimumAgeUnder18SoThatMinorsAreOnlyAdmittedThroughTheMinorsSetting() {
        ProgramProperties properties = bind(Map.of("openmat.intake.program.minimum-age", "17"));

        assertThatThrownBy(properties::toSettings).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isImmutable() {
        ProgramProperties properties = bind(Map.of());

        assertThatThrownBy(() -> properties.statesServed().remove(UsState.NY))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static ProgramProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("openmat.intake.program", ProgramProperties.class);
    }
}
