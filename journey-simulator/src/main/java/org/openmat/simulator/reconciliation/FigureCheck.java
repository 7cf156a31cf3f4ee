package org.openmat.simulator.reconciliation;

/** One figure as the system shows it beside what the simulation knows it must be. */
public record FigureCheck(String name, long observed, long expected) {

    public boolean matches() {
        return observed == expected;
    }

    public long difference() {
        return observed - expected;
    }
}
