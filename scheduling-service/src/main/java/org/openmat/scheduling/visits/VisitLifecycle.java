package org.openmat.scheduling.visits;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.openmat.contracts.UsState;
import org.openmat.platform.patients.ReplicatedPatient;
import org.openmat.platform.security.Caller;
import org.openmat.scheduling.availability.domain.StateCalendars;
import org.openmat.scheduling.availability.domain.TimeRange;
import org.openmat.scheduling.clinicians.Clinician;
import org.openmat.scheduling.visits.domain.Modality;
import org.openmat.scheduling.visits.domain.VisitPolicy;
import org.openmat.scheduling.visits.domain.VisitStatus;
import org.springframework.stereotype.Service;

/** The visit day: the patient checks in from where they are, the clinician starts and completes or records a no-show. */
@Service
public class VisitLifecycle {

    private final VisitAccess access;
    private final Participants participants;
    private final VisitEvents events;
    private final VisitTransactions transactions;
    private final VisitPolicy policy;
    private final Clock clock;

    VisitLifecycle(VisitAccess access, Participants participants, VisitEvents events, VisitTransactions transactions,
            VisitPolicy policy, Clock clock) {
        this.access = access;
        this.participants = participants;
        this.events = events;
        this.transactions = transactions;
        this.policy = policy;
        this.clock = clock;
    }

    /** The patient confirms the state they are in; their clinician must be licensed there on the visit date. */
    public Visit checkIn(Caller caller, UUID visitId, UsState currentState) {
        return transactions.run(() -> {
            ReplicatedPatient patient = participants.requirePatient(caller);
            Visit visit = access.ofPatient(patient, visitId);
            visit.requireMayBecome(VisitStatus.CHECKED_IN);
            Instant now = now();
            if (!policy.checkInOpen(visit.startsAt(), visit.endsAt(), now)) {
                throw VisitProblems.checkInNotOpen();
            }
            // Counted on the state's calendar, as search and booking count it; prescribing checks DEA itself.
            LocalDate lastDate = StateCalendars.lastDateOf(new TimeRange(visit.startsAt(), visit.endsAt()), currentState);
            if (!participants.clinicianOf(visit).licensure().maySee(currentState, lastDate)) {
                throw VisitProblems.clinicianNotLicensed();
            }
            visit.checkIn(currentState.name(), now);
            return visit;
        });
    }

    public Visit start(Caller caller, UUID visitId) {
        return transactions.run(() -> {
            Visit visit = access.ofClinician(participants.requireClinician(caller), visitId);
            visit.start(now());
            return visit;
        });
    }

    public Visit complete(Caller caller, UUID visitId, Modality modality, boolean inPersonEvaluation,
            boolean induction) {
        return transactions.run(() -> {
            Clinician clinician = participants.requireClinician(caller);
            Visit visit = access.ofClinician(clinician, visitId);
            visit.complete(modality, inPersonEvaluation, induction, now());
            events.completed(visit, clinician.subject());
            return visit;
        });
    }

    public Visit recordNoShow(Caller caller, UUID visitId) {
        return transactions.run(() -> {
            Visit visit = access.ofClinicianOrOps(caller, visitId);
            visit.requireMayBecome(VisitStatus.NO_SHOW);
            Instant now = now();
            if (!policy.noShowMayBeRecorded(visit.startsAt(), now)) {
                throw VisitProblems.noShowTooEarly();
            }
            visit.markNoShow(now);
            events.noShow(visit);
            return visit;
        });
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
