package org.openmat.intake.eligibility.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Whether an applicant may enrol, with the reasons when not and the flags a clinician must review. A pending
 * decision may already carry flags known before screening (a minor's guardian requirement).
 */
public record EligibilityDecision(EligibilityOutcome outcome, Set<EligibilityFlag> flags,
                                  Set<IneligibilityReason> reasons) {

    public EligibilityDecision {
        Objects.requireNonNull(outcome, "outcome");
        flags = enumSet(EligibilityFlag.class, flags);
        reasons = enumSet(IneligibilityReason.class, reasons);
        boolean consistent = switch (outcome) {
            case ELIGIBLE -> flags.isEmpty() && reasons.isEmpty();
            case ELIGIBLE_WITH_FLAGS -> !flags.isEmpty() && reasons.isEmpty();
            case NOT_ELIGIBLE -> flags.isEmpty() && !reasons.isEmpty();
            case PENDING_SCREENING -> reasons.isEmpty();
        };
        if (!consistent) {
            throw new IllegalArgumentException("%s cannot have flags %s and reasons %s".formatted(outcome, flags, reasons));
        }
    }

    /** {@code ELIGIBLE} without flags, {@code ELIGIBLE_WITH_FLAGS} with. */
    public static EligibilityDecision eligible(Set<EligibilityFlag> flags) {
        return new EligibilityDecision(flags.isEmpty() ? EligibilityOutcome.ELIGIBLE
                : EligibilityOutcome.ELIGIBLE_WITH_FLAGS, flags, Set.of());
    }

    public static EligibilityDecision notEligible(Set<IneligibilityReason> reasons) {
        return new EligibilityDecision(EligibilityOutcome.NOT_ELIGIBLE, Set.of(), reasons);
    }

    public static EligibilityDecision pendingScreening(Set<EligibilityFlag> flagsKnownSoFar) {
        return new EligibilityDecision(EligibilityOutcome.PENDING_SCREENING, flagsKnownSoFar, Set.of());
    }

    public boolean requiresClinicianReview() {
        return !flags.isEmpty();
    }

    /** For {@code PatientEnrolled.eligibility}. */
    public String outcomeCode() {
        return outcome.code();
    }

    /** For {@code PatientEnrolled.flagCodes}, in a fixed order. */
    public List<String> flagCodes() {
        return flags.stream().map(EligibilityFlag::code).toList();
    }

    public List<String> reasonCodes() {
        return reasons.stream().map(IneligibilityReason::code).toList();
    }

    private static <E extends Enum<E>> Set<E> enumSet(Class<E> type, Collection<E> values) {
        Set<E> copy = EnumSet.noneOf(type);
        if (values != null) {
            copy.addAll(values);
        }
        return Collections.unmodifiableSet(copy);
    }
}
