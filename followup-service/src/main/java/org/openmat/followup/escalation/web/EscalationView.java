package org.openmat.followup.escalation.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.openmat.followup.escalation.EscalationSummary;

/** An escalation in lists: codes, band and times; the resolution note is not repeated back. */
record EscalationView(UUID id, UUID checkInId, UUID patientId, UUID clinicianId, List<String> reasonCodes,
        String band, Instant raisedAt, boolean open, Instant resolvedAt, String resolvedByRole) {

    static EscalationView of(EscalationSummary e) {
        return new EscalationView(e.id(), e.checkInId(), e.patientId(), e.clinicianId(), e.reasonCodes(), e.band(),
                e.raisedAt(), e.open(), e.resolvedAt(), e.resolvedByRole());
    }
}
