package org.openmat.intake.eligibility.domain;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.openmat.contracts.UsState;
import org.openmat.intake.screening.domain.AlcoholUseFrequency;

/**
 * The eligibility settings of one program.
 *
 * @param minimumAge                 age from which applicants are admitted on their own (at least 18)
 * @param minorsAdmittedWithGuardian whether younger applicants are admitted with a guardian at the first visit
 * @param minimumMinorAge            the youngest age admitted with a guardian, when minors are admitted
 * @param statesServed               where the program operates; the applicant's current state must be one of them
 * @param recentFentanylWindow       fentanyl used this recently flags {@code RECENT_FENTANYL}
 * @param alcoholFlagFrom            drinking at least this often flags {@code ALCOHOL}
 */
public record ProgramSettings(int minimumAge, boolean minorsAdmittedWithGuardian, int minimumMinorAge,
                              Set<UsState> statesServed, Duration recentFentanylWindow,
                              AlcoholUseFrequency alcoholFlagFrom) {

    public static final int ADULT_AGE = 18;
    // Sublingual buprenorphine is labelled for patients aged 16 and over.
    public static final int YOUNGEST_LABELLED_AGE = 16;
    public static final Duration DEFAULT_RECENT_FENTANYL_WINDOW = Duration.ofDays(7);

    public ProgramSettings {
        Objects.requireNonNull(statesServed, "statesServed");
        Objects.requireNonNull(recentFentanylWindow, "recentFentanylWindow");
        Objects.requireNonNull(alcoholFlagFrom, "alcoholFlagFrom");
        if (minimumAge < ADULT_AGE) {
            throw new IllegalArgumentException("minimum age must be at least %d; admit minors with the minors setting"
                    .formatted(ADULT_AGE));
        }
        if (minorsAdmittedWithGuardian && (minimumMinorAge < YOUNGEST_LABELLED_AGE || minimumMinorAge >= minimumAge)) {
            throw new IllegalArgumentException("minimum minor age must be from %d to %d"
                    .formatted(YOUNGEST_LABELLED_AGE, minimumAge - 1));
        }
        if (statesServed.isEmpty()) {
            throw new IllegalArgumentException("a program must serve at least one state");
        }
        if (recentFentanylWindow.isNegative() || recentFentanylWindow.isZero()) {
            throw new IllegalArgumentException("the recent fentanyl window must be positive");
        }
        if (alcoholFlagFrom == AlcoholUseFrequency.NEVER) {
            throw new IllegalArgumentException("the alcohol flag cannot start at never: that would flag everyone");
        }
        statesServed = Collections.unmodifiableSet(EnumSet.copyOf(statesServed));
    }

    /** Adults only, a 7-day recent-fentanyl window, and any alcohol use flagged. */
    public static ProgramSettings adultsOnly(Set<UsState> statesServed) {
        return new ProgramSettings(ADULT_AGE, false, YOUNGEST_LABELLED_AGE, statesServed,
                DEFAULT_RECENT_FENTANYL_WINDOW, AlcoholUseFrequency.MONTHLY_OR_LESS);
    }

    public ProgramSettings admittingMinorsWithGuardianFrom(int age) {
        return new ProgramSettings(minimumAge, true, age, statesServed, recentFentanylWindow, alcoholFlagFrom);
    }

    public ProgramSettings withRecentFentanylWindow(Duration window) {
        return new ProgramSettings(minimumAge, minorsAdmittedWithGuardian, minimumMinorAge, statesServed, window,
                alcoholFlagFrom);
    }

    public ProgramSettings withAlcoholFlagFrom(AlcoholUseFrequency frequency) {
        return new ProgramSettings(minimumAge, minorsAdmittedWithGuardian, minimumMinorAge, statesServed,
                recentFentanylWindow, frequency);
    }

    public boolean serves(UsState state) {
        return statesServed.contains(state);
    }
}
