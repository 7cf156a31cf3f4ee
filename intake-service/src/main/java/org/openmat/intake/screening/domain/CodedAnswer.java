package org.openmat.intake.screening.domain;

/** A coded answer option: a stable {@code code} that is stored and exported, and a {@code display} for people. */
public interface CodedAnswer {

    String code();

    String display();
}
