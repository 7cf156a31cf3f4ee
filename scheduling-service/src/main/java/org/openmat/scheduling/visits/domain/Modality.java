package org.openmat.scheduling.visits.domain;

/** How the visit took place; audio-only is a valid modality for OUD treatment and is recorded as such. */
public enum Modality {
    VIDEO, AUDIO_ONLY
}
