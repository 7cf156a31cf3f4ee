package org.openmat.intake.consent.domain;

import java.time.LocalDate;

/** When a consent ends: on a date, on an event, or never (allowed only for a TPO consent). */
public sealed interface ConsentExpiry {

    /** In force up to and including {@code lastDay}, in the patient's time zone. */
    record OnDate(LocalDate lastDay) implements ConsentExpiry {
    }

    /** In force until the event is recorded. */
    record OnEvent(ExpiryEvent event) implements ConsentExpiry {
    }

    /** In force until revoked. */
    record NoExpiry() implements ConsentExpiry {
    }

    static ConsentExpiry onDate(LocalDate lastDay) {
        return new OnDate(lastDay);
    }

    static ConsentExpiry onEvent(ExpiryEvent event) {
        return new OnEvent(event);
    }

    static ConsentExpiry none() {
        return new NoExpiry();
    }
}
