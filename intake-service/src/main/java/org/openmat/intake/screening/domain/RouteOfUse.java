package org.openmat.intake.screening.domain;

import java.util.Arrays;
import java.util.Optional;

/** How an opioid is taken. */
public enum RouteOfUse implements CodedAnswer {
    ORAL("oral", "Swallowed"),
    INTRANASAL("intranasal", "Snorted"),
    SMOKED("smoked", "Smoked"),
    INJECTED("injected", "Injected");

    private final String code;
    private final String display;

    RouteOfUse(String code, String display) {
        this.code = code;
        this.display = display;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String display() {
        return display;
    }

    public static Optional<RouteOfUse> fromCode(String code) {
        return Arrays.stream(values()).filter(value -> value.code.equals(code)).findFirst();
    }
}
