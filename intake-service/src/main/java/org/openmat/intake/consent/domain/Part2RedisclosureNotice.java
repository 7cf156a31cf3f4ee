package org.openmat.intake.consent.domain;

/** The notice every disclosure made on a Part 2 consent carries (the 2024 rule's abbreviated notice, 42 CFR 2.32). */
public final class Part2RedisclosureNotice {

    public static final String TEXT = "42 CFR part 2 prohibits unauthorized use or disclosure of these records.";

    private Part2RedisclosureNotice() {
    }
}
