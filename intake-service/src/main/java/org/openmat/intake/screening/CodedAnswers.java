package org.openmat.intake.screening;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.openmat.intake.screening.domain.AlcoholUseFrequency;
import org.openmat.intake.screening.domain.EmergencyContact;
import org.openmat.intake.screening.domain.FieldViolation;
import org.openmat.intake.screening.domain.FieldViolations;
import org.openmat.intake.screening.domain.OpioidType;
import org.openmat.intake.screening.domain.OpioidUse;
import org.openmat.intake.screening.domain.RouteOfUse;
import org.openmat.intake.screening.domain.ScreeningAnswers;
import org.openmat.intake.screening.domain.TreatmentHistory;

/**
 * Screening answers in their coded form ({@code "fentanyl"}, {@code "injected"}, {@code "current"}, ISO date-times):
 * what a client submits and reads back, and what is stored, so answers are kept as submitted. Field names follow
 * {@link ScreeningAnswers}, so the domain's violations name the submitted fields.
 */
public record CodedAnswers(
        @Size(max = 10) List<@Valid CodedOpioidUse> opioidsUsed,
        String lastOpioidUse,
        String buprenorphineTreatment,
        String methadoneTreatment,
        Boolean benzodiazepineUse,
        String alcoholUse,
        Boolean otherSedativeUse,
        Boolean pregnantOrPossiblyPregnant,
        Boolean breastfeeding,
        Boolean severeLiverDisease,
        Boolean allergicToBuprenorphine,
        Boolean allergicToNaloxone,
        Number withdrawalSelfRating,
        Contact emergencyContact) {

    /** One opioid and the routes by which it was taken. */
    public record CodedOpioidUse(String opioid, @Size(max = 10) List<String> routes) {
    }

    /** Whom to call in an emergency. */
    public record Contact(String name, String relationship, String phone) {
    }

    /** The domain answers, and the fields whose codes, date-times or numbers could not be read (left null). */
    public record Decoded(ScreeningAnswers answers, List<FieldViolation> unreadable) {
    }

    public static CodedAnswers of(ScreeningAnswers a) {
        EmergencyContact contact = a.emergencyContact();
        return new CodedAnswers(
                a.opioidsUsed().stream().map(use -> new CodedOpioidUse(use.opioid().code(),
                        use.routes().stream().map(RouteOfUse::code).toList())).toList(),
                a.lastOpioidUse() == null ? null : a.lastOpioidUse().toString(),
                a.buprenorphineTreatment().code(), a.methadoneTreatment().code(), a.benzodiazepineUse(),
                a.alcoholUse().code(), a.otherSedativeUse(), a.pregnantOrPossiblyPregnant(), a.breastfeeding(),
                a.severeLiverDisease(), a.allergicToBuprenorphine(), a.allergicToNaloxone(), a.withdrawalSelfRating(),
                new Contact(contact.name(), contact.relationship(), contact.phone()));
    }

    public Decoded decode() {
        FieldViolations unreadable = new FieldViolations();
        ScreeningAnswers answers = new ScreeningAnswers(
                opioidUses(unreadable),
                AnswerValues.instant(lastOpioidUse, "lastOpioidUse", unreadable),
                AnswerValues.code(buprenorphineTreatment, TreatmentHistory.class, "buprenorphineTreatment",
                        unreadable),
                AnswerValues.code(methadoneTreatment, TreatmentHistory.class, "methadoneTreatment", unreadable),
                benzodiazepineUse,
                AnswerValues.code(alcoholUse, AlcoholUseFrequency.class, "alcoholUse", unreadable),
                otherSedativeUse, pregnantOrPossiblyPregnant, breastfeeding, severeLiverDisease,
                allergicToBuprenorphine, allergicToNaloxone,
                AnswerValues.wholeNumber(withdrawalSelfRating, "withdrawalSelfRating", unreadable),
                emergencyContact == null ? null : new EmergencyContact(emergencyContact.name(),
                        emergencyContact.relationship(), emergencyContact.phone()));
        return new Decoded(answers, unreadable.list());
    }

    private List<OpioidUse> opioidUses(FieldViolations unreadable) {
        if (opioidsUsed == null) {
            return null;
        }
        List<OpioidUse> uses = new ArrayList<>();
        for (int i = 0; i < opioidsUsed.size(); i++) {
            uses.add(decode(opioidsUsed.get(i), "opioidsUsed[%d]".formatted(i), unreadable));
        }
        return uses;
    }

    private static OpioidUse decode(CodedOpioidUse use, String path, FieldViolations unreadable) {
        if (use == null) {
            return null;
        }
        OpioidType opioid = AnswerValues.code(use.opioid(), OpioidType.class, path + ".opioid", unreadable);
        if (use.routes() == null) {
            return new OpioidUse(opioid, null);
        }
        Set<RouteOfUse> routes = EnumSet.noneOf(RouteOfUse.class);
        for (int i = 0; i < use.routes().size(); i++) {
            RouteOfUse route = AnswerValues.code(use.routes().get(i), RouteOfUse.class,
                    "%s.routes[%d]".formatted(path, i), unreadable);
            if (route != null) {
                routes.add(route);
            }
        }
        return new OpioidUse(opioid, routes);
    }
}
