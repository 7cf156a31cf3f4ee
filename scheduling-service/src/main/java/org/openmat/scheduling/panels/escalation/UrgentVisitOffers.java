package org.openmat.scheduling.panels.escalation;

import java.time.Instant;
import java.util.UUID;

/**
 * Where followup's escalations land in scheduling: {@code EscalationRaised} offers the patient an urgent visit,
 * {@code EscalationResolved} is noted on the offer. Call both in the consumer's transaction.
 */
public interface UrgentVisitOffers {

    /**
     * Offers the patient an urgent visit for the escalation, once per {@code escalationId} however often it arrives.
     *
     * @param alertedClinicianId the clinician followup alerted; the patient's own when they are on no panel
     */
    void offerFor(UUID escalationId, UUID patientId, UUID alertedClinicianId, Instant raisedAt);

    /** Notes that the escalation was resolved; the patient's offer stays open, since a visit may still help. */
    void escalationResolved(UUID escalationId, Instant resolvedAt);
}
