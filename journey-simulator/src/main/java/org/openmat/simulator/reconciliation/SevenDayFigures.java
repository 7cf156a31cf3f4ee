package org.openmat.simulator.reconciliation;

import java.util.EnumMap;
import java.util.Map;

import org.openmat.simulator.cohort.Band;

/**
 * The operations seven-day figures of one cohort, as ops sees them or as the simulation knows they must be.
 *
 * @param inducted       the denominator: inductions whose prescription was not cancelled
 * @param noWithdrawal   completed check-ins with no withdrawal symptoms under the report's rule
 * @param bands          completed check-ins per SOWS band
 */
public record SevenDayFigures(int inducted, int completed, int pending, int overdue, int noWithdrawal,
        Map<Band, Integer> bands, int openEscalations) {

    public SevenDayFigures {
        Map<Band, Integer> all = new EnumMap<>(Band.class);
        for (Band band : Band.values()) {
            all.put(band, bands.getOrDefault(band, 0));
        }
        bands = Map.copyOf(all);
    }

    public static SevenDayFigures empty() {
        return new SevenDayFigures(0, 0, 0, 0, 0, Map.of(), 0);
    }

    public SevenDayFigures plus(SevenDayFigures other) {
        Map<Band, Integer> sum = new EnumMap<>(Band.class);
        for (Band band : Band.values()) {
            sum.put(band, bands.get(band) + other.bands.get(band));
        }
        return new SevenDayFigures(inducted + other.inducted, completed + other.completed, pending + other.pending,
                overdue + other.overdue, noWithdrawal + other.noWithdrawal, sum,
                openEscalations + other.openEscalations);
    }
}
