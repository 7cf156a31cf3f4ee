package org.openmat.contracts.followup.v1;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.openmat.contracts.EventType;
import org.openmat.contracts.IntegrationEvent;
import org.openmat.contracts.Topics;

/**
 * A seven-day withdrawal check-in was opened for an induction prescription, or re-planned once the patient's own time
 * zone became known. Consumers keep the newest schedule per {@code checkInId}.
 *
 * @param clinicianId    the prescribing clinician
 * @param inductionDate  day 0: the patient's local date when the induction prescription was issued
 * @param timeZone       the IANA zone every day of the check-in is counted in
 * @param timeZoneSource {@code PATIENT} (the patient's own zone) or {@code FALLBACK} (the program's default zone, used
 *                       until intake tells followup the patient's zone)
 * @param windowClosesAt exclusive: local midnight after the last day of the window
 */
@EventType(value = "org.openmat.followup.CheckInScheduled.v1", topic = Topics.FOLLOWUP_CHECKINS)
public record CheckInScheduled(UUID eventId, Instant occurredAt, UUID checkInId, UUID patientId, UUID prescriptionId,
        UUID clinicianId, LocalDate inductionDate, String timeZone, String timeZoneSource, LocalDate dueDate,
        Instant windowOpensAt, Instant windowClosesAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return patientId.toString();
    }
}
