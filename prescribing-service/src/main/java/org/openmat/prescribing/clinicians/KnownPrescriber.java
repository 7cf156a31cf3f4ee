package org.openmat.prescribing.clinicians;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.openmat.contracts.UsState;
import org.openmat.prescribing.catalogue.DeaSchedule;
import org.openmat.prescribing.rules.DeaRegistration;
import org.openmat.prescribing.rules.PrescriberCredentials;

/** A clinician's prescribing credentials as scheduling last announced them. */
public record KnownPrescriber(UUID clinicianId, String npi, boolean active, PrescriberCredentials credentials) {

    /** The DEA registration number to put on a Schedule III order for a patient in this state on this date. */
    public Optional<String> deaNumberFor(UsState state, LocalDate on) {
        return credentials.deaRegistrations().stream()
                .filter(registration -> registration.state() == state && registration.validOn(on)
                        && registration.authorises(DeaSchedule.III))
                .map(DeaRegistration::registrationNumber)
                .findFirst();
    }
}
