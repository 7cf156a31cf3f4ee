package org.openmat.intake.screening.domain;

/** The type of answer a questionnaire item takes; {@code GROUP} items take none and hold other items. */
public enum AnswerType {
    BOOLEAN, DATE_TIME, CODING, INTEGER, STRING, GROUP
}
