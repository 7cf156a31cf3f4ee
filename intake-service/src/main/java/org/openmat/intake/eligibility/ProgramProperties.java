package org.openmat.intake.eligibility;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.openmat.contracts.UsState;
import org.openmat.intake.eligibility.domain.ProgramSettings;
import org.openmat.intake.screening.domain.AlcoholUseFrequency;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The program's eligibility settings ({@code openmat.intake.program.*}); kept configurable because who may be treated
 * changes with law and program policy.
 *
 * @param statesServed    where the program operates; every {@link UsState} when not set
 * @param alcoholFlagFrom the least frequent drinking that flags ALCOHOL, by constant name (TWO_TO_THREE_TIMES_A_WEEK)
 */
@ConfigurationProperties("openmat.intake.program")
public record ProgramProperties(
        @DefaultValue("" + ProgramSettings.ADULT_AGE) int minimumAge,
        @DefaultValue("false") boolean minorsAdmittedWithGuardian,
        @DefaultValue("" + ProgramSettings.YOUNGEST_LABELLED_AGE) int minimumMinorAge,
        Set<UsState> statesServed,
        @DefaultValue("7d") Duration recentFentanylWindow,
        @DefaultValue("MONTHLY_OR_LESS") AlcoholUseFrequency alcoholFlagFrom) {

    public ProgramProperties {
        statesServed = Collections.unmodifiableSet(statesServed == null ? EnumSet.allOf(UsState.class)
                : statesServed.isEmpty() ? EnumSet.noneOf(UsState.class) : EnumSet.copyOf(statesServed));
    }

    /** The domain's settings; refuses an inconsistent configuration (e.g. a minimum age under 18). */
    public ProgramSettings toSettings() {
        return new ProgramSettings(minimumAge, minorsAdmittedWithGuardian, minimumMinorAge, statesServed,
                recentFentanylWindow, alcoholFlagFrom);
    }
}
