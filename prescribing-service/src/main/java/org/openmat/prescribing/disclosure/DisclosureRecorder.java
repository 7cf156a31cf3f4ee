package org.openmat.prescribing.disclosure;

import java.time.Instant;
import java.util.UUID;

import org.openmat.contracts.prescribing.v1.PharmacyDisclosureRecorded;
import org.openmat.contracts.prescribing.v1.PharmacyDisclosureWithheld;
import org.openmat.platform.outbox.Outbox;
import org.openmat.prescribing.pharmacy.partners.DeliveryChannel;
import org.springframework.stereotype.Component;

/** Records a disclosure made or withheld and announces it, in the caller's transaction. */
@Component
public class DisclosureRecorder {

    private final DisclosureLog log;
    private final Outbox outbox;

    DisclosureRecorder(DisclosureLog log, Outbox outbox) {
        this.log = log;
        this.outbox = outbox;
    }

    public void disclosed(Disclosed disclosed) {
        log.disclosed(disclosed);
        outbox.publish(new PharmacyDisclosureRecorded(UUID.randomUUID(), disclosed.at(), disclosed.disclosureId(),
                disclosed.prescriptionId(), disclosed.patientId(), disclosed.pharmacyId(), disclosed.consentId(),
                disclosed.channel().name(), disclosed.at()));
    }

    /** A disclosure not made; {@code reason} is prefixed for cancellations, e.g. CANCELLATION_CONSENT_REVOKED. */
    public void withheld(Withheld withheld) {
        String reasonCode = withheld.kind().withheldReason(withheld.reason());
        log.withheld(withheld.prescriptionId(), withheld.pharmacyId(), withheld.kind(), withheld.channel(),
                reasonCode, withheld.at());
        outbox.publish(new PharmacyDisclosureWithheld(UUID.randomUUID(), withheld.at(), withheld.prescriptionId(),
                withheld.patientId(), withheld.clinicianId(), withheld.pharmacyId(), reasonCode));
    }

    /** A disclosure that was not made, and why; {@code channel} is null when no channel was tried. */
    public record Withheld(UUID prescriptionId, UUID patientId, UUID clinicianId, String pharmacyId,
            DisclosureKind kind, DeliveryChannel channel, String reason, Instant at) {
    }
}
