package org.openmat.intake.consent.web;

import jakarta.validation.constraints.Size;

/** A written revocation; the reason is optional and stays in intake. */
record RevokeConsentRequest(@Size(max = 500) String reason) {

    String strippedReason() {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }
}
