package org.openmat.followup.checkin.due;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the {@link DueWorkDispatcher} on every instance at a fixed interval. No instance is special: the database
 * decides which instance handles which row.
 */
class DueWorkPoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DueWorkPoller.class);

    private final DueWorkDispatcher dispatcher;
    private final Duration interval;
    private ScheduledExecutorService executor;

    DueWorkPoller(DueWorkDispatcher dispatcher, Duration interval) {
        this.dispatcher = dispatcher;
        this.interval = interval;
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "check-in-due-work");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::poll, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void poll() {
        try {
            dispatcher.dispatchDue();
        } catch (RuntimeException e) {
            // A failed pass marked nothing done, so the next one retries; the message may quote data.
            log.warn("Check-in due work failed, retrying in {}: {}", interval, e.getClass().getName());
        }
    }

    @Override
    public void stop() {
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
