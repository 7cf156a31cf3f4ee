package org.openmat.intake.eligibility.domain;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.openmat.intake.screening.domain.InvalidFieldsException;
import org.openmat.intake.screening.domain.ScreeningResponse;

/**
 * Decides whether an applicant may enrol. Age and location can rule an applicant out (every reason is reported);
 * screening answers only ever add flags for a clinician to review, never a rejection.
 */
public final class EligibilityAssessor {

    private final ProgramSettings settings;

    public EligibilityAssessor(ProgramSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * @param screening the accepted screening, or empty while the applicant has not answered it
     * @param clock     today is taken in the applicant's time zone, the recent-fentanyl window from its instant
     * @throws InvalidFieldsException when the applicant's facts are missing or implausible
     */
    public EligibilityDecision assess(Applicant applicant, Optional<ScreeningResponse> screening, Clock clock) {
        var violations = applicant.violations(clock);
        if (!violations.isEmpty()) {
            throw new InvalidFieldsException("applicant", violations);
        }
        Set<IneligibilityReason> reasons = EnumSet.noneOf(IneligibilityReason.class);
        Set<EligibilityFlag> flags = EnumSet.noneOf(EligibilityFlag.class);
        checkAge(applicant.ageOn(applicant.today(clock)), reasons, flags);
        if (!settings.serves(applicant.currentState())) {
            reasons.add(IneligibilityReason.STATE_NOT_SERVED);
        }
        if (!reasons.isEmpty()) {
            return EligibilityDecision.notEligible(reasons);
        }
        if (screening.isEmpty()) {
            return EligibilityDecision.pendingScreening(flags);
        }
        flags.addAll(ScreeningFlags.raisedBy(screening.get().answers(), settings, clock.instant()));
        return EligibilityDecision.eligible(flags);
    }

    private void checkAge(int age, Set<IneligibilityReason> reasons, Set<EligibilityFlag> flags) {
        if (age >= settings.minimumAge()) {
            return;
        }
        if (settings.minorsAdmittedWithGuardian() && age >= settings.minimumMinorAge()) {
            flags.add(EligibilityFlag.MINOR_GUARDIAN_REQUIRED);
        } else {
            reasons.add(IneligibilityReason.UNDER_MINIMUM_AGE);
        }
    }
}
