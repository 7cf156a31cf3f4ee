package org.openmat.prescribing.pharmacy.webhook;

/** A webhook target URL that {@link WebhookTargetPolicy} does not allow. */
public class WebhookTargetRefusedException extends RuntimeException {

    private final transient TargetDecision.Refused refusal;

    public WebhookTargetRefusedException(TargetDecision.Refused refusal) {
        super("webhook target " + refusal.target() + " refused (" + refusal.reason() + "): " + refusal.detail());
        this.refusal = refusal;
    }

    public TargetDecision.Refused refusal() {
        return refusal;
    }
}
