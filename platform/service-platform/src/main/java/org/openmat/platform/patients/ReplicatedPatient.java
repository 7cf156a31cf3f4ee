package org.openmat.platform.patients;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * What a service knows of a patient from intake's events: codes only, no names or contact details; {@code subject} is
 * their Keycloak subject (null for patients enrolled before it was published).
 */
public record ReplicatedPatient(UUID patientId, String subject, String currentState, ZoneId timeZone, String preferredPharmacyId,
        String eligibility, List<String> flagCodes, Instant enrolledAt, Instant asOf) {

    /** Eligible, with or without flags for the clinician to review. */
    public boolean eligible() {
        return "ELIGIBLE".equals(eligibility) || "ELIGIBLE_WITH_FLAGS".equals(eligibility);
    }
}
