package org.openmat.scheduling.visits.domain;

/** A visit was asked to move to a status it cannot reach from where it is (the web layer answers 409). */
public class IllegalVisitTransitionException extends IllegalStateException {

    private final VisitStatus from;
    private final VisitStatus to;

    public IllegalVisitTransitionException(VisitStatus from, VisitStatus to) {
        super("A visit that is " + from + " cannot become " + to);
        this.from = from;
        this.to = to;
    }

    public VisitStatus from() {
        return from;
    }

    public VisitStatus to() {
        return to;
    }
}
