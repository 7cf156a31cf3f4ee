package org.openmat.prescribing.rules;

import java.util.List;

/** The prescriber's state licences and DEA registrations as known when prescribing. */
public record PrescriberCredentials(List<StateLicence> licences, List<DeaRegistration> deaRegistrations) {

    public PrescriberCredentials {
        licences = List.copyOf(licences);
        deaRegistrations = List.copyOf(deaRegistrations);
    }
}
