package org.openmat.scheduling.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmat.scheduling.availability.AvailabilityFixtures.clinician;
import static org.openmat.scheduling.clinicians.ClinicianFixtures.OPS;
import static org.openmat.scheduling.clinicians.ClinicianFixtures.dea;
import static org.openmat.scheduling.clinicians.ClinicianFixtures.licence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openmat.contracts.UsState;
import org.openmat.platform.patients.PatientReplica;
import org.openmat.scheduling.availability.domain.Slot;
import org.openmat.scheduling.availability.domain.VisitType;
import org.openmat.testsupport.TestClock;
import org.openmat.testsupport.HttpJson;
import org.openmat.testsupport.ServiceIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

@ServiceIntegrationTest
@Import(TestClock.Configuration.class)
class SlotCatalogIntegrationTests {

    /** 09:00 New York time on Monday 8 March 2027. */
    static final Instant NINE = Instant.parse("2027-03-08T14:00:00Z");

    @LocalServerPort int port;
    @Autowired SlotCatalog catalog;
    @Autowired PatientReplica replica;
    @Autowired TestClock clock;
    HttpJson http;
    UUID clinician;

    @AfterEach
    void backToTheRealTime() {
        clock.reset();
    }

    @BeforeEach
    void newYorkClinicianOnMondayMornings() {
        clock.travelTo(Instant.parse("2027-03-01T12:00:00Z"));
        http = HttpJson.localhost(port);
        clinician = clinician(http, "America/New_York", List.of(licence("NY", "2028-12-31")),
                List.of(dea("NY", true, "2028-12-31")), "MONDAY 09:00-11:00");
    }

    @Test
    void offersExactlyTheStartsThatSearchShows() {
        String patient = EnrolledPatients.enrol(replica, "NY", "America/Chicago", "ELIGIBLE");
        List<Instant> searched = new ArrayList<>();
        http.get("/api/slots?visitType=FOLLOW_UP&from=2027-03-08&to=2027-03-08", patient).body().get("slots")
                .forEach(slot -> {
                    if (slot.get("clinicianId").asString().equals(clinician.toString())) {
                        searched.add(Instant.parse(slot.get("startsAt").asString()));
                    }
                });

        assertThat(searched).hasSize(4).first().isEqualTo(NINE);
        for (Instant start : searched) {
            assertThat(catalog.offered(clinician, VisitType.FOLLOW_UP, start, UsState.NY))
                    .map(Slot::end).contains(start.plusSeconds(20 * 60));
        }
        assertThat(catalog.offered(clinician, VisitType.INDUCTION, NINE, UsState.NY)).map(Slot::end)
                .contains(NINE.plusSeconds(3600));
    }

    @Test
    void offersNothingOffTheGridOrToAPatientInAnotherState() {
        assertThat(catalog.offered(clinician, VisitType.FOLLOW_UP, NINE.plusSeconds(600), UsState.NY)).isEmpty();
        assertThat(catalog.offered(clinician, VisitType.FOLLOW_UP, NINE.minusSeconds(1800), UsState.NY)).isEmpty();
        assertThat(catalog.offered(clinician, VisitType.FOLLOW_UP, NINE, UsState.NJ)).isEmpty();
        assertThat(catalog.offered(UUID.randomUUID(), VisitType.FOLLOW_UP, NINE, UsState.NY)).isEmpty();
    }

    @Test
    void offersNothingInsideTheMinimumNoticeOrBeyondTheSearchHorizon() {
        clock.travelTo(NINE.minusSeconds(3600));
        assertThat(catalog.offered(clinician, VisitType.FOLLOW_UP, NINE, UsState.NY)).isEmpty();
        clock.travelTo(NINE.minusSeconds(3 * 3600));
        assertThat(catalog.offered(clinician, VisitType.FOLLOW_UP, NINE, UsState.NY)).isPresent();
        clock.travelTo(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(catalog.offered(clinician, VisitType.FOLLOW_UP, NINE, UsState.NY)).isEmpty();
    }

    @Test
    void offersNothingOnceTheClinicianIsDeactivated() {
        assertThat(catalog.offered(clinician, VisitType.URGENT, NINE, UsState.NY)).isPresent();

        assertThat(http.post("/api/clinicians/" + clinician + "/deactivation", OPS, "").status()).isEqualTo(200);

        assertThat(catalog.offered(clinician, VisitType.URGENT, NINE, UsState.NY)).isEmpty();
    }
}
