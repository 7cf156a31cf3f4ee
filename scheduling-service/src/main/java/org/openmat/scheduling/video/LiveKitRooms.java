package org.openmat.scheduling.video;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import io.livekit.server.AccessToken;
import io.livekit.server.RoomJoin;
import io.livekit.server.RoomName;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** LiveKit access tokens: an HS256 JWT with the participant as subject and a join grant for one room. */
@Component
@ConditionalOnProperty(name = "openmat.video.provider", havingValue = "livekit", matchIfMissing = true)
class LiveKitRooms implements VideoRooms {

    private final VideoProperties properties;

    LiveKitRooms(VideoProperties properties) {
        this.properties = properties;
    }

    @Override
    public String roomOf(UUID visitId) {
        return "visit-" + visitId;
    }

    @Override
    public RoomPass admit(String roomName, String identity, Instant notBefore, Instant expiresAt) {
        AccessToken token = new AccessToken(properties.apiKey(), properties.apiSecret());
        token.setIdentity(identity);
        token.setNotBefore(Date.from(notBefore));
        token.setExpiration(Date.from(expiresAt));
        token.addGrants(new RoomJoin(true), new RoomName(roomName));
        return new RoomPass(properties.serverUrl(), roomName, token.toJwt(), expiresAt);
    }
}
