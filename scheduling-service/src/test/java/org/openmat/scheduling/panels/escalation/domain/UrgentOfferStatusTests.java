package org.openmat.scheduling.panels.escalation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class UrgentOfferStatusTests {

    private static final Instant EXPIRES = Instant.parse("2026-11-06T15:00:00Z");

    @Test
    void anOfferNotAcceptedByTheEndOfItsWindowHasExpired() {
        assertThat(UrgentOfferStatus.asOf(UrgentOfferStatus.OPEN, EXPIRES, EXPIRES.minusNanos(1000)))
                .isEqualTo(UrgentOfferStatus.OPEN);
        assertThat(UrgentOfferStatus.asOf(UrgentOfferStatus.OPEN, EXPIRES, EXPIRES)).isEqualTo(UrgentOfferStatus.EXPIRED);
        assertThat(UrgentOfferStatus.asOf(UrgentOfferStatus.NO_SLOT, EXPIRES, EXPIRES.plusSeconds(1)))
                .isEqualTo(UrgentOfferStatus.EXPIRED);
    }

    @Test
    void anAcceptedOfferStaysAcceptedAfterItsWindow() {
        assertThat(UrgentOfferStatus.asOf(UrgentOfferStatus.ACCEPTED, EXPIRES, EXPIRES.plusSeconds(86_400)))
                .isEqualTo(UrgentOfferStatus.ACCEPTED);
    }

    @Test
    void offersStillNeedingActionSortFirst() {
        assertThat(UrgentOfferStatus.values()).startsWith(UrgentOfferStatus.OPEN, UrgentOfferStatus.NO_SLOT);
    }
}
