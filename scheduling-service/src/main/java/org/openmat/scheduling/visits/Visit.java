package org.openmat.scheduling.visits;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.openmat.scheduling.availability.domain.VisitType;
import org.openmat.scheduling.visits.domain.CancelledBy;
import org.openmat.scheduling.visits.domain.IllegalVisitTransitionException;
import org.openmat.scheduling.visits.domain.Modality;
import org.openmat.scheduling.visits.domain.VisitStatus;

/** A video visit between one patient and one clinician; it guards its own lifecycle. */
@Entity
public class Visit {

    @Id
    private UUID id;
    private UUID patientId;
    private UUID clinicianId;
    @Enumerated(EnumType.STRING)
    private VisitType visitType;
    private Instant startsAt;
    private Instant endsAt;
    private Instant blocksUntil;
    @Enumerated(EnumType.STRING)
    private VisitStatus status;
    private String bookedState;
    private String stateAtVisit;
    @Enumerated(EnumType.STRING)
    private Modality modality;
    private Boolean inPersonEvaluation;
    private Boolean induction;
    private Instant checkedInAt;
    private Instant startedAt;
    private Instant completedAt;
    private Instant cancelledAt;
    private String cancelledBy;
    private Instant createdAt;
    @Version
    private long version;

    protected Visit() {
    }

    /** A new booking; {@code buffer} is the rest the clinician keeps after it, which no other visit may take. */
    public Visit(UUID patientId, UUID clinicianId, VisitType visitType, Instant startsAt, Instant endsAt,
            Duration buffer, String bookedState, Instant now) {
        this.id = UUID.randomUUID();
        this.patientId = patientId;
        this.clinicianId = clinicianId;
        this.visitType = visitType;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.blocksUntil = endsAt.plus(buffer);
        this.status = VisitStatus.BOOKED;
        this.bookedState = bookedState;
        this.createdAt = now;
    }

    /** The patient confirms where they are now; that state decides licensure and the PDMP for this visit. */
    public void checkIn(String patientState, Instant now) {
        status = status.moveTo(VisitStatus.CHECKED_IN);
        stateAtVisit = patientState;
        checkedInAt = now;
    }

    public void start(Instant now) {
        status = status.moveTo(VisitStatus.IN_PROGRESS);
        startedAt = now;
    }

    public void complete(Modality modality, boolean inPersonEvaluation, boolean induction, Instant now) {
        status = status.moveTo(VisitStatus.COMPLETED);
        this.modality = modality;
        this.inPersonEvaluation = inPersonEvaluation;
        this.induction = induction;
        completedAt = now;
    }

    public void cancel(String by, Instant now) {
        status = status.moveTo(VisitStatus.CANCELLED);
        cancelledBy = by;
        cancelledAt = now;
    }

    public void cancel(CancelledBy by, Instant now) {
        cancel(by.name(), now);
    }

    public void markNoShow(Instant now) {
        status = status.moveTo(VisitStatus.NO_SHOW);
        cancelledAt = now;
    }

    /** Throws unless this visit may move to the given status now, so that a request can be refused before any change. */
    public void requireMayBecome(VisitStatus target) {
        if (!status.mayMoveTo(target)) {
            throw new IllegalVisitTransitionException(status, target);
        }
    }

    /** Moves a booked visit to a new time, re-checked for the state the patient will now be in. */
    public void reschedule(Instant newStart, Duration buffer, String patientState) {
        reschedule(newStart, buffer);
        bookedState = patientState;
    }

    /** Throws unless the visit may still move to another time: only a booked visit can. */
    public void requireReschedulable() {
        if (status != VisitStatus.BOOKED) {
            throw new IllegalVisitTransitionException(status, VisitStatus.BOOKED);
        }
    }

    /** Moves a booked visit to a new time of the same length; only before check-in. */
    public void reschedule(Instant newStart, Duration buffer) {
        requireReschedulable();
        Duration length = Duration.between(startsAt, endsAt);
        startsAt = newStart;
        endsAt = newStart.plus(length);
        blocksUntil = endsAt.plus(buffer);
    }

    public UUID id() {
        return id;
    }

    public UUID patientId() {
        return patientId;
    }

    public UUID clinicianId() {
        return clinicianId;
    }

    public VisitType visitType() {
        return visitType;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public VisitStatus status() {
        return status;
    }

    public String bookedState() {
        return bookedState;
    }

    public String stateAtVisit() {
        return stateAtVisit;
    }

    public Modality modality() {
        return modality;
    }

    public boolean inPersonEvaluation() {
        return Boolean.TRUE.equals(inPersonEvaluation);
    }

    public boolean induction() {
        return Boolean.TRUE.equals(induction);
    }

    public Instant checkedInAt() {
        return checkedInAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public String cancelledBy() {
        return cancelledBy;
    }

    /** When the visit was cancelled or, for a no-show, when the no-show was recorded. */
    public Instant cancelledAt() {
        return cancelledAt;
    }

    public Instant blocksUntil() {
        return blocksUntil;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean hasPatient(UUID patient) {
        return patientId.equals(patient);
    }

    public boolean hasClinician(UUID clinician) {
        return clinicianId.equals(clinician);
    }
}
