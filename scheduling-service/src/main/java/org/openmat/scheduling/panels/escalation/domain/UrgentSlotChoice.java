package org.openmat.scheduling.panels.escalation.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.openmat.scheduling.availability.domain.TimeRange;

/**
 * Which urgent slot an escalated patient is offered. Continuity of care first: the earliest slot of the patient's own
 * clinician; only when that clinician has none, the earliest slot of any other clinician licensed where the patient
 * is (ties to the lowest clinician id, so that every instance chooses alike). A slot that overlaps one of the
 * patient's own visits is never offered. Empty when nobody has a slot: the offer then needs a call from the team.
 */
public final class UrgentSlotChoice {

    private static final Comparator<ClinicianSlot> EARLIEST = Comparator
            .comparing((ClinicianSlot candidate) -> candidate.slot().start())
            .thenComparing(ClinicianSlot::clinicianId);

    private UrgentSlotChoice() {
    }

    /**
     * @param ownClinicianId the patient's own clinician, or null when they have none
     * @param ownSlots       that clinician's open slots in the urgency window
     * @param coveringSlots  every licensed clinician's open slots in the window; asked only when needed
     * @param patientBusy    the times of the patient's own live visits
     */
    public static Optional<UrgentProposal> choose(UUID ownClinicianId, List<ClinicianSlot> ownSlots,
            Supplier<List<ClinicianSlot>> coveringSlots, List<TimeRange> patientBusy) {
        Optional<UrgentProposal> own = earliest(ownSlots, patientBusy)
                .filter(candidate -> candidate.clinicianId().equals(ownClinicianId))
                .map(candidate -> proposal(candidate, OfferChoice.OWN_CLINICIAN));
        if (own.isPresent()) {
            return own;
        }
        List<ClinicianSlot> others = coveringSlots.get().stream()
                .filter(candidate -> !candidate.clinicianId().equals(ownClinicianId))
                .toList();
        return earliest(others, patientBusy).map(candidate -> proposal(candidate, OfferChoice.COVERING_CLINICIAN));
    }

    private static Optional<ClinicianSlot> earliest(List<ClinicianSlot> candidates, List<TimeRange> patientBusy) {
        return candidates.stream()
                .filter(candidate -> patientBusy.stream().noneMatch(candidate.slot().asRange()::overlaps))
                .min(EARLIEST);
    }

    private static UrgentProposal proposal(ClinicianSlot candidate, OfferChoice choice) {
        return new UrgentProposal(candidate.clinicianId(), candidate.slot(), choice);
    }
}
