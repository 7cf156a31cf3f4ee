package org.openmat.scheduling.visits.web;

import jakarta.validation.constraints.NotNull;
import org.openmat.platform.validation.UsStateCode;
import org.openmat.scheduling.visits.domain.Modality;

/** Request bodies of the visit day. */
final class VisitRequests {

    private VisitRequests() {
    }

    /** @param currentState the state the patient is in right now, for this visit */
    record CheckIn(@NotNull @UsStateCode String currentState) {
    }

    record Completion(@NotNull Modality modality, @NotNull Boolean inPersonEvaluation, @NotNull Boolean induction) {
    }
}
