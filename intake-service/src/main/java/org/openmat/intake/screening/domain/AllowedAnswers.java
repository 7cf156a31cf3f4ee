package org.openmat.intake.screening.domain;

import java.util.Arrays;
import java.util.List;

/** What answers a questionnaire item allows beyond its {@link AnswerType}. */
public sealed interface AllowedAnswers {

    /** No constraint beyond the answer type. */
    record Any() implements AllowedAnswers {
    }

    /** One of the listed codes, drawn from the named value set. */
    record Options(String valueSet, List<AnswerOption> options) implements AllowedAnswers {
        public Options {
            options = List.copyOf(options);
        }

        public static Options of(String valueSet, CodedAnswer... values) {
            return new Options(valueSet, Arrays.stream(values).map(AnswerOption::of).toList());
        }
    }

    /** An integer from {@code min} to {@code max}, both inclusive. */
    record IntegerRange(int min, int max) implements AllowedAnswers {
    }

    /** Free text of at most {@code maxLength} characters, optionally matching a described format. */
    record Text(int maxLength, String format) implements AllowedAnswers {
    }

    /** An allowed coded answer. */
    record AnswerOption(String code, String display) {
        public static AnswerOption of(CodedAnswer answer) {
            return new AnswerOption(answer.code(), answer.display());
        }
    }
}
