package org.openmat.scheduling.panels;

import java.util.UUID;

/** Panel rules that booking must respect: a clinician's caseload limit. */
public interface PanelPolicy {

    /**
     * Throws a 409 problem when the patient is not yet on the clinician's panel and the panel is at its caseload
     * limit; called in the booking transaction of an induction visit.
     */
    void requireRoomFor(UUID patientId, UUID clinicianId);
}
