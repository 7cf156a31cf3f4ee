package org.openmat.simulator.reconciliation;

import java.util.ArrayList;
import java.util.List;

import org.openmat.simulator.cohort.Band;

/**
 * Figures beside the truth; reconciled only when every one matches exactly.
 *
 * @param basis what the figures were computed with, as the system states it (rule, window)
 */
public record Reconciliation(String when, String basis, List<FigureCheck> checks) {

    public Reconciliation {
        checks = List.copyOf(checks);
    }

    /** The ops seven-day figures against the truth, figure by figure. */
    public static List<FigureCheck> sevenDay(String source, SevenDayFigures observed, SevenDayFigures expected) {
        List<FigureCheck> checks = new ArrayList<>();
        checks.add(new FigureCheck(source + " inducted (denominator)", observed.inducted(), expected.inducted()));
        checks.add(new FigureCheck(source + " completed", observed.completed(), expected.completed()));
        checks.add(new FigureCheck(source + " pending", observed.pending(), expected.pending()));
        checks.add(new FigureCheck(source + " overdue", observed.overdue(), expected.overdue()));
        checks.add(new FigureCheck(source + " no withdrawal", observed.noWithdrawal(), expected.noWithdrawal()));
        for (Band band : Band.values()) {
            checks.add(new FigureCheck(source + " band " + band, observed.bands().get(band),
                    expected.bands().get(band)));
        }
        checks.add(new FigureCheck(source + " open escalations", observed.openEscalations(),
                expected.openEscalations()));
        return checks;
    }

    public boolean reconciled() {
        return checks.stream().allMatch(FigureCheck::matches);
    }

    public List<FigureCheck> differences() {
        return checks.stream().filter(check -> !check.matches()).toList();
    }
}
