package org.openmat.intake.screening;

import java.util.UUID;

import org.openmat.intake.screening.domain.ScreeningResponse;

/**
 * One stored screening submission of a patient.
 *
 * @param submission 1 for a patient's first submission, counting up with every resubmission; the highest is current
 */
public record StoredScreening(UUID id, UUID patientId, int submission, ScreeningResponse response) {
}
