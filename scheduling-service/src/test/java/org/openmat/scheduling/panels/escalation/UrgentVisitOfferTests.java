package org.openmat.scheduling.panels.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openmat.scheduling.availability.domain.Slot;
import org.openmat.scheduling.panels.escalation.domain.NoSlotReason;
import org.openmat.scheduling.panels.escalation.domain.OfferChoice;
import org.openmat.scheduling.panels.escalation.domain.UrgentOfferClosedException;
import org.openmat.scheduling.panels.escalation.domain.UrgentOfferStatus;
import org.openmat.scheduling.panels.escalation.domain.UrgentProposal;

class UrgentVisitOfferTests {

    private static final Instant NOW = Instant.parse("2026-11-04T15:12:00Z");
    private static final Instant EXPIRES = NOW.plus(Duration.ofHours(48));
    private static final UUID CLINICIAN = UUID.randomUUID();
    private static final Optional<UrgentProposal> TOMORROW_AT_NINE = Optional.of(new UrgentProposal(CLINICIAN,
            new Slot(Instant.parse("2026-11-05T14:00:00Z"), Instant.parse("2026-11-05T14:20:00Z"),
                    ZoneId.of("America/New_York")), OfferChoice.OWN_CLINICIAN));

    @Test
    void anOfferWithASlotIsOpenAndProposesIt() {
        UrgentVisitOffer offer = offer("NY", TOMORROW_AT_NINE);

        assertThat(offer.statusAt(NOW)).isEqualTo(UrgentOfferStatus.OPEN);
        assertThat(offer.clinicianId()).isEqualTo(CLINICIAN);
        assertThat(offer.startsAt()).isEqualTo(Instant.parse("2026-11-05T14:00:00Z"));
        assertThat(offer.choice()).isEqualTo(OfferChoice.OWN_CLINICIAN);
        assertThat(offer.noSlotReason()).isNull();
    }

    @Test
    void anOfferWithoutASlotSaysWhySoTheCareTeamKnowsWhatToFix() {
        assertThat(offer("NY", Optional.empty())).satisfies(offer -> {
            assertThat(offer.statusAt(NOW)).isEqualTo(UrgentOfferStatus.NO_SLOT);
            assertThat(offer.noSlotReason()).isEqualTo(NoSlotReason.NO_SLOT_IN_WINDOW);
            assertThat(offer.clinicianId()).isNull();
        });
        assertThat(offer(null, Optional.empty()).noSlotReason()).isEqualTo(NoSlotReason.PATIENT_CANNOT_BOOK);
    }

    @Test
    void acceptingRecordsTheVisitAndClosesTheOffer() {
        UrgentVisitOffer offer = offer("NY", TOMORROW_AT_NINE);
        UUID visitId = UUID.randomUUID();

        offer.accept(visitId, NOW.plusSeconds(60));

        assertThat(offer.statusAt(EXPIRES.plusSeconds(1))).isEqualTo(UrgentOfferStatus.ACCEPTED);
        assertThat(offer.visitId()).isEqualTo(visitId);
        assertThatThrownBy(() -> offer.accept(UUID.randomUUID(), NOW.plusSeconds(120)))
                .isInstanceOfSatisfying(UrgentOfferClosedException.class,
                        closed -> assertThat(closed.status()).isEqualTo(UrgentOfferStatus.ACCEPTED));
        assertThatThrownBy(() -> offer.proposeAgain("NY", Optional.empty(), NOW.plusSeconds(120)))
                .isInstanceOf(UrgentOfferClosedException.class);
        assertThat(offer.visitId()).isEqualTo(visitId);
    }

    @Test
    void anExpiredOfferCanNeitherBeAcceptedNorProposedAgain() {
        UrgentVisitOffer offer = offer("NY", TOMORROW_AT_NINE);

        assertThatThrownBy(() -> offer.accept(UUID.randomUUID(), EXPIRES))
                .isInstanceOfSatisfying(UrgentOfferClosedException.class,
                        closed -> assertThat(closed.status()).isEqualTo(UrgentOfferStatus.EXPIRED));
        assertThatThrownBy(() -> offer.proposeAgain("NY", TOMORROW_AT_NINE, EXPIRES))
                .isInstanceOf(UrgentOfferClosedException.class);
    }

    @Test
    void anOfferWhoseSlotWentIsProposedAgainWithTheNextSlotOrNone() {
        UrgentVisitOffer offer = offer("NY", TOMORROW_AT_NINE);

        offer.proposeAgain("NY", Optional.empty(), NOW.plusSeconds(60));

        assertThat(offer.statusAt(NOW.plusSeconds(60))).isEqualTo(UrgentOfferStatus.NO_SLOT);
        assertThat(offer.startsAt()).isNull();
        assertThat(offer.proposedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(offer.expiresAt()).as("the window does not move").isEqualTo(EXPIRES);
    }

    @Test
    void aResolvedEscalationLeavesTheOfferOpenAndKeepsTheFirstResolution() {
        UrgentVisitOffer offer = offer("NY", TOMORROW_AT_NINE);

        offer.escalationResolved(NOW.plusSeconds(600));
        offer.escalationResolved(NOW.plusSeconds(900));

        assertThat(offer.statusAt(NOW.plusSeconds(900))).isEqualTo(UrgentOfferStatus.OPEN);
        assertThat(offer.escalationResolvedAt()).isEqualTo(NOW.plusSeconds(600));
    }

    private static UrgentVisitOffer offer(String state, Optional<UrgentProposal> proposal) {
        return new UrgentVisitOffer(UUID.randomUUID(), UUID.randomUUID(), CLINICIAN, NOW.minusSeconds(30), EXPIRES,
                state, proposal, NOW);
    }
}
