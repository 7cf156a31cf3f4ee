package org.openmat.scheduling.clinicians;

import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;

import org.openmat.contracts.scheduling.v1.ClinicianProfileChanged;
import org.openmat.contracts.scheduling.v1.ClinicianProfileChanged.DeaRegistration;
import org.openmat.contracts.scheduling.v1.ClinicianProfileChanged.StateLicence;

/** The full snapshot that other services (prescribing) keep of a clinician's credentials. */
final class ClinicianEvents {

    private ClinicianEvents() {
    }

    static ClinicianProfileChanged profileChanged(Clinician clinician, Instant now) {
        return new ClinicianProfileChanged(UUID.randomUUID(), now, clinician.id(), clinician.subject(), clinician.npi(),
                clinician.timeZone().getId(), clinician.active(),
                clinician.licences().stream()
                        .map(l -> new StateLicence(l.state(), l.number(), l.expiresOn()))
                        .sorted(Comparator.comparing(StateLicence::state).thenComparing(StateLicence::expiresOn))
                        .toList(),
                clinician.deaRegistrations().stream()
                        .map(d -> new DeaRegistration(d.state(), d.number(), d.scheduleIii(), d.expiresOn()))
                        .sorted(Comparator.comparing(DeaRegistration::state).thenComparing(DeaRegistration::expiresOn))
                        .toList());
    }
}
