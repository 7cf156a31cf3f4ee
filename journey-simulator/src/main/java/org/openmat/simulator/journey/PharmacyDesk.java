package org.openmat.simulator.journey;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.openmat.simulator.metrics.Metrics;
import org.openmat.simulator.system.Credentials;
import org.openmat.simulator.system.SystemUnreachableException;

/**
 * The simulated partner pharmacies. A prescription is handled once both are known: the journey that issued it and
 * the MedicationRequest on the partner's topic. The pharmacy then reads it through its API and reports it dispensed.
 * A topic record for a patient without consent is counted as a leak: it must never happen.
 */
final class PharmacyDesk implements AutoCloseable {

    private record Arrival(PatientJourney journey, Instant issuedMachineTime, String partnerId,
            Instant receivedAt) {

        Arrival merge(Arrival other) {
            return new Arrival(journey != null ? journey : other.journey,
                    issuedMachineTime != null ? issuedMachineTime : other.issuedMachineTime,
                    partnerId != null ? partnerId : other.partnerId,
                    receivedAt != null ? receivedAt : other.receivedAt);
        }

        boolean complete() {
            return journey != null && receivedAt != null;
        }
    }

    private final JourneyApi api;
    private final Map<String, Credentials> pharmacies;
    private final Metrics metrics;
    private final ExecutorService desk = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "simulator-pharmacy");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<UUID, Arrival> arrivals = new ConcurrentHashMap<>();
    private final AtomicInteger leaks = new AtomicInteger();
    private final AtomicInteger received = new AtomicInteger();

    PharmacyDesk(JourneyApi api, Map<String, Credentials> pharmacies, Metrics metrics) {
        this.api = api;
        this.pharmacies = pharmacies;
        this.metrics = metrics;
    }

    /** The journey issued its prescription at this machine time. */
    void expect(PatientJourney journey, Instant issuedMachineTime) {
        arrive(journey.prescription().prescriptionId(), new Arrival(journey, issuedMachineTime, null, null));
    }

    /** A partner's topic carried an order for this prescription. */
    void received(String partnerId, UUID prescriptionId, Instant at) {
        received.incrementAndGet();
        arrive(prescriptionId, new Arrival(null, null, partnerId, at));
    }

    private void arrive(UUID prescriptionId, Arrival arrival) {
        Arrival merged = arrivals.merge(prescriptionId, arrival, Arrival::merge);
        if (merged.complete() && arrivals.remove(prescriptionId, merged)) {
            desk.submit(() -> handle(merged));
        }
    }

    private void handle(Arrival arrival) {
        PatientJourney journey = arrival.journey();
        metrics.eventLags().record(EventLag.PHARMACY_TOPIC,
                Duration.between(arrival.issuedMachineTime(), arrival.receivedAt()));
        if (!journey.patient().consents()) {
            leaks.incrementAndGet();
            metrics.errors().count("pharmacy topic: order for a patient without consent");
            return;
        }
        Credentials pharmacy = pharmacies.get(arrival.partnerId());
        UUID prescriptionId = journey.prescription().prescriptionId();
        try {
            if (api.prescribing().pharmacyRead(pharmacy, prescriptionId) != 200) {
                throw new StepFailedException("pharmacy: read prescription", "404 for a prescription on its topic");
            }
            api.prescribing().reportDispensed(pharmacy, prescriptionId);
            journey.markDispensed();
        } catch (StepFailedException e) {
            metrics.errors().count(e.kind());
            journey.lose(e.kind());
        } catch (SystemUnreachableException e) {
            metrics.errors().count("unreachable: " + e.getMessage());
            journey.lose("unreachable: " + e.getMessage());
        }
    }

    /** Waits until every consenting patient's prescription was dispensed, or the timeout passed. */
    void awaitDispensed(Collection<PatientJourney> journeys, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && journeys.stream().anyMatch(PharmacyDesk::awaitingDispense)) {
            Thread.sleep(100);
        }
    }

    private static boolean awaitingDispense(PatientJourney journey) {
        return !journey.lost() && journey.prescription() != null && journey.patient().consents()
                && !journey.dispensed();
    }

    /** No partner may read the prescription of a patient who signed no consent: how many it could read. */
    int readableWithoutConsent(Collection<PatientJourney> journeys) {
        int readable = 0;
        for (PatientJourney journey : journeys) {
            if (!journey.patient().consents() && journey.prescription() != null) {
                Credentials pharmacy = pharmacies.get(journey.patient().state().pharmacyId());
                readable += api.prescribing().pharmacyRead(pharmacy, journey.prescription().prescriptionId()) == 404
                        ? 0 : 1;
            }
        }
        return readable;
    }

    int leaks() {
        return leaks.get();
    }

    int received() {
        return received.get();
    }

    @Override
    public void close() {
        desk.shutdownNow();
    }
}
