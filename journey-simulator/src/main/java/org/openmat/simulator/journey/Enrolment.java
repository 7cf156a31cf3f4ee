package org.openmat.simulator.journey;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.openmat.simulator.cohort.SyntheticPatient;
import org.openmat.simulator.journey.ApiViews.BookedVisit;
import org.openmat.simulator.journey.ApiViews.Registered;
import org.openmat.simulator.journey.ApiViews.Screened;
import org.openmat.simulator.journey.ApiViews.Slot;
import org.openmat.simulator.metrics.Metrics;
import org.openmat.simulator.system.Credentials;
import org.openmat.simulator.system.Service;
import org.openmat.simulator.system.SimulationClock;

/**
 * Sign-up to booking for one patient: register, screen, find slots on the next day in their own zone once scheduling
 * knows them (the first successful search ends the enrolment lag), consent if they do, and book a slot of this run's
 * clinicians chosen at random, choosing again when someone else was faster.
 */
final class Enrolment implements JourneyStep {

    private static final int BOOKING_ATTEMPTS = 30;

    private final JourneyApi api;
    private final SimulationClock clock;
    private final Metrics metrics;
    private final Set<UUID> runClinicians;
    private final long seed;

    Enrolment(JourneyApi api, SimulationClock clock, Metrics metrics, Set<UUID> runClinicians, long seed) {
        this.api = api;
        this.clock = clock;
        this.metrics = metrics;
        this.runClinicians = runClinicians;
        this.seed = seed;
    }

    @Override
    public void run(PatientJourney journey) throws InterruptedException {
        SyntheticPatient patient = journey.patient();
        Credentials credentials = patient.user().credentials();
        Registered registered = api.intake().register(credentials, patient.registration());
        journey.enrolled(registered.patientId());
        Screened screened = api.intake().screen(credentials, IntakeForms.screening(clock.now(Service.INTAKE)));
        if (!"ELIGIBLE".equals(screened.outcome())) {
            throw new StepFailedException("intake: screening", "outcome " + screened.outcome());
        }
        LocalDate tomorrow = LocalDate.ofInstant(clock.now(Service.SCHEDULING), patient.state().zone()).plusDays(1);
        List<Slot> slots = Poll.until("scheduling: slot search",
                () -> api.scheduling().searchInductionSlots(credentials, tomorrow));
        metrics.eventLags().record(EventLag.ENROLMENT, Duration.between(
                clock.machineTimeOf(Service.INTAKE, screened.submittedAt()), Instant.now()));
        if (patient.consents()) {
            api.intake().consent(credentials, IntakeForms.pharmacyConsent(patient.user(), clock.now(Service.INTAKE)));
        }
        journey.booked(book(credentials, slots, tomorrow, new Random(seed * 31 + patient.index())));
    }

    private BookedVisit book(Credentials patient, List<Slot> firstOffer, LocalDate date, Random choice) {
        List<Slot> offered = ours(firstOffer);
        for (int attempt = 0; attempt < BOOKING_ATTEMPTS; attempt++) {
            if (offered.isEmpty()) {
                offered = ours(api.scheduling().searchInductionSlots(patient, date).orElse(List.of()));
                if (offered.isEmpty()) {
                    throw new StepFailedException("scheduling: slot search", "no slot of this run's clinicians left");
                }
            }
            Slot slot = offered.remove(choice.nextInt(offered.size()));
            Optional<BookedVisit> booked = api.scheduling().book(patient, slot);
            if (booked.isPresent()) {
                return booked.get();
            }
        }
        throw new StepFailedException("scheduling: book", "no booking after " + BOOKING_ATTEMPTS + " attempts");
    }

    private List<Slot> ours(List<Slot> slots) {
        return new ArrayList<>(slots.stream().filter(slot -> runClinicians.contains(slot.clinicianId())).toList());
    }
}
