package org.openmat.intake.eligibility.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.openmat.intake.screening.domain.OpioidType;
import org.openmat.intake.screening.domain.ScreeningAnswers;
import org.openmat.intake.screening.domain.TreatmentHistory;

/** The review flags that accepted screening answers raise under a program's settings. */
final class ScreeningFlags {

    private ScreeningFlags() {
    }

    static Set<EligibilityFlag> raisedBy(ScreeningAnswers answers, ProgramSettings settings, Instant now) {
        Set<EligibilityFlag> flags = EnumSet.noneOf(EligibilityFlag.class);
        if (answers.pregnantOrPossiblyPregnant()) {
            flags.add(EligibilityFlag.PREGNANCY);
        }
        if (answers.breastfeeding()) {
            flags.add(EligibilityFlag.BREASTFEEDING);
        }
        if (answers.benzodiazepineUse()) {
            flags.add(EligibilityFlag.BENZODIAZEPINES);
        }
        if (answers.alcoholUse().isAtLeast(settings.alcoholFlagFrom())) {
            flags.add(EligibilityFlag.ALCOHOL);
        }
        if (answers.otherSedativeUse()) {
            flags.add(EligibilityFlag.SEDATIVES);
        }
        if (answers.methadoneTreatment() == TreatmentHistory.CURRENT) {
            flags.add(EligibilityFlag.METHADONE);
        }
        if (usedFentanylRecently(answers, settings, now)) {
            flags.add(EligibilityFlag.RECENT_FENTANYL);
        }
        if (answers.severeLiverDisease()) {
            flags.add(EligibilityFlag.LIVER_DISEASE);
        }
        if (answers.allergicToBuprenorphine() || answers.allergicToNaloxone()) {
            flags.add(EligibilityFlag.ALLERGY);
        }
        return flags;
    }

    // The questionnaire records one time of last use for all opioids, so when fentanyl is among them the last use
    // is taken to be fentanyl: over-flagging costs a review, under-flagging risks precipitated withdrawal.
    private static boolean usedFentanylRecently(ScreeningAnswers answers, ProgramSettings settings, Instant now) {
        return answers.usedOpioid(OpioidType.FENTANYL)
                && !answers.lastOpioidUse().isBefore(now.minus(settings.recentFentanylWindow()));
    }
}
