package org.openmat.followup.checkin;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import org.openmat.contracts.prescribing.v1.PrescriptionCancelled;
import org.openmat.contracts.prescribing.v1.PrescriptionIssued;
import org.openmat.followup.FollowupProperties;
import org.openmat.followup.checkin.domain.CheckIn;
import org.openmat.followup.checkin.domain.CheckInStatus;
import org.openmat.followup.checkin.domain.CheckInWindowPolicy;
import org.openmat.followup.checkin.domain.TimeZoneSource;
import org.openmat.platform.outbox.Outbox;
import org.openmat.platform.patients.PatientReplica;
import org.openmat.platform.patients.ReplicatedPatient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens, cancels and re-plans check-ins from prescribing's and intake's events; each method runs in the idempotent
 * inbox's transaction, so the change and the event it publishes commit together or not at all.
 */
@Service
public class InductionFollowUps {

    private final CheckInRecords records;
    private final InductionLocations locations;
    private final PatientReplica patients;
    private final Outbox outbox;
    private final Clock clock;
    private final CheckInWindowPolicy policy;
    private final ZoneId fallbackZone;

    InductionFollowUps(CheckInRecords records, InductionLocations locations, PatientReplica patients, Outbox outbox,
            Clock clock, CheckInWindowPolicy policy, FollowupProperties properties) {
        this.records = records;
        this.locations = locations;
        this.patients = patients;
        this.outbox = outbox;
        this.clock = clock;
        this.policy = policy;
        this.fallbackZone = properties.fallbackZone();
    }

    /**
     * An induction prescription opens exactly one check-in (the unique prescription id holds even for a re-sent event
     * with a new id). Days count in the patient's zone; until intake has told followup that zone, in the fallback zone,
     * marked as such and re-planned when the zone arrives.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void open(PrescriptionIssued issued) {
        if (!issued.induction()) {
            return;
        }
        Optional<ReplicatedPatient> patient = patients.find(issued.patientId());
        CheckIn checkIn = CheckIn.open(UUID.randomUUID(), issued.patientId(), issued.prescriptionId(),
                issued.clinicianId(), issued.issuedAt(),
                patient.map(ReplicatedPatient::timeZone).orElse(fallbackZone),
                patient.isPresent() ? TimeZoneSource.PATIENT : TimeZoneSource.FALLBACK, policy);
        if (records.wasCancelled(issued.prescriptionId())) {
            checkIn.cancel();
        }
        InductionLocation location = locations.of(issued.visitId())
                .or(() -> patient.map(p -> InductionLocation.ofPatientRecord(p.currentState())))
                .orElse(InductionLocation.UNKNOWN);
        Instant now = clock.instant();
        if (!records.insert(checkIn, issued.visitId(), location, now) || checkIn.status() != CheckInStatus.PENDING) {
            return;
        }
        records.planReminders(checkIn);
        outbox.publish(CheckInEvents.scheduled(checkIn, now));
    }

    /** A cancelled induction prescription cancels its open check-in; one not seen yet is remembered. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void cancel(PrescriptionCancelled cancelled) {
        Optional<CheckIn> existing = records.lockByPrescription(cancelled.prescriptionId());
        if (existing.isEmpty()) {
            if (cancelled.induction()) {
                records.rememberCancellation(cancelled.prescriptionId(), cancelled.cancelledAt());
            }
            return;
        }
        CheckIn checkIn = existing.get();
        if (checkIn.cancel()) {
            records.updateStatus(checkIn, clock.instant());
            records.dropUnsentReminders(checkIn.id());
        }
    }

    /** Intake reported the patient's zone: check-ins still counted in the fallback zone move to it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void patientZoneReported(UUID patientId, String timeZone) {
        ZoneId zone;
        try {
            zone = timeZone == null ? null : ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            return;
        }
        if (zone == null) {
            return;
        }
        Instant now = clock.instant();
        for (CheckIn checkIn : records.lockPlannedInFallbackZone(patientId)) {
            if (checkIn.adoptPatientZone(zone)) {
                records.updateSchedule(checkIn);
                records.planReminders(checkIn);
                outbox.publish(CheckInEvents.scheduled(checkIn, now));
            }
        }
    }
}
