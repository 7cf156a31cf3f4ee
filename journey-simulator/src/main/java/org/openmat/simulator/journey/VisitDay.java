package org.openmat.simulator.journey;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.openmat.simulator.cohort.SyntheticPatient;
import org.openmat.simulator.journey.ApiViews.BookedVisit;
import org.openmat.simulator.journey.ApiViews.CheckIn;
import org.openmat.simulator.journey.ApiViews.IssuedPrescription;
import org.openmat.simulator.metrics.Metrics;
import org.openmat.simulator.system.Credentials;
import org.openmat.simulator.system.Service;
import org.openmat.simulator.system.SimulationClock;

/**
 * The induction visit of one patient, with the simulated clock just past its start: the patient checks in, the
 * clinician starts it, records the PDMP review during it (a review the same day counts), completes it and issues the
 * induction prescription as soon as prescribing knows the visit as completed, so that wait is the event lag alone;
 * the pharmacy desk takes it from there, and the journey waits for its check-in.
 */
final class VisitDay implements JourneyStep {

    private final JourneyApi api;
    private final SimulationClock clock;
    private final Metrics metrics;
    private final Map<UUID, Credentials> clinicians;
    private final String productCode;
    private final PharmacyDesk pharmacy;

    VisitDay(JourneyApi api, SimulationClock clock, Metrics metrics, Map<UUID, Credentials> clinicians,
            String productCode, PharmacyDesk pharmacy) {
        this.api = api;
        this.clock = clock;
        this.metrics = metrics;
        this.clinicians = clinicians;
        this.productCode = productCode;
        this.pharmacy = pharmacy;
    }

    @Override
    public void run(PatientJourney journey) throws InterruptedException {
        SyntheticPatient patient = journey.patient();
        BookedVisit visit = journey.visit();
        Credentials clinician = clinicians.get(visit.clinicianId());
        String state = patient.state().name();
        api.scheduling().checkIn(patient.user().credentials(), visit.visitId(), state);
        api.scheduling().startVisit(clinician, visit.visitId());
        Instant reviewedAt = clock.now(Service.PRESCRIBING).minusSeconds(30);
        Poll.until("prescribing: PDMP review",
                () -> api.prescribing().recordPdmpReview(clinician, journey.patientId(), state, reviewedAt));
        Instant completedAt = api.scheduling().completeInduction(clinician, visit.visitId());
        IssuedPrescription issued = Poll.until("prescribing: issue prescription",
                () -> api.prescribing().issueInduction(clinician, journey.patientId(), visit.visitId(), productCode));
        Instant prescribedAt = Instant.now();
        metrics.eventLags().record(EventLag.VISIT_COMPLETED, Duration.between(
                clock.machineTimeOf(Service.SCHEDULING, completedAt), prescribedAt));
        journey.prescribed(issued);
        Instant issuedMachineTime = clock.machineTimeOf(Service.PRESCRIBING, issued.issuedAt());
        pharmacy.expect(journey, issuedMachineTime);
        String expectedDisclosure = patient.consents() ? "SENT" : "WITHHELD";
        if (!expectedDisclosure.equals(issued.disclosure())) {
            metrics.errors().count("prescribing: issue prescription: disclosure " + issued.disclosure()
                    + " where " + expectedDisclosure + " was due");
        }
        List<CheckIn> checkIns = Poll.until("followup: my check-ins", () -> {
            List<CheckIn> mine = api.followup().myCheckIns(patient.user().credentials());
            return mine.isEmpty() ? Optional.empty() : Optional.of(mine);
        });
        metrics.eventLags().record(EventLag.CHECK_IN_OPENED, Duration.between(issuedMachineTime, Instant.now()));
        journey.checkInOpened(checkIns.get(0));
    }
}
