package org.openmat.scheduling.video.web;

import java.time.Instant;

import org.openmat.scheduling.video.VideoAccess;

/**
 * How to join a visit's room: connect to {@code serverUrl} with {@code token} (valid until {@code expiresAt}) and
 * enter {@code roomName}. {@code modalityHint} is what the visit is planned as; audio-only is allowed.
 */
record VideoAccessResponse(String serverUrl, String roomName, String token, Instant expiresAt, Instant windowOpensAt,
        Instant windowClosesAt, String modalityHint, boolean audioOnlyAllowed) {

    static VideoAccessResponse of(VideoAccess access) {
        return new VideoAccessResponse(access.pass().serverUrl(), access.pass().roomName(), access.pass().token(),
                access.pass().expiresAt(), access.window().opensAt(), access.window().closesAt(),
                access.modalityHint().name(), access.audioOnlyAllowed());
    }
}
