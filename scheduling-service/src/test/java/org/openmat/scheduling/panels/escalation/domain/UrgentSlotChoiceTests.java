package org.openmat.scheduling.panels.escalation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.openmat.scheduling.availability.domain.Slot;
import org.openmat.scheduling.availability.domain.TimeRange;

class UrgentSlotChoiceTests {

    private static final Instant NINE = Instant.parse("2026-11-05T14:00:00Z");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final UUID OWN = UUID.fromString("00000000-0000-4000-8000-00000000000a");
    private static final UUID COVERING = UUID.fromString("00000000-0000-4000-8000-00000000000b");
    private static final UUID ANOTHER_COVERING = UUID.fromString("00000000-0000-4000-8000-00000000000c");

    @Test
    void offersTheOwnCliniciansEarliestSlotEvenWhenACoveringClinicianIsFreeSooner() {
        Optional<UrgentProposal> proposal = UrgentSlotChoice.choose(OWN,
                List.of(slot(OWN, 180), slot(OWN, 60), slot(OWN, 120)),
                () -> List.of(slot(COVERING, 0), slot(OWN, 60)), List.of());

        assertThat(proposal).contains(new UrgentProposal(OWN, at(60), OfferChoice.OWN_CLINICIAN));
    }

    @Test
    void doesNotAskForCoveringSlotsWhileTheOwnClinicianHasOne() {
        AtomicBoolean asked = new AtomicBoolean();
        Supplier<List<ClinicianSlot>> covering = () -> {
            asked.set(true);
            return List.of(slot(COVERING, 0));
        };

        UrgentSlotChoice.choose(OWN, List.of(slot(OWN, 60)), covering, List.of());

        assertThat(asked).isFalse();
    }

    @Test
    void neverOffersASlotThatOverlapsOneOfThePatientsOwnVisits() {
        TimeRange followUpAtTen = new TimeRange(NINE.plus(Duration.ofMinutes(60)), NINE.plus(Duration.ofMinutes(80)));

        Optional<UrgentProposal> proposal = UrgentSlotChoice.choose(OWN,
                List.of(slot(OWN, 60), slot(OWN, 70), slot(OWN, 90)), List::of, List.of(followUpAtTen));

        assertThat(proposal).map(UrgentProposal::slot).map(Slot::start).contains(NINE.plus(Duration.ofMinutes(90)));
    }

    @Test
    void fallsBackToTheEarliestSlotOfAnyLicensedClinicianWhenTheOwnClinicianHasNone() {
        Optional<UrgentProposal> proposal = UrgentSlotChoice.choose(OWN, List.of(),
                () -> List.of(slot(ANOTHER_COVERING, 240), slot(COVERING, 30), slot(ANOTHER_COVERING, 90)),
                List.of());

        assertThat(proposal).contains(new UrgentProposal(COVERING, at(30), OfferChoice.COVERING_CLINICIAN));
    }

    @Test
    void fallsBackWhenEveryOwnSlotClashesWithThePatientsVisitsAndNeverCallsTheOwnClinicianCovering() {
        TimeRange busyMorning = new TimeRange(NINE, NINE.plus(Duration.ofHours(3)));

        Optional<UrgentProposal> proposal = UrgentSlotChoice.choose(OWN, List.of(slot(OWN, 60)),
                () -> List.of(slot(OWN, 60), slot(OWN, 300), slot(COVERING, 240)), List.of(busyMorning));

        assertThat(proposal).contains(new UrgentProposal(COVERING, at(240), OfferChoice.COVERING_CLINICIAN));
    }

    @Test
    void aPatientWithoutAnOwnClinicianIsOfferedTheEarliestCoveringSlot() {
        Optional<UrgentProposal> proposal = UrgentSlotChoice.choose(null, List.of(),
                () -> List.of(slot(COVERING, 120), slot(ANOTHER_COVERING, 60)), List.of());

        assertThat(proposal).contains(new UrgentProposal(ANOTHER_COVERING, at(60), OfferChoice.COVERING_CLINICIAN));
    }

    @Test
    void twoCoveringCliniciansFreeAtTheSameTimeAreDecidedByClinicianIdSoEveryInstanceAgrees() {
        Optional<UrgentProposal> proposal = UrgentSlotChoice.choose(OWN, List.of(),
                () -> List.of(slot(ANOTHER_COVERING, 60), slot(COVERING, 60)), List.of());

        assertThat(proposal).map(UrgentProposal::clinicianId).contains(COVERING);
    }

    @Test
    void offersNothingWhenNoLicensedClinicianHasASlotInTheWindow() {
        assertThat(UrgentSlotChoice.choose(OWN, List.of(), List::of, List.of())).isEmpty();
        assertThat(UrgentSlotChoice.choose(null, List.of(), List::of, List.of())).isEmpty();
    }

    @Test
    void ignoresSlotsOfOtherCliniciansPassedAsTheOwnClinicians() {
        Optional<UrgentProposal> proposal = UrgentSlotChoice.choose(OWN, List.of(slot(COVERING, 0)),
                () -> List.of(slot(COVERING, 0)), List.of());

        assertThat(proposal).map(UrgentProposal::choice).contains(OfferChoice.COVERING_CLINICIAN);
    }

    private static ClinicianSlot slot(UUID clinicianId, int minutesAfterNine) {
        return new ClinicianSlot(clinicianId, at(minutesAfterNine));
    }

    private static Slot at(int minutesAfterNine) {
        Instant start = NINE.plus(Duration.ofMinutes(minutesAfterNine));
        return new Slot(start, start.plus(Duration.ofMinutes(20)), NEW_YORK);
    }
}
