package org.openmat.scheduling.clinicians.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.openmat.scheduling.clinicians.Clinician;

/** A clinician's profile as operations and the clinician see it. */
record ClinicianView(UUID id, String subject, Name name, String displayName, String npi, String timeZone,
        int caseloadLimit, boolean active, List<Licence> licences, List<Dea> deaRegistrations, Instant createdAt,
        Instant updatedAt) {

    record Name(String given, String family) {
    }

    record Licence(String state, String number, LocalDate expiresOn) {
    }

    record Dea(String state, String number, boolean scheduleIII, LocalDate expiresOn) {
    }

    static ClinicianView of(Clinician c) {
        return new ClinicianView(c.id(), c.subject(), new Name(c.givenName(), c.familyName()), c.displayName(), c.npi(),
                c.timeZone().getId(), c.caseloadLimit(), c.active(),
                c.licences().stream().map(l -> new Licence(l.state(), l.number(), l.expiresOn()))
                        .sorted(Comparator.comparing(Licence::state).thenComparing(Licence::expiresOn)).toList(),
                c.deaRegistrations().stream().map(d -> new Dea(d.state(), d.number(), d.scheduleIii(), d.expiresOn()))
                        .sorted(Comparator.comparing(Dea::state).thenComparing(Dea::expiresOn)).toList(),
                c.createdAt(), c.updatedAt());
    }
}
