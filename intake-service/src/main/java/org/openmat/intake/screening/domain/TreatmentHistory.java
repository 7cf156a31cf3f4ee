package org.openmat.intake.screening.domain;

import java.util.Arrays;
import java.util.Optional;

/** Whether an applicant has had a treatment (buprenorphine, methadone) never, in the past, or is on it now. */
public enum TreatmentHistory implements CodedAnswer {
    NONE("none", "Never"),
    PAST("past", "In the past"),
    CURRENT("current", "Currently");

    private final String code;
    private final String display;

    TreatmentHistory(String code, String display) {
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

    public static Optional<TreatmentHistory> fromCode(String code) {
        return Arrays.stream(values()).filter(value -> value.code.equals(code)).findFirst();
    }
}
