package org.openmat.followup.escalation.domain;

/** An escalation is resolved once; a second resolution would overwrite who resolved it and why. */
public class EscalationAlreadyResolvedException extends RuntimeException {

    public EscalationAlreadyResolvedException() {
        super("The escalation was already resolved");
    }
}
