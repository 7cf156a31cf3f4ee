package org.openmat.intake.screening;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;

import org.openmat.intake.eligibility.Eligibility;
import org.openmat.intake.eligibility.domain.EligibilityAssessor;
import org.openmat.intake.eligibility.domain.EligibilityDecision;
import org.openmat.intake.registration.EligibilityRules;
import org.openmat.intake.registration.PatientDetails;
import org.openmat.intake.registration.Patient;
import org.springframework.stereotype.Component;

/**
 * Eligibility at sign-up (no screening yet: age and state can already rule someone out) and after a correction of
 * date of birth, location or time zone, judged on the latest screening as of the moment it was submitted.
 */
@Component
class ProgramEligibilityRules implements EligibilityRules {

    private final EligibilityAssessor assessor;
    private final ScreeningRecords screenings;
    private final Clock clock;

    ProgramEligibilityRules(EligibilityAssessor assessor, ScreeningRecords screenings, Clock clock) {
        this.assessor = assessor;
        this.screenings = screenings;
        this.clock = clock;
    }

    @Override
    public Verdict atSignUp(PatientDetails patient) {
        return verdict(assessor.assess(Eligibility.applicant(patient.dateOfBirth(), patient.currentState(),
                patient.timeZone()), Optional.empty(), clock));
    }

    @Override
    public Verdict afterCorrection(Patient patient) {
        return verdict(screenings.latest(patient.id())
                .map(latest -> assessor.assess(Eligibility.applicant(patient), Optional.of(latest.response()),
                        Clock.fixed(latest.response().submittedAt(), ZoneOffset.UTC)))
                .orElseGet(() -> assessor.assess(Eligibility.applicant(patient), Optional.empty(), clock)));
    }

    private static Verdict verdict(EligibilityDecision decision) {
        return new Verdict(decision.outcomeCode(), decision.flagCodes());
    }
}
