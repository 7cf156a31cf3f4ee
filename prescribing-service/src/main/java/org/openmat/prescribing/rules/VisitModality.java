package org.openmat.prescribing.rules;

/** How a telemedicine visit was held; audio-only is a valid modality for OUD treatment. */
public enum VisitModality {
    VIDEO,
    AUDIO_ONLY
}
