package org.openmat.scheduling.visits;

import java.time.Instant;
import java.util.UUID;

import org.openmat.contracts.IntegrationEvent;
import org.openmat.contracts.scheduling.v1.VisitBooked;
import org.openmat.contracts.scheduling.v1.VisitCancelled;
import org.openmat.contracts.scheduling.v1.VisitCompleted;
import org.openmat.contracts.scheduling.v1.VisitNoShow;
import org.openmat.contracts.scheduling.v1.VisitRescheduled;
import org.openmat.platform.outbox.Outbox;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Announces a visit's changes in the transaction that made them: to other services through the outbox, and to
 * panels and reminders in this service as the same record, synchronously, so that their effects commit or roll back
 * with the change.
 */
@Component
public class VisitEvents {

    private final Outbox outbox;
    private final ApplicationEventPublisher publisher;

    VisitEvents(Outbox outbox, ApplicationEventPublisher publisher) {
        this.outbox = outbox;
        this.publisher = publisher;
    }

    public void booked(Visit visit, String clinicianSubject) {
        publish(new VisitBooked(UUID.randomUUID(), visit.createdAt(), visit.id(), visit.patientId(),
                visit.clinicianId(), clinicianSubject, visit.visitType().name(), visit.startsAt(), visit.endsAt(),
                visit.bookedState()));
    }

    public void rescheduled(Visit visit, Instant previousStartsAt, Instant now) {
        publish(new VisitRescheduled(UUID.randomUUID(), now, visit.id(), visit.patientId(), visit.clinicianId(),
                previousStartsAt, visit.startsAt(), visit.endsAt()));
    }

    public void cancelled(Visit visit) {
        publish(new VisitCancelled(UUID.randomUUID(), visit.cancelledAt(), visit.id(), visit.patientId(),
                visit.clinicianId(), visit.startsAt(), visit.cancelledBy()));
    }

    public void completed(Visit visit, String clinicianSubject) {
        publish(new VisitCompleted(UUID.randomUUID(), visit.completedAt(), visit.id(), visit.patientId(),
                visit.clinicianId(), clinicianSubject, visit.visitType().name(), visit.stateAtVisit(),
                visit.modality().name(), visit.inPersonEvaluation(), visit.induction(), visit.startedAt(),
                visit.completedAt()));
    }

    public void noShow(Visit visit) {
        publish(new VisitNoShow(UUID.randomUUID(), visit.cancelledAt(), visit.id(), visit.patientId(),
                visit.clinicianId(), visit.startsAt()));
    }

    private void publish(IntegrationEvent event) {
        outbox.publish(event);
        publisher.publishEvent(event);
    }
}
