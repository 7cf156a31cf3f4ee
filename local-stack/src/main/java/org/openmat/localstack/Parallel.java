package org.openmat.localstack;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Runs tasks on their own threads and fails fast. Not the common ForkJoin pool: with two cores it has a single
 * thread, which would quietly turn "in parallel" into "one after another".
 */
final class Parallel {

    private Parallel() {
    }

    static void run(String name, List<Runnable> tasks) {
        if (tasks.isEmpty()) {
            return;
        }
        ExecutorService executor = Executors.newFixedThreadPool(tasks.size(), runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        ExecutorCompletionService<Void> completion = new ExecutorCompletionService<>(executor);
        tasks.forEach(task -> completion.submit(task, null));
        try {
            for (int i = 0; i < tasks.size(); i++) {
                completion.take().get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("Interrupted during " + name, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new LocalStackException(name + " failed", e);
        } finally {
            executor.shutdownNow();
            awaitQuietly(executor);
        }
    }

    /** The other tasks' cleanup must finish before the caller starts stopping what they started. */
    private static void awaitQuietly(ExecutorService executor) {
        try {
            executor.awaitTermination(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
