package org.openmat.prescribing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openmat.contracts.UsState;
import org.openmat.contracts.intake.v1.ConsentGranted;
import org.openmat.contracts.intake.v1.ConsentRevoked;
import org.openmat.contracts.scheduling.v1.ClinicianProfileChanged;
import org.openmat.contracts.scheduling.v1.PanelAssignmentChanged;
import org.openmat.prescribing.clinicians.ClinicianCredentials;
import org.openmat.prescribing.consents.ConsentReplica;
import org.openmat.testsupport.TestClock;
import org.openmat.prescribing.support.PrescribingFixture;
import org.openmat.prescribing.support.PrescribingIntegrationTest;
import org.openmat.prescribing.support.ReplicaEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The replicas fed by other services' events keep the newest state however events repeat or arrive out of order. */
@PrescribingIntegrationTest
class ReplicaIntegrationTests {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    @Autowired ClinicianCredentials clinicians;
    @Autowired ConsentReplica consents;

    @Test
    void anOlderClinicianSnapshotArrivingLateDoesNotReplaceTheNewerCredentials() {
        UUID clinician = UUID.randomUUID();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LocalDate expires = LocalDate.of(2030, 1, 1);
        ReplicaEvents events = new ReplicaEvents(jdbc);
        ClinicianProfileChanged newer = profile(clinician, now, "NY", expires);
        events.publish(newer);
        events.publish(profile(clinician, now.minusSeconds(60), "NJ", expires));
        events.publish(newer);
        events.awaitProcessed();

        var known = clinicians.find(clinician).orElseThrow();
        assertThat(known.credentials().licences()).extracting(l -> l.state()).containsExactly(UsState.NY);
        assertThat(known.deaNumberFor(UsState.NY, LocalDate.of(2029, 12, 31))).contains(PrescribingFixture.DEA);
        assertThat(known.deaNumberFor(UsState.NY, LocalDate.of(2030, 1, 2))).isEmpty();
    }

    @Test
    void aPatientRemovedFromThePanelIsNoLongerTheClinicians() {
        PrescribingFixture world = new PrescribingFixture(port, jdbc, clock);
        world.readyToPrescribe("NY");
        assertThat(world.http.get("/api/patients/" + world.patientId + "/prescriptions", world.clinicianToken())
                .status()).isEqualTo(200);

        world.events.publish(new PanelAssignmentChanged(UUID.randomUUID(), world.now().plusSeconds(1),
                world.patientId, null, null, world.clinicianId, world.clinicianSubject, "REMOVED"));
        world.events.publish(new PanelAssignmentChanged(UUID.randomUUID(), world.now().minusSeconds(3600),
                world.patientId, world.clinicianId, world.clinicianSubject, null, null, "BOOKED_INDUCTION"));
        world.events.awaitProcessed();

        assertThat(world.http.get("/api/patients/" + world.patientId + "/prescriptions", world.clinicianToken())
                .status()).isEqualTo(404);
    }

    @Test
    void aRevocationArrivingBeforeItsGrantIsStillHonoured() {
        UUID patient = UUID.randomUUID();
        UUID consent = UUID.randomUUID();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ReplicaEvents events = new ReplicaEvents(jdbc);
        events.publish(new ConsentRevoked(UUID.randomUUID(), now, patient, consent, now, List.of(), List.of()));
        events.publish(new ConsentGranted(UUID.randomUUID(), now.minusSeconds(60), patient, consent,
                now.minusSeconds(60), List.of("PARTNER_PHARMACIES"), List.of(), List.of("PRESCRIPTIONS_AND_MEDICATIONS"),
                List.of("TREATMENT"), null, null, "America/New_York", "v1"));
        events.awaitProcessed();

        assertThat(consents.ofPatient(patient)).singleElement().satisfies(c -> {
            assertThat(c.revokedBy(now)).isTrue();
            assertThat(c.covers("pharm-a")).isTrue();
        });
    }

    private static ClinicianProfileChanged profile(UUID clinician, Instant at, String state, LocalDate expires) {
        return new ClinicianProfileChanged(UUID.randomUUID(), at, clinician, "clinician-" + clinician,
                PrescribingFixture.NPI, "America/New_York", true,
                List.of(new ClinicianProfileChanged.StateLicence(state, state + "-1", expires)),
                List.of(new ClinicianProfileChanged.DeaRegistration(state, PrescribingFixture.DEA, true, expires)));
    }
}
