package org.openmat.prescribing.rules;

/** A status change the prescription's current state does not allow. */
public class IllegalPrescriptionTransitionException extends RuntimeException {

    private final PrescriptionStatus from;
    private final PrescriptionStatus to;

    public IllegalPrescriptionTransitionException(PrescriptionStatus from, PrescriptionStatus to, String why) {
        super("cannot move a prescription from " + from + " to " + to + ": " + why);
        this.from = from;
        this.to = to;
    }

    public PrescriptionStatus from() {
        return from;
    }

    public PrescriptionStatus to() {
        return to;
    }
}
