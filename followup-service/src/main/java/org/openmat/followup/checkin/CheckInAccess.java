package org.openmat.followup.checkin;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.openmat.followup.panels.Panels;
import org.openmat.platform.patients.PatientReplica;
import org.openmat.platform.patients.ReplicatedPatient;
import org.openmat.platform.problem.ApiProblemException;
import org.openmat.platform.security.Caller;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see which check-in: a patient their own (recognised by their token's subject through the patient replica),
 * a clinician those of their panel. Anything else is "not found", so nobody learns that a check-in exists.
 */
@Component
public class CheckInAccess {

    private final PatientReplica patients;
    private final Panels panels;
    private final CheckInReads reads;
    private final CheckInOutcomes outcomes;

    CheckInAccess(PatientReplica patients, Panels panels, CheckInReads reads, CheckInOutcomes outcomes) {
        this.patients = patients;
        this.panels = panels;
        this.reads = reads;
        this.outcomes = outcomes;
    }

    /** The patient behind the caller's token, if intake has told followup about them. */
    public Optional<UUID> ownPatientId(Caller caller) {
        return patients.findBySubject(caller.subject()).map(ReplicatedPatient::patientId);
    }

    public CheckInSummary ownCheckIn(Caller caller, UUID checkInId) {
        Optional<UUID> patientId = ownPatientId(caller);
        return reads.one(checkInId).filter(c -> patientId.isPresent() && c.patientId().equals(patientId.get()))
                .orElseThrow(() -> ApiProblemException.notFound("Check-in"));
    }

    public CheckInSummary onPanel(Caller caller, UUID checkInId) {
        return reads.one(checkInId).filter(c -> panels.isOnPanelOf(c.patientId(), caller.subject()))
                .orElseThrow(() -> ApiProblemException.notFound("Check-in"));
    }

    /** A check-in with the answer itself (ratings and the patient's words), for the clinician of the panel only. */
    @Transactional(readOnly = true)
    public CheckInWithAnswer withAnswerOnPanel(Caller caller, UUID checkInId) {
        CheckInSummary summary = onPanel(caller, checkInId);
        Optional<CheckInOutcomes.Answer> answer = outcomes.answerOf(checkInId);
        return new CheckInWithAnswer(summary, answer.map(CheckInOutcomes.Answer::ratings).orElse(null),
                answer.map(CheckInOutcomes.Answer::patientNote).orElse(null));
    }

    /** @param ratings by item key in questionnaire order, null until answered */
    public record CheckInWithAnswer(CheckInSummary summary, Map<String, Integer> ratings, String patientNote) {
    }
}
