package org.openmat.simulator.cohort;

import java.util.List;
import java.util.Random;

/** Made-up names for synthetic people. */
final class Names {

    private static final List<String> GIVEN = List.of("Avery", "Blake", "Casey", "Devon", "Emerson", "Finley",
            "Harper", "Jamie", "Kendall", "Logan", "Morgan", "Parker", "Quinn", "Reese", "Rowan", "Sage", "Skyler",
            "Taylor");
    private static final List<String> FAMILY = List.of("Alder", "Birch", "Cedar", "Dunmore", "Ellison", "Fairley",
            "Garrow", "Hollis", "Ingram", "Jessup", "Kimble", "Lowry", "Marlow", "Norcross", "Oakley", "Prescott",
            "Quarles", "Rayburn", "Selwyn", "Thorne");

    private Names() {
    }

    static String given(Random random) {
        return GIVEN.get(random.nextInt(GIVEN.size()));
    }

    static String family(Random random) {
        return FAMILY.get(random.nextInt(FAMILY.size()));
    }
}
