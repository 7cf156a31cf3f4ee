package org.openmat.followup.outcomes;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Optional;

/** How outcome figures can be broken down; {@link #parameter()} is the value of the API's {@code groupBy}. */
public enum OutcomeGrouping {

    /** By the ISO week (Monday start) of the induction date in the patient's zone: the weekly trend. */
    INDUCTION_WEEK("inductionWeek"),
    /** By the clinician who prescribed the induction. */
    CLINICIAN("clinician"),
    /** By where the patient was at the induction visit (else where intake last placed them). */
    STATE("state");

    public static final String UNKNOWN = "UNKNOWN";

    private final String parameter;

    OutcomeGrouping(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public static Optional<OutcomeGrouping> byParameter(String value) {
        return Arrays.stream(values()).filter(g -> g.parameter.equals(value)).findFirst();
    }

    String keyOf(CohortMember member) {
        return switch (this) {
            case INDUCTION_WEEK -> weekStart(member.inductionDate()).toString();
            case CLINICIAN -> member.clinicianId().toString();
            case STATE -> member.patientState() == null ? UNKNOWN : member.patientState();
        };
    }

    String labelOf(String key) {
        if (this != INDUCTION_WEEK) {
            return key;
        }
        LocalDate monday = LocalDate.parse(key);
        return "%d-W%02d".formatted(monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static LocalDate weekStart(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
