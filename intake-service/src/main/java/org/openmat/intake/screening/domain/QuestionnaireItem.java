package org.openmat.intake.screening.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One question (or group of questions) of a questionnaire, identified by its stable {@code linkId}.
 *
 * @param required whether every submission must answer it
 * @param repeats  whether it takes several answers
 * @param items    child items: a group's questions, or questions asked about each answer (e.g. routes per opioid)
 */
public record QuestionnaireItem(String linkId, String text, AnswerType type, boolean required, boolean repeats,
                                AllowedAnswers allowed, List<QuestionnaireItem> items) {

    public QuestionnaireItem {
        Objects.requireNonNull(linkId, "linkId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(allowed, "allowed");
        items = List.copyOf(items);
    }

    static QuestionnaireItem yesNo(String linkId, String text) {
        return new QuestionnaireItem(linkId, text, AnswerType.BOOLEAN, true, false, new AllowedAnswers.Any(), List.of());
    }

    static QuestionnaireItem choice(String linkId, String text, AllowedAnswers.Options options) {
        return new QuestionnaireItem(linkId, text, AnswerType.CODING, true, false, options, List.of());
    }

    static QuestionnaireItem integer(String linkId, String text, int min, int max) {
        return new QuestionnaireItem(linkId, text, AnswerType.INTEGER, true, false,
                new AllowedAnswers.IntegerRange(min, max), List.of());
    }

    static QuestionnaireItem text(String linkId, String text, int maxLength, String format) {
        return new QuestionnaireItem(linkId, text, AnswerType.STRING, true, false,
                new AllowedAnswers.Text(maxLength, format), List.of());
    }

    static QuestionnaireItem group(String linkId, String text, QuestionnaireItem... items) {
        return new QuestionnaireItem(linkId, text, AnswerType.GROUP, true, false, new AllowedAnswers.Any(),
                List.of(items));
    }

    /** This item and all its descendants, depth first. */
    public Stream<QuestionnaireItem> flattened() {
        return Stream.concat(Stream.of(this), items.stream().flatMap(QuestionnaireItem::flattened));
    }

    public Optional<AllowedAnswers.Options> options() {
        return allowed instanceof AllowedAnswers.Options options ? Optional.of(options) : Optional.empty();
    }
}
