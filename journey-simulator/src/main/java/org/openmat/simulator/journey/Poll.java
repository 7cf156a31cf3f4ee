package org.openmat.simulator.journey;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/** Asks again every {@link #INTERVAL} until an answer is there, for effects that travel by event. */
final class Poll {

    /** Fine enough that a measured event lag is at most this much above the real one. */
    static final Duration INTERVAL = Duration.ofMillis(20);
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private Poll() {
    }

    static <T> T until(String step, Supplier<Optional<T>> attempt) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            Optional<T> answer = attempt.get();
            if (answer.isPresent()) {
                return answer.get();
            }
            if (System.nanoTime() > deadline) {
                throw new StepFailedException(step, "no effect within " + TIMEOUT.toSeconds() + " s");
            }
            Thread.sleep(INTERVAL.toMillis());
        }
    }
}
