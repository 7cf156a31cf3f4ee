package org.openmat.scheduling.video;

import org.openmat.scheduling.video.domain.JoinWindow;
import org.openmat.scheduling.visits.domain.Modality;

/**
 * A participant's admission to a visit's room. Video is the suggested modality; audio-only is a valid modality for OUD
 * treatment, so the client may join without a camera and the clinician records what actually happened.
 */
public record VideoAccess(RoomPass pass, JoinWindow window, Modality modalityHint, boolean audioOnlyAllowed) {
}
