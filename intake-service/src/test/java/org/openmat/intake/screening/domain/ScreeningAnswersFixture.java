package org.openmat.intake.screening.domain;

import java.time.Instant;
import java.util.List;

/** Screening answers that raise no flag, to vary one answer at a time. */
public final class ScreeningAnswersFixture {

    public static final Instant NOW = Instant.parse("2026-06-15T16:00:00Z");

    private List<OpioidUse> opioidsUsed = List.of(OpioidUse.of(OpioidType.HEROIN, RouteOfUse.INTRANASAL));
    private Instant lastOpioidUse = NOW.minusSeconds(36 * 3600);
    private TreatmentHistory buprenorphineTreatment = TreatmentHistory.NONE;
    private TreatmentHistory methadoneTreatment = TreatmentHistory.NONE;
    private Boolean benzodiazepineUse = false;
    private AlcoholUseFrequency alcoholUse = AlcoholUseFrequency.NEVER;
    private Boolean otherSedativeUse = false;
    private Boolean pregnantOrPossiblyPregnant = false;
    private Boolean breastfeeding = false;
    private Boolean severeLiverDisease = false;
    private Boolean allergicToBuprenorphine = false;
    private Boolean allergicToNaloxone = false;
    private Integer withdrawalSelfRating = 4;
    private EmergencyContact emergencyContact = new EmergencyContact("Dana Rivera", "sister", "+12125550142");

    public static ScreeningAnswersFixture noRisks() {
        return new ScreeningAnswersFixture();
    }

    public ScreeningAnswersFixture opioidsUsed(List<OpioidUse> value) {
        opioidsUsed = value;
        return this;
    }

    public ScreeningAnswersFixture lastOpioidUse(Instant value) {
        lastOpioidUse = value;
        return this;
    }

    public ScreeningAnswersFixture buprenorphineTreatment(TreatmentHistory value) {
        buprenorphineTreatment = value;
        return this;
    }

    public ScreeningAnswersFixture methadoneTreatment(TreatmentHistory value) {
        methadoneTreatment = value;
        return this;
    }

    public ScreeningAnswersFixture benzodiazepineUse(Boolean value) {
        benzodiazepineUse = value;
        return this;
    }

    public ScreeningAnswersFixture alcoholUse(AlcoholUseFrequency value) {
        alcoholUse = value;
        return this;
    }

    public ScreeningAnswersFixture otherSedativeUse(Boolean value) {
        otherSedativeUse = value;
        return this;
    }

    public ScreeningAnswersFixture pregnantOrPossiblyPregnant(Boolean value) {
        pregnantOrPossiblyPregnant = value;
        return this;
    }

    public ScreeningAnswersFixture breastfeeding(Boolean value) {
        breastfeeding = value;
        return this;
    }

    public ScreeningAnswersFixture severeLiverDisease(Boolean value) {
        severeLiverDisease = value;
        return this;
    }

    public ScreeningAnswersFixture allergicToBuprenorphine(Boolean value) {
        allergicToBuprenorphine = value;
        return this;
    }

    public ScreeningAnswersFixture allergicToNaloxone(Boolean value) {
        allergicToNaloxone = value;
        return this;
    }

    public ScreeningAnswersFixture withdrawalSelfRating(Integer value) {
        withdrawalSelfRating = value;
        return this;
    }

    public ScreeningAnswersFixture emergencyContact(EmergencyContact value) {
        emergencyContact = value;
        return this;
    }

    public ScreeningAnswers build() {
        return new ScreeningAnswers(opioidsUsed, lastOpioidUse, buprenorphineTreatment, methadoneTreatment,
                benzodiazepineUse, alcoholUse, otherSedativeUse, pregnantOrPossiblyPregnant, breastfeeding,
                severeLiverDisease, allergicToBuprenorphine, allergicToNaloxone, withdrawalSelfRating,
                emergencyContact);
    }

    /** Accepted as submitted at {@link #NOW}. */
    public ScreeningResponse submitted() {
        return ScreeningResponse.submit(ScreeningQuestionnaire.V1, build(), NOW);
    }
}
