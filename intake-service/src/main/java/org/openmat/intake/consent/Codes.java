package org.openmat.intake.consent;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Sets of enum codes as stored (comma-separated, in declaration order) and as published (names). */
final class Codes {

    private Codes() {
    }

    static <E extends Enum<E>> String join(Collection<E> codes) {
        return codes.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> parse(String stored, Class<E> type) {
        EnumSet<E> codes = EnumSet.noneOf(type);
        if (stored != null && !stored.isEmpty()) {
            Arrays.stream(stored.split(",")).map(code -> Enum.valueOf(type, code)).forEach(codes::add);
        }
        return codes;
    }

    static <E extends Enum<E>> List<String> names(Collection<E> codes) {
        return codes.stream().sorted().map(Enum::name).toList();
    }
}
