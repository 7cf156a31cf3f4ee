package org.openmat.scheduling.panels.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.openmat.contracts.UsState;
import org.openmat.platform.patients.PatientReplica;
import org.openmat.platform.patients.ReplicatedPatient;
import org.openmat.scheduling.availability.SlotCatalog;
import org.openmat.scheduling.availability.domain.StateCalendars;
import org.openmat.scheduling.availability.domain.TimeRange;
import org.openmat.scheduling.availability.domain.VisitType;
import org.openmat.scheduling.clinicians.Clinician;
import org.openmat.scheduling.clinicians.Clinicians;
import org.openmat.scheduling.panels.PanelAssignments;
import org.openmat.scheduling.panels.PanelMembership;
import org.openmat.scheduling.panels.escalation.domain.ClinicianSlot;
import org.openmat.scheduling.panels.escalation.domain.UrgentProposal;
import org.openmat.scheduling.panels.escalation.domain.UrgentSlotChoice;
import org.openmat.scheduling.visits.Visits;
import org.openmat.scheduling.visits.domain.VisitStatus;
import org.springframework.stereotype.Component;

/**
 * Gathers what {@link UrgentSlotChoice} decides on: the patient's state as booking reads it, their own clinician,
 * the open urgent slots (from the same catalogue booking checks) and the patient's own visits.
 */
@Component
class UrgentSlots {

    private static final Set<VisitStatus> LIVE = EnumSet.of(VisitStatus.BOOKED, VisitStatus.CHECKED_IN,
            VisitStatus.IN_PROGRESS);

    private final PatientReplica patients;
    private final PanelAssignments panels;
    private final Clinicians clinicians;
    private final SlotCatalog catalog;
    private final Visits visits;

    UrgentSlots(PatientReplica patients, PanelAssignments panels, Clinicians clinicians, SlotCatalog catalog,
            Visits visits) {
        this.patients = patients;
        this.panels = panels;
        this.clinicians = clinicians;
        this.catalog = catalog;
        this.visits = visits;
    }

    /** The state the patient would book from, as booking decides it: known, eligible, in a known state. */
    Optional<UsState> bookableStateOf(UUID patientId) {
        return patients.find(patientId).filter(ReplicatedPatient::eligible)
                .flatMap(patient -> UsState.fromCode(patient.currentState()));
    }

    /** The slot to offer in [from, to); the own clinician is the panel's, else the one followup alerted. */
    Optional<UrgentProposal> propose(UUID patientId, UUID alertedClinicianId, UsState state, Instant from,
            Instant to) {
        UUID own = panels.of(patientId).map(PanelMembership::clinicianId).orElse(alertedClinicianId);
        List<ClinicianSlot> ownSlots = own == null ? List.of() : slotsOf(own, state, from, to);
        return UrgentSlotChoice.choose(own, ownSlots, () -> coveringSlots(state, from, to), busyTimesOf(patientId));
    }

    private List<ClinicianSlot> coveringSlots(UsState state, Instant from, Instant to) {
        // A licence valid on no date of the window is not valid on its first one: expiry only moves forward.
        LocalDate firstDate = StateCalendars.lastDateOf(new TimeRange(from, from.plusNanos(1)), state);
        return clinicians.findByActiveTrue().stream()
                .filter(clinician -> clinician.licensure().mayOffer(VisitType.URGENT, state, firstDate))
                .map(Clinician::id)
                .flatMap(clinicianId -> slotsOf(clinicianId, state, from, to).stream())
                .toList();
    }

    private List<ClinicianSlot> slotsOf(UUID clinicianId, UsState state, Instant from, Instant to) {
        return catalog.open(clinicianId, VisitType.URGENT, state, from, to).stream()
                .map(slot -> new ClinicianSlot(clinicianId, slot))
                .toList();
    }

    private List<TimeRange> busyTimesOf(UUID patientId) {
        return visits.findByPatientIdOrderByStartsAt(patientId).stream()
                .filter(visit -> LIVE.contains(visit.status()))
                .map(visit -> new TimeRange(visit.startsAt(), visit.endsAt()))
                .toList();
    }
}
