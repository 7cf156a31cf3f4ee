package org.openmat.simulator.reconciliation;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.openmat.simulator.cohort.Band;
import tools.jackson.databind.JsonNode;

/**
 * The ops outcome report ({@code groupBy=clinician}) restricted to one run: the sum of the groups of the run's own
 * clinicians, who are fresh each run, so earlier runs and demo data cannot leak in.
 */
public final class OpsFigures {

    private OpsFigures() {
    }

    public static SevenDayFigures ofClinicians(JsonNode report, Set<UUID> clinicianIds) {
        SevenDayFigures sum = SevenDayFigures.empty();
        for (JsonNode group : report.path("groups")) {
            if (clinicianIds.contains(uuidOrNull(group.path("key").asString()))) {
                sum = sum.plus(figures(group.path("figures")));
            }
        }
        return sum;
    }

    static SevenDayFigures figures(JsonNode f) {
        Map<Band, Integer> bands = new EnumMap<>(Band.class);
        for (Band band : Band.values()) {
            bands.put(band, f.path("bands").path(band.name()).asInt(0));
        }
        return new SevenDayFigures(f.path("inducted").asInt(), f.path("completed").asInt(), f.path("pending").asInt(),
                f.path("overdue").asInt(), f.path("noWithdrawal").asInt(), bands, f.path("openEscalations").asInt());
    }

    /** How many items of a worklist belong to the run's clinicians. */
    public static long ofClinicians(Iterable<JsonNode> items, Set<UUID> clinicianIds) {
        long count = 0;
        for (JsonNode item : items) {
            if (clinicianIds.contains(uuidOrNull(item.path("clinicianId").asString()))) {
                count++;
            }
        }
        return count;
    }

    private static UUID uuidOrNull(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
