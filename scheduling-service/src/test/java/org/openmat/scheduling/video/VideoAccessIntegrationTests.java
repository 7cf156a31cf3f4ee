package org.openmat.scheduling.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openmat.scheduling.availability.domain.VisitType;
import org.openmat.scheduling.clinicians.Clinician;
import org.openmat.scheduling.panels.SchedulingFixtures;
import org.openmat.scheduling.panels.SchedulingFixtures.TestPatient;
import org.openmat.scheduling.visits.Visit;
import org.openmat.testsupport.HttpJson;
import org.openmat.testsupport.ServiceIntegrationTest;
import org.openmat.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

@ServiceIntegrationTest
@TestPropertySource(properties = {
        "openmat.video.server-url=wss://video.openmat.test",
        "openmat.video.api-key=test-key",
        "openmat.video.api-secret=" + VideoAccessIntegrationTests.SECRET})
class VideoAccessIntegrationTests {

    static final String SECRET = "integration-test-secret-of-at-least-32-bytes";

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    SchedulingFixtures fixtures;
    HttpJson http;
    TestPatient patient;
    Clinician clinician;

    @BeforeEach
    void aPatientAndAClinician() {
        fixtures = SchedulingFixtures.of(context);
        http = HttpJson.localhost(port);
        patient = fixtures.enrol("NY");
        clinician = fixtures.clinician(10, "NY");
    }

    @Test
    void admitsTheVisitsPatientWithATokenForItsRoomThatExpiresWhenTheJoinWindowCloses() throws Exception {
        Visit visit = fixtures.book(patient.patientId(), clinician, VisitType.FOLLOW_UP, soon(5));

        HttpJson.Response response = http.get(accessPath(visit), patient.token());

        assertThat(response.status()).isEqualTo(200);
        Instant windowEnd = visit.endsAt().plus(Duration.ofMinutes(30));
        assertThat(response.body().get("serverUrl").asString()).isEqualTo("wss://video.openmat.test");
        assertThat(response.body().get("roomName").asString()).isEqualTo("visit-" + visit.id());
        assertThat(Instant.parse(response.body().get("expiresAt").asString())).isEqualTo(windowEnd);
        assertThat(response.body().get("modalityHint").asString()).isEqualTo("VIDEO");
        assertThat(response.body().get("audioOnlyAllowed").asBoolean()).isTrue();
        JWTClaimsSet claims = verified(response.body().get("token").asString());
        assertThat(claims.getSubject()).isEqualTo("patient-" + patient.patientId());
        assertThat(claims.getIssuer()).isEqualTo("test-key");
        assertThat(claims.getJSONObjectClaim("video")).isEqualTo(Map.of("roomJoin", true, "room", "visit-" + visit.id()));
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(windowEnd);
        assertThat(claims.getNotBeforeTime().toInstant()).isEqualTo(visit.startsAt().minus(Duration.ofMinutes(15)));
    }

    @Test
    void admitsTheVisitsClinicianToTheSameRoomUnderTheirOwnIdentity() throws Exception {
        Visit visit = fixtures.book(patient.patientId(), clinician, VisitType.FOLLOW_UP, soon(-10));

        HttpJson.Response response = http.get(accessPath(visit), TestTokens.issue(clinician.subject(), "clinician"));

        assertThat(response.status()).isEqualTo(200);
        JWTClaimsSet claims = verified(response.body().get("token").asString());
        assertThat(claims.getSubject()).isEqualTo("clinician-" + clinician.id());
        assertThat(claims.getJSONObjectClaim("video")).containsEntry("room", "visit-" + visit.id());
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(visit.endsAt().plus(Duration.ofMinutes(30)));
    }

    @Test
    void refusesBeforeTheJoinWindowOpensAndAfterItCloses() {
        Visit tooEarly = fixtures.book(patient.patientId(), clinician, VisitType.FOLLOW_UP, soon(20));
        Visit over = fixtures.book(patient.patientId(), clinician, VisitType.FOLLOW_UP, soon(-60));

        for (Visit visit : new Visit[] {tooEarly, over}) {
            HttpJson.Response response = http.get(accessPath(visit), patient.token());
            assertThat(response.status()).isEqualTo(409);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.body().get("type").asString())
                    .isEqualTo("https://openmat.org/problems/outside-join-window");
            assertThat(response.raw()).doesNotContain("token\"");
        }
    }

    @Test
    void anyoneButTheVisitsPatientAndClinicianLearnsNothing() {
        Visit visit = fixtures.book(patient.patientId(), clinician, VisitType.FOLLOW_UP, soon(5));
        TestPatient another = fixtures.enrol("NY");
        Clinician colleague = fixtures.clinician(10, "NY");

        assertThat(http.get(accessPath(visit), another.token()).status()).isEqualTo(404);
        assertThat(http.get(accessPath(visit), TestTokens.issue(colleague.subject(), "clinician")).status())
                .isEqualTo(404);
        assertThat(http.get(accessPath(visit), TestTokens.issue(patient.subject(), "clinician")).status())
                .isEqualTo(404);
        assertThat(http.get("/api/visits/" + UUID.randomUUID() + "/video-access", patient.token()).status())
                .isEqualTo(404);
        assertThat(http.get(accessPath(visit), TestTokens.issue("ops-" + UUID.randomUUID(), "ops")).status())
                .isEqualTo(403);
    }

    @Test
    void aCancelledVisitHasNoRoomToJoin() {
        Visit visit = fixtures.cancel(fixtures.book(patient.patientId(), clinician, VisitType.FOLLOW_UP, soon(5)));

        HttpJson.Response response = http.get(accessPath(visit), patient.token());

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.body().get("type").asString()).isEqualTo("https://openmat.org/problems/visit-not-joinable");
    }

    private static Instant soon(int minutes) {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofMinutes(minutes));
    }

    private static String accessPath(Visit visit) {
        return "/api/visits/" + visit.id() + "/video-access";
    }

    private static JWTClaimsSet verified(String token) throws Exception {
        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.verify(new MACVerifier(SECRET.getBytes(StandardCharsets.UTF_8)))).isTrue();
        return jwt.getJWTClaimsSet();
    }
}
