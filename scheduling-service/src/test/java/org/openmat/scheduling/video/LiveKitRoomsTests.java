package org.openmat.scheduling.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

class LiveKitRoomsTests {

    private static final String SECRET = "a-test-secret-of-at-least-thirty-two-bytes";
    private final LiveKitRooms rooms = new LiveKitRooms(new VideoProperties("wss://video.test", "test-key", SECRET));

    @Test
    void givesEachVisitItsOwnStableRoom() {
        UUID visit = UUID.randomUUID();
        assertThat(rooms.roomOf(visit)).isEqualTo(rooms.roomOf(visit)).isNotEqualTo(rooms.roomOf(UUID.randomUUID()));
    }

    @Test
    void signsAnHs256TokenThatAdmitsOneIdentityToOneRoomUntilTheGivenInstant() throws Exception {
        Instant notBefore = Instant.parse("2026-03-09T13:45:00Z");
        Instant expiresAt = Instant.parse("2026-03-09T15:30:00Z");

        RoomPass pass = rooms.admit("visit-1", "patient-1", notBefore, expiresAt);

        SignedJWT jwt = SignedJWT.parse(pass.token());
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
        assertThat(jwt.verify(new MACVerifier(SECRET.getBytes(StandardCharsets.UTF_8)))).isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("test-key");
        assertThat(claims.getSubject()).isEqualTo("patient-1");
        assertThat(claims.getNotBeforeTime().toInstant()).isEqualTo(notBefore);
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(expiresAt);
        assertThat(claims.getJSONObjectClaim("video")).isEqualTo(Map.of("roomJoin", true, "room", "visit-1"));
        assertThat(pass.serverUrl()).isEqualTo("wss://video.test");
        assertThat(pass.expiresAt()).isEqualTo(expiresAt);
    }

    @Test
    void aTokenSignedWithAnotherSecretDoesNotVerify() throws Exception {
        RoomPass pass = rooms.admit("visit-1", "patient-1", Instant.now(), Instant.now().plusSeconds(60));

        assertThat(SignedJWT.parse(pass.token())
                .verify(new MACVerifier("another-secret-of-at-least-thirty-two-bytes".getBytes(StandardCharsets.UTF_8))))
                .isFalse();
    }
}
