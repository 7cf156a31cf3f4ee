package org.openmat.intake.registration;

import java.time.Instant;
import java.util.List;

/** One entry of a patient's change history: when, by whom (Keycloak subject), what kind, and the field changes. */
public record HistoryEntry(Instant at, String changedBy, String kind, List<FieldChange> changes) {
}
