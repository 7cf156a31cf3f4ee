package org.openmat.intake.screening.domain;

import java.util.Arrays;
import java.util.Optional;

/** Which opioids an applicant has used; illicit fentanyl matters most because it lengthens the wait before induction. */
public enum OpioidType implements CodedAnswer {
    HEROIN("heroin", "Heroin"),
    FENTANYL("fentanyl", "Fentanyl (including pressed pills)"),
    PRESCRIPTION_OPIOIDS("prescription-opioids", "Prescription opioids (e.g. oxycodone, hydrocodone)"),
    OTHER("other", "Other opioids");

    private final String code;
    private final String display;

    OpioidType(String code, String display) {
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

    public static Optional<OpioidType> fromCode(String code) {
        return Arrays.stream(values()).filter(value -> value.code.equals(code)).findFirst();
    }
}
