package org.openmat.contracts.scheduling.v1;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.openmat.contracts.EventType;
import org.openmat.contracts.IntegrationEvent;
import org.openmat.contracts.Topics;

/**
 * A clinician's credentials as they are now (full snapshot): prescribing checks licensure and DEA registration in the
 * patient's state against it. Keyed by clinician id.
 */
@EventType(value = "org.openmat.scheduling.ClinicianProfileChanged.v1", topic = Topics.SCHEDULING_CLINICIANS)
public record ClinicianProfileChanged(UUID eventId, Instant occurredAt, UUID clinicianId, String clinicianSubject,
        String npi, String timeZone, boolean active, List<StateLicence> licences,
        List<DeaRegistration> deaRegistrations) implements IntegrationEvent {

    /** A state licence to practise, valid through its expiry date. */
    public record StateLicence(String state, String number, LocalDate expiresOn) {
    }

    /** A DEA registration in one state; {@code scheduleIII} says whether it covers Schedule III (buprenorphine). */
    public record DeaRegistration(String state, String number, boolean scheduleIII, LocalDate expiresOn) {
    }

    public ClinicianProfileChanged {
        licences = licences == null ? List.of() : List.copyOf(licences);
        deaRegistrations = deaRegistrations == null ? List.of() : List.copyOf(deaRegistrations);
    }

    @Override
    public String subject() {
        return clinicianId.toString();
    }
}
