package org.openmat.simulator.metrics;

import java.util.concurrent.atomic.AtomicInteger;

/** The phase running now and how far it got; read by the progress printer. */
public final class Progress {

    private volatile String phase = "starting";
    private volatile int total;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger lost = new AtomicInteger();

    public void begin(String phaseName, int items) {
        done.set(0);
        total = items;
        phase = phaseName;
    }

    public void itemDone() {
        done.incrementAndGet();
    }

    public void journeyLost() {
        lost.incrementAndGet();
    }

    public String phase() {
        return phase;
    }

    public int done() {
        return done.get();
    }

    public int total() {
        return total;
    }

    public int lost() {
        return lost.get();
    }
}
