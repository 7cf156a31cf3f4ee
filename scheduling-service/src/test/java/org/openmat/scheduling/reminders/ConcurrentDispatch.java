package org.openmat.scheduling.reminders;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs several dispatchers at the same moment on their own threads, as several instances of the service would. */
final class ConcurrentDispatch {

    private ConcurrentDispatch() {
    }

    /** Returns how many reminders each dispatcher published; rethrows the first failure. */
    static List<Integer> run(ReminderDispatcher... dispatchers) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(dispatchers.length);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = Arrays.stream(dispatchers)
                    .map(dispatcher -> threads.submit(() -> {
                        start.await();
                        return dispatcher.dispatchDue();
                    }))
                    .toList();
            start.countDown();
            List<Integer> published = new ArrayList<>();
            for (Future<Integer> result : results) {
                published.add(result.get(60, TimeUnit.SECONDS));
            }
            return published;
        } finally {
            threads.shutdownNow();
        }
    }
}
