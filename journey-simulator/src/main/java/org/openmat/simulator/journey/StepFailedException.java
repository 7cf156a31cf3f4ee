package org.openmat.simulator.journey;

/** An API step answered what the journey cannot go on from; the message names the step and status, never data. */
public class StepFailedException extends RuntimeException {

    private final String kind;

    public StepFailedException(String step, String answer) {
        super(step + ": " + answer);
        this.kind = step + ": " + answer;
    }

    /** How the error tally counts it, e.g. {@code scheduling: book: 409 caseload-full}. */
    public String kind() {
        return kind;
    }
}
