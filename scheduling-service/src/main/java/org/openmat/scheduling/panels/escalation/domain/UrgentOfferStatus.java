package org.openmat.scheduling.panels.escalation.domain;

import java.time.Instant;

/** Where an urgent visit offer stands; declared in the order readers see offers, those needing action first. */
public enum UrgentOfferStatus {
    /** A slot is proposed and the patient may accept it. */
    OPEN,
    /** No licensed clinician had a slot in the window (or the patient cannot book): the care team must call. */
    NO_SLOT,
    /** The patient booked the proposed slot. */
    ACCEPTED,
    /** The urgency window passed without a booking. */
    EXPIRED;

    /** The status as of {@code now}: an offer not accepted by the end of its window has expired. */
    public static UrgentOfferStatus asOf(UrgentOfferStatus recorded, Instant expiresAt, Instant now) {
        return recorded != ACCEPTED && !now.isBefore(expiresAt) ? EXPIRED : recorded;
    }
}
