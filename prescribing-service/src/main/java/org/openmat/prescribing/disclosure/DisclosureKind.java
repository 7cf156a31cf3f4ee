package org.openmat.prescribing.disclosure;

/** What a disclosure tells the pharmacy, with the CloudEvent type it travels as. */
public enum DisclosureKind {
    ORDER("org.openmat.prescribing.MedicationRequestOrdered.v1", ""),
    CANCELLATION("org.openmat.prescribing.MedicationRequestCancelled.v1", "CANCELLATION_");

    private final String eventType;
    private final String reasonPrefix;

    DisclosureKind(String eventType, String reasonPrefix) {
        this.eventType = eventType;
        this.reasonPrefix = reasonPrefix;
    }

    public String eventType() {
        return eventType;
    }

    /** The reason code published when this kind of disclosure is withheld, e.g. CANCELLATION_CONSENT_REVOKED. */
    String withheldReason(String reason) {
        return reasonPrefix + reason;
    }
}
