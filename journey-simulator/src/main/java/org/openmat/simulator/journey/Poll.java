package org.openmat.simulator.journey;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Asks again until an answer is there, for effects that travel by event: after 20 ms at first, then after a tenth of
 * the time waited so far (at most 200 ms), so a measured lag overshoots the real one by at most about 10 % while
 * slow waits do not hammer the service they poll.
 */
final class Poll {

    static final Duration FIRST_INTERVAL = Duration.ofMillis(20);
    static final Duration LONGEST_INTERVAL = Duration.ofMillis(200);
    static final Duration TIMEOUT = Duration.ofSeconds(90);

    private Poll() {
    }

    static <T> T until(String step, Supplier<Optional<T>> attempt) throws InterruptedException {
        long started = System.nanoTime();
        while (true) {
            Optional<T> answer = attempt.get();
            if (answer.isPresent()) {
                return answer.get();
            }
            Duration waited = Duration.ofNanos(System.nanoTime() - started);
            if (waited.compareTo(TIMEOUT) > 0) {
                throw new StepFailedException(step, "no effect within " + TIMEOUT.toSeconds() + " s");
            }
            Thread.sleep(interval(waited).toMillis());
        }
    }

    static Duration interval(Duration waited) {
        Duration tenth = waited.dividedBy(10);
        return tenth.compareTo(FIRST_INTERVAL) < 0 ? FIRST_INTERVAL
                : tenth.compareTo(LONGEST_INTERVAL) > 0 ? LONGEST_INTERVAL : tenth;
    }
}
