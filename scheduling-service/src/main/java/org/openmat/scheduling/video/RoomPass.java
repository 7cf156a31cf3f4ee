package org.openmat.scheduling.video;

import java.time.Instant;

/** What a video client needs to join a room: where the server is, which room, and the signed token. */
public record RoomPass(String serverUrl, String roomName, String token, Instant expiresAt) {
}
