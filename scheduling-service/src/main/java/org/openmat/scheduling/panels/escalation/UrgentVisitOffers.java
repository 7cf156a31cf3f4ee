package org.openmat.scheduling.panels.escalation;

import java.time.Instant;
import java.util.UUID;

/**
 * Where followup's {@code EscalationRaised} lands in scheduling, once followup publishes it: the patient is offered an
 * urgent visit, with the clinician whose panel they are on ({@code PanelAssignments.of(patientId)}) when that
 * clinician has an urgent slot soon enough. Deliberately without an implementation until the contract exists; see
 * package-info for the wiring.
 */
public interface UrgentVisitOffers {

    /** Offers the patient an urgent visit for the escalation; must be idempotent per {@code escalationId}. */
    void offerFor(UUID patientId, UUID escalationId, Instant raisedAt);
}
