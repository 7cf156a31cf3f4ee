package org.openmat.intake.screening.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** One opioid an applicant has used and every route by which they took it. */
public record OpioidUse(OpioidType opioid, Set<RouteOfUse> routes) {

    public OpioidUse {
        routes = routes == null ? null : Collections.unmodifiableSet(routes.stream()
                .filter(Objects::nonNull)
                .collect(() -> EnumSet.noneOf(RouteOfUse.class), Set::add, Set::addAll));
    }

    public static OpioidUse of(OpioidType opioid, RouteOfUse... routes) {
        return new OpioidUse(opioid, Set.of(routes));
    }
}
