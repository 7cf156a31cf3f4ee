package org.openmat.simulator.journey;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.openmat.simulator.metrics.Metrics;
import org.openmat.simulator.metrics.Progress;
import org.openmat.simulator.system.SystemUnreachableException;

/**
 * Runs a phase over many journeys with bounded concurrency. A journey that fails a step is marked lost at that step,
 * its error counted by kind, and the others go on.
 */
final class Phases implements AutoCloseable {

    private final ExecutorService workers;
    private final Progress progress;
    private final Metrics metrics;

    Phases(int concurrency, Progress progress, Metrics metrics) {
        AtomicInteger threads = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(concurrency, runnable -> {
            Thread thread = new Thread(runnable, "simulator-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.progress = progress;
        this.metrics = metrics;
    }

    void run(String phase, Collection<PatientJourney> journeys, JourneyStep step) throws InterruptedException {
        List<PatientJourney> live = journeys.stream().filter(journey -> !journey.lost()).toList();
        progress.begin(phase, live.size());
        List<Future<?>> running = new ArrayList<>();
        for (PatientJourney journey : live) {
            running.add(workers.submit(() -> {
                runOne(step, journey);
                return null;
            }));
        }
        for (Future<?> future : running) {
            try {
                future.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("a phase task failed outside its journey", e.getCause());
            }
        }
    }

    private void runOne(JourneyStep step, PatientJourney journey) throws InterruptedException {
        try {
            step.run(journey);
        } catch (StepFailedException e) {
            lose(journey, e.kind());
        } catch (SystemUnreachableException e) {
            lose(journey, "unreachable: " + e.getMessage());
        } catch (RuntimeException e) {
            lose(journey, progress.phase() + ": " + e.getClass().getSimpleName());
        } finally {
            progress.itemDone();
        }
    }

    private void lose(PatientJourney journey, String kind) {
        metrics.errors().count(kind);
        if (!journey.lost()) {
            progress.journeyLost();
        }
        journey.lose(kind);
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
