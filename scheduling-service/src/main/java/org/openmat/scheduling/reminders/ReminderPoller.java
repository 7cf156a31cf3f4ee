package org.openmat.scheduling.reminders;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the {@link ReminderDispatcher} on every instance at a fixed interval. No instance is special: the database
 * decides which instance publishes which reminder.
 */
class ReminderPoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReminderPoller.class);

    private final ReminderDispatcher dispatcher;
    private final Duration interval;
    private ScheduledExecutorService executor;

    ReminderPoller(ReminderDispatcher dispatcher, Duration interval) {
        this.dispatcher = dispatcher;
        this.interval = interval;
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "visit-reminders");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::poll, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void poll() {
        try {
            dispatcher.dispatchDue();
        } catch (RuntimeException e) {
            // Nothing was marked sent in a failed pass, so the next one retries it; the message may quote data.
            log.warn("Reminder dispatch failed, retrying in {}: {}", interval, e.getClass().getName());
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
