package org.openmat.intake.eligibility;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.openmat.contracts.UsState;
import org.openmat.intake.eligibility.domain.Applicant;
import org.openmat.intake.eligibility.domain.EligibilityAssessor;
import org.openmat.intake.eligibility.domain.EligibilityDecision;
import org.openmat.intake.eligibility.domain.EligibilityFlag;
import org.openmat.intake.eligibility.domain.EligibilityOutcome;
import org.openmat.intake.registration.Patient;
import org.openmat.intake.registration.PatientRecords;
import org.openmat.intake.screening.domain.ScreeningResponse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides a patient's eligibility from their record and accepted screening, keeps every decision with its reasons,
 * and hands outcome and flags to the patient record, which announces them to other services.
 */
@Service
public class Eligibility {

    private final EligibilityAssessor assessor;
    private final EligibilityDecisions decisions;
    private final PatientRecords records;

    Eligibility(EligibilityAssessor assessor, EligibilityDecisions decisions, PatientRecords records) {
        this.assessor = assessor;
        this.decisions = decisions;
        this.records = records;
    }

    /**
     * Decides as of the screening's submission, in the caller's transaction.
     *
     * @throws org.openmat.intake.screening.domain.InvalidFieldsException when the patient's record lacks what
     *         eligibility depends on (date of birth, current state, time zone)
     */
    @Transactional
    public StoredDecision decide(Patient patient, ScreeningResponse screening, UUID screeningResponseId,
            String decidedBy) {
        Clock asOfSubmission = Clock.fixed(screening.submittedAt(), ZoneId.of("UTC"));
        EligibilityDecision decision = assessor.assess(applicant(patient), Optional.of(screening), asOfSubmission);
        StoredDecision stored = new StoredDecision(decision, screening.submittedAt(), screeningResponseId);
        decisions.append(patient.id(), stored, decidedBy);
        records.decideEligibility(patient.id(), decision.outcomeCode(), decision.flagCodes(), decidedBy);
        return stored;
    }

    /** The latest decision; before any screening, the one the record got at registration (no reasons, no time). */
    @Transactional(readOnly = true)
    public StoredDecision current(Patient patient) {
        return decisions.latest(patient.id()).orElseGet(() -> new StoredDecision(new EligibilityDecision(
                EligibilityOutcome.valueOf(patient.eligibility()),
                patient.flagCodes().stream().map(EligibilityFlag::valueOf).collect(Collectors.toSet()),
                Set.of()), null, null));
    }

    @Transactional(readOnly = true)
    public Optional<StoredDecision> onScreening(UUID screeningResponseId) {
        return decisions.onScreening(screeningResponseId);
    }

    /** The facts eligibility rests on, from a patient record. */
    public static Applicant applicant(Patient patient) {
        return applicant(patient.dateOfBirth(), patient.currentState(), patient.timeZone());
    }

    /** The facts eligibility rests on, from their raw values. */
    public static Applicant applicant(LocalDate dateOfBirth, String currentState, String timeZone) {
        return new Applicant(dateOfBirth, UsState.fromCode(currentState).orElse(null), zone(timeZone));
    }

    // An unreadable zone becomes "missing", which the assessor reports as an invalid field rather than a crash.
    private static ZoneId zone(String id) {
        try {
            return id == null ? null : ZoneId.of(id);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
