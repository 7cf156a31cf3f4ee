package org.openmat.contracts.followup.v1;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.openmat.contracts.EventType;
import org.openmat.contracts.IntegrationEvent;
import org.openmat.contracts.Topics;

/**
 * A check-in showed moderate or severe withdrawal, or the patient asked for help: the clinician is alerted and
 * scheduling offers an urgent visit.
 *
 * @param clinicianId the clinician to alert: the patient's panel clinician, else the prescriber
 * @param reasonCodes {@code withdrawal-moderate}, {@code withdrawal-severe}, {@code patient-asked-for-help}
 * @param band        the SOWS band of the answer that raised it
 */
@EventType(value = "org.openmat.followup.EscalationRaised.v1", topic = Topics.FOLLOWUP_CHECKINS)
public record EscalationRaised(UUID eventId, Instant occurredAt, UUID escalationId, UUID checkInId, UUID patientId,
        UUID clinicianId, List<String> reasonCodes, String band) implements IntegrationEvent {

    public EscalationRaised {
        reasonCodes = reasonCodes == null ? List.of() : List.copyOf(reasonCodes);
    }

    @Override
    public String subject() {
        return patientId.toString();
    }
}
