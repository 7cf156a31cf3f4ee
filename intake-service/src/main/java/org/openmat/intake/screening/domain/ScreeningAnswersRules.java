package org.openmat.intake.screening.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The validation rules of {@link ScreeningAnswers}; field paths follow the record's component names. */
final class ScreeningAnswersRules {

    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_RELATIONSHIP_LENGTH = 50;

    private ScreeningAnswersRules() {
    }

    static List<FieldViolation> violations(ScreeningAnswers answers, Instant now) {
        FieldViolations violations = new FieldViolations();
        checkOpioidUse(answers, now, violations);
        violations.requirePresent(answers.buprenorphineTreatment(), "buprenorphineTreatment");
        violations.requirePresent(answers.methadoneTreatment(), "methadoneTreatment");
        violations.requirePresent(answers.benzodiazepineUse(), "benzodiazepineUse");
        violations.requirePresent(answers.alcoholUse(), "alcoholUse");
        violations.requirePresent(answers.otherSedativeUse(), "otherSedativeUse");
        violations.requirePresent(answers.pregnantOrPossiblyPregnant(), "pregnantOrPossiblyPregnant");
        violations.requirePresent(answers.breastfeeding(), "breastfeeding");
        violations.requirePresent(answers.severeLiverDisease(), "severeLiverDisease");
        violations.requirePresent(answers.allergicToBuprenorphine(), "allergicToBuprenorphine");
        violations.requirePresent(answers.allergicToNaloxone(), "allergicToNaloxone");
        checkWithdrawalRating(answers.withdrawalSelfRating(), violations);
        checkEmergencyContact(answers.emergencyContact(), violations);
        return violations.list();
    }

    private static void checkOpioidUse(ScreeningAnswers answers, Instant now, FieldViolations violations) {
        List<OpioidUse> uses = answers.opioidsUsed();
        if (!violations.requirePresent(uses, "opioidsUsed")) {
            return;
        }
        Set<OpioidType> seen = EnumSet.noneOf(OpioidType.class);
        for (int i = 0; i < uses.size(); i++) {
            String path = "opioidsUsed[%d]".formatted(i);
            OpioidUse use = uses.get(i);
            if (!violations.requirePresent(use, path)) {
                continue;
            }
            if (violations.requirePresent(use.opioid(), path + ".opioid") && !seen.add(use.opioid())) {
                violations.add(path + ".opioid", "is listed more than once");
            }
            if (use.routes() == null || use.routes().isEmpty()) {
                violations.add(path + ".routes", "choose at least one route");
            }
        }
        Instant lastUse = answers.lastOpioidUse();
        if (lastUse == null && !uses.isEmpty()) {
            violations.add("lastOpioidUse", "is required when an opioid is listed");
        } else if (lastUse != null && lastUse.isAfter(now)) {
            violations.add("lastOpioidUse", "must not be in the future");
        }
    }

    private static void checkWithdrawalRating(Integer rating, FieldViolations violations) {
        if (violations.requirePresent(rating, "withdrawalSelfRating")
                && (rating < ScreeningAnswers.MIN_WITHDRAWAL_RATING || rating > ScreeningAnswers.MAX_WITHDRAWAL_RATING)) {
            violations.add("withdrawalSelfRating", "must be between %d and %d"
                    .formatted(ScreeningAnswers.MIN_WITHDRAWAL_RATING, ScreeningAnswers.MAX_WITHDRAWAL_RATING));
        }
    }

    private static void checkEmergencyContact(EmergencyContact contact, FieldViolations violations) {
        if (!violations.requirePresent(contact, "emergencyContact")) {
            return;
        }
        violations.requireText(contact.name(), "emergencyContact.name", MAX_NAME_LENGTH);
        violations.requireText(contact.relationship(), "emergencyContact.relationship", MAX_RELATIONSHIP_LENGTH);
        if (contact.phone() == null || contact.phone().isBlank()) {
            violations.add("emergencyContact.phone", "is required");
        } else if (!PhoneNumbers.isValid(contact.phone())) {
            violations.add("emergencyContact.phone", "must be in E.164 form (+12125550142) or a US 10-digit number");
        }
    }
}
