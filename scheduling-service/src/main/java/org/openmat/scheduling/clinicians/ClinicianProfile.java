package org.openmat.scheduling.clinicians;

import java.time.ZoneId;
import java.util.Objects;

import org.openmat.scheduling.availability.domain.Licensure;

/**
 * A clinician's profile as managed by operations, as a whole: name, NPI, time zone, caseload limit and credentials.
 *
 * @param active null keeps the clinician's current status
 */
public record ClinicianProfile(String givenName, String familyName, String npi, ZoneId timeZone, int caseloadLimit,
        Licensure licensure, Boolean active) {

    public ClinicianProfile {
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(licensure, "licensure");
    }
}
