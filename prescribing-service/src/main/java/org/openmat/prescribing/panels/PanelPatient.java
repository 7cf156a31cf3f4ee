package org.openmat.prescribing.panels;

import java.util.UUID;

/** A patient on the calling clinician's panel, with the clinician's id as scheduling knows it. */
public record PanelPatient(UUID patientId, UUID clinicianId, String clinicianSubject) {
}
