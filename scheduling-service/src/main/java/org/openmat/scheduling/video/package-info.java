/**
 * Video rooms for visits. {@link org.openmat.scheduling.video.VideoRooms} hides the video server: LiveKit is the
 * default ({@code openmat.video.server-url}, {@code api-key}, {@code api-secret}); another server (e.g. Jitsi with its
 * JWTs) is one more implementation, enabled with {@code openmat.video.provider=<name>}, which switches LiveKit off.
 */
package org.openmat.scheduling.video;
