package org.openmat.intake.screening.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An applicant's answers to the OUD screening questionnaire, exactly as submitted; may be invalid until checked with
 * {@link #violations(Instant)}. Yes/no answers are boxed so that an unanswered question is told apart from "no".
 *
 * @param opioidsUsed          opioids used in the last 12 months; empty when none
 * @param lastOpioidUse        when any opioid was last used; required when {@code opioidsUsed} is not empty
 * @param withdrawalSelfRating how bad withdrawal feels right now, 0 (none) to 10 (worst)
 */
public record ScreeningAnswers(
        List<OpioidUse> opioidsUsed,
        Instant lastOpioidUse,
        TreatmentHistory buprenorphineTreatment,
        TreatmentHistory methadoneTreatment,
        Boolean benzodiazepineUse,
        AlcoholUseFrequency alcoholUse,
        Boolean otherSedativeUse,
        Boolean pregnantOrPossiblyPregnant,
        Boolean breastfeeding,
        Boolean severeLiverDisease,
        Boolean allergicToBuprenorphine,
        Boolean allergicToNaloxone,
        Integer withdrawalSelfRating,
        EmergencyContact emergencyContact) {

    public static final int MIN_WITHDRAWAL_RATING = 0;
    public static final int MAX_WITHDRAWAL_RATING = 10;

    public ScreeningAnswers {
        // Not List.copyOf: a null entry must survive to be reported as a violation, not fail here.
        opioidsUsed = opioidsUsed == null ? null : Collections.unmodifiableList(new ArrayList<>(opioidsUsed));
    }

    /** Every invalid field, empty when the answers can be accepted; {@code now} bounds times that cannot be future. */
    public List<FieldViolation> violations(Instant now) {
        return ScreeningAnswersRules.violations(this, now);
    }

    public boolean usedOpioid(OpioidType opioid) {
        return opioidsUsed != null && opioidsUsed.stream().anyMatch(use -> use != null && use.opioid() == opioid);
    }
}
