package org.openmat.scheduling.video.web;

import java.util.UUID;

import org.openmat.platform.security.Caller;
import org.openmat.scheduling.video.VideoAccessGrants;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A visit's patient or clinician asks to join its video room; anyone else's visit answers 404. */
@RestController
@PreAuthorize("hasAnyRole('patient', 'clinician')")
class VideoAccessController {

    private final VideoAccessGrants grants;

    VideoAccessController(VideoAccessGrants grants) {
        this.grants = grants;
    }

    @GetMapping("/api/visits/{visitId}/video-access")
    ResponseEntity<VideoAccessResponse> videoAccess(@PathVariable UUID visitId, Authentication caller) {
        // A token is a credential: no cache may keep it.
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(VideoAccessResponse.of(grants.admit(visitId, Caller.of(caller))));
    }
}
