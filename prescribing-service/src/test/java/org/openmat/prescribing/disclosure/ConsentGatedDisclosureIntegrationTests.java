package org.openmat.prescribing.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openmat.contracts.prescribing.v1.PharmacyDisclosureRecorded;
import org.openmat.contracts.prescribing.v1.PharmacyDisclosureWithheld;
import org.openmat.contracts.prescribing.v1.PrescriptionIssued;
import org.openmat.prescribing.support.EventProbe;
import org.openmat.testsupport.TestClock;
import org.openmat.prescribing.support.PrescribingFixture;
import org.openmat.prescribing.support.PrescribingIntegrationTest;
import org.openmat.testsupport.HttpJson.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** 42 CFR Part 2: nothing reaches a pharmacy without a consent in force that covers it. */
@PrescribingIntegrationTest
class ConsentGatedDisclosureIntegrationTests {

    private static final Duration NOTHING_ARRIVES = Duration.ofSeconds(3);

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    PrescribingFixture world;

    @BeforeEach
    void partnerWithItsOwnTopic() {
        world = new PrescribingFixture(port, jdbc, clock);
        world.partnerRegistered(true, null, null);
    }

    @Test
    void withoutAConsentThePrescriptionIsRecordedButNotSentAndEveryoneIsToldWhy() {
        UUID visit = world.readyToPrescribe("NY");

        Response issued = world.issue(world.maintenance(visit));

        assertThat(issued.status()).as(issued.raw()).isEqualTo(201);
        assertThat(issued.body().at("/disclosure/status").asString()).isEqualTo("WITHHELD");
        assertThat(issued.body().at("/disclosure/reasonCode").asString()).isEqualTo("NO_CONSENT_COVERING_PHARMACY");
        assertWithheldAndNothingSent("NO_CONSENT_COVERING_PHARMACY");
        Response mine = world.http.get("/api/patients/me/prescriptions", world.patientToken());
        assertThat(mine.body().at("/0/notSentReason").asString()).isEqualTo("NO_CONSENT_COVERING_PHARMACY");
    }

    @Test
    void afterTheConsentIsRevokedNothingMoreIsSent() {
        UUID consent = world.consentedToPharmacies();
        world.revoked(consent);
        UUID visit = world.readyToPrescribe("NY");

        Response issued = world.issue(world.maintenance(visit));

        assertThat(issued.status()).as(issued.raw()).isEqualTo(201);
        assertWithheldAndNothingSent("CONSENT_REVOKED");
    }

    @Test
    void anExpiredConsentCoversNothing() {
        LocalDate yesterday = LocalDate.now(ZoneId.of("America/New_York")).minusDays(1);
        world.consented(List.of("TREATING_PROVIDERS_AND_PARTNER_PHARMACIES"), List.of(), yesterday);
        UUID visit = world.readyToPrescribe("NY");

        assertThat(world.issue(world.maintenance(visit)).status()).isEqualTo(201);
        assertWithheldAndNothingSent("CONSENT_EXPIRED");
    }

    @Test
    void aConsentNamingAnotherPharmacyDoesNotCoverThisOne() {
        world.consented(List.of("TREATING_PROVIDERS"), List.of("some-other-pharmacy"), null);
        UUID visit = world.readyToPrescribe("NY");

        assertThat(world.issue(world.maintenance(visit)).status()).isEqualTo(201);
        assertWithheldAndNothingSent("NO_CONSENT_COVERING_PHARMACY");
    }

    @Test
    void aConsentNamingThisPharmacyCoversIt() {
        world.consented(List.of("TREATING_PROVIDERS"), List.of(world.partnerId), null);
        UUID visit = world.readyToPrescribe("NY");

        assertThat(world.issue(world.maintenance(visit)).status()).isEqualTo(201);
        assertThat(EventProbe.partnerTopic(world.partnerId, world.patientId, 1, Duration.ofSeconds(30))).hasSize(1);
        assertThat(EventProbe.published(world.patientId, PharmacyDisclosureRecorded.class, 1)).hasSize(1);
    }

    private void assertWithheldAndNothingSent(String reason) {
        assertThat(EventProbe.published(world.patientId, PrescriptionIssued.class, 1)).hasSize(1);
        List<PharmacyDisclosureWithheld> withheld =
                EventProbe.published(world.patientId, PharmacyDisclosureWithheld.class, 1);
        assertThat(withheld).hasSize(1);
        assertThat(withheld.get(0).reasonCode()).isEqualTo(reason);
        assertThat(withheld.get(0).pharmacyId()).isEqualTo(world.partnerId);
        assertThat(withheld.get(0).clinicianId()).isEqualTo(world.clinicianId);
        assertThat(EventProbe.partnerTopic(world.partnerId, world.patientId, 1, NOTHING_ARRIVES)).isEmpty();
        assertThat(EventProbe.published(world.patientId, PharmacyDisclosureRecorded.class, 1, NOTHING_ARRIVES))
                .isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM disclosure WHERE patient_id = ?", Long.class,
                world.patientId)).isZero();
    }
}
