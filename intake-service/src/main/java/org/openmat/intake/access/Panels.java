package org.openmat.intake.access;

import org.openmat.contracts.scheduling.v1.PanelAssignmentChanged;
import org.springframework.stereotype.Service;

/** Applies scheduling's panel assignments; the newest assignment of a patient wins, whatever order events arrive in. */
@Service
public class Panels {

    private final PanelMemberships memberships;

    Panels(PanelMemberships memberships) {
        this.memberships = memberships;
    }

    public void apply(PanelAssignmentChanged event) {
        var current = memberships.findById(event.patientId());
        if (current.isPresent() && current.get().assignedAt().isAfter(event.occurredAt())) {
            return;
        }
        if (event.clinicianId() == null) {
            current.ifPresent(memberships::delete);
            return;
        }
        memberships.save(new PanelMembership(event.patientId(), event.clinicianId(), event.clinicianSubject(),
                event.occurredAt()));
    }
}
