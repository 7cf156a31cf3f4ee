package org.openmat.scheduling.video;

import java.time.Instant;
import java.util.UUID;

/**
 * A video server that admits participants to rooms with signed, time-limited credentials (LiveKit by default; a Jitsi
 * implementation could replace it).
 */
public interface VideoRooms {

    /** The room of a visit; a visit always gets the same room. */
    String roomOf(UUID visitId);

    /** A credential for one participant to join one room, valid from {@code notBefore} until {@code expiresAt}. */
    RoomPass admit(String roomName, String identity, Instant notBefore, Instant expiresAt);
}
