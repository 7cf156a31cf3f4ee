package org.openmat.prescribing.rules;

import java.time.Instant;
import java.util.Objects;
import org.openmat.contracts.UsState;

/**
 * The visit a prescription belongs to, with the state the patient was in during it.
 *
 * @param inPersonEvaluation true when this visit included an in-person medical evaluation
 */
public record Encounter(
        String visitId,
        String patientId,
        String clinicianId,
        EncounterStatus status,
        UsState patientState,
        Instant completedAt,
        VisitModality modality,
        boolean inPersonEvaluation) {

    public Encounter {
        Objects.requireNonNull(visitId, "visitId");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(clinicianId, "clinicianId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(patientState, "patientState");
        Objects.requireNonNull(modality, "modality");
        if (status == EncounterStatus.COMPLETED && completedAt == null) {
            throw new IllegalArgumentException("a completed visit needs its completion time");
        }
    }
}
