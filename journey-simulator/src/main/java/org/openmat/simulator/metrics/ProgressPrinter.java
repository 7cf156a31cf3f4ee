package org.openmat.simulator.metrics;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** A progress line every few seconds: elapsed time, phase, done/total, retries, errors and lost journeys. */
public final class ProgressPrinter implements AutoCloseable {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "simulator-progress");
        thread.setDaemon(true);
        return thread;
    });
    private final long started = System.nanoTime();
    private final PrintStream out;
    private final Progress progress;
    private final Metrics metrics;

    public ProgressPrinter(PrintStream out, Progress progress, Metrics metrics, Duration every) {
        this.out = out;
        this.progress = progress;
        this.metrics = metrics;
        timer.scheduleAtFixedRate(this::print, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    public void print() {
        out.println(line(Duration.ofNanos(System.nanoTime() - started), progress.phase(), progress.done(),
                progress.total(), metrics.retries().total(), metrics.errors().total(), progress.lost()));
    }

    static String line(Duration elapsed, String phase, int done, int total, long retries, long errors, int lost) {
        return "[%6.1fs] %-34s %5d/%-5d retries %-5d errors %-4d lost %d".formatted(elapsed.toMillis() / 1000.0,
                phase, done, total, retries, errors, lost);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
