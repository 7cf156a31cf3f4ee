package org.openmat.prescribing.disclosure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;

import org.openmat.prescribing.catalogue.CatalogueProduct;
import org.openmat.prescribing.pharmacy.fhir.DispenseUnit;
import org.openmat.prescribing.pharmacy.fhir.MedicationRequestMapper;
import org.openmat.prescribing.pharmacy.fhir.PharmacyOrderStatus;
import org.openmat.prescribing.pharmacy.fhir.PrescriptionForPharmacy;
import org.openmat.prescribing.pharmacy.partners.PartnerPharmacy;
import org.openmat.prescribing.prescriptions.PrescriptionDetails;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Builds the messages partner pharmacies receive from a prescription, a partner and a consent. */
@Component
class PharmacyMessages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MedicationRequestMapper mapper;
    private final DisclosureProperties properties;

    PharmacyMessages(MedicationRequestMapper mapper, DisclosureProperties properties) {
        this.mapper = mapper;
        this.properties = properties;
    }

    /** The prescription as the pharmacy sees it; throws IllegalArgumentException for identifiers a pharmacy rejects. */
    PrescriptionForPharmacy forPharmacy(PrescriptionDetails d, PartnerPharmacy partner, UUID consentId,
            String cancellationReason) {
        CatalogueProduct product = d.product();
        BigDecimal unitsPerDay = d.dosePerDayMg().divide(product.sublingualEquivalentMg(), 3, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return new PrescriptionForPharmacy(d.id(), d.splitGroupId(), d.patientId(),
                new PrescriptionForPharmacy.Prescriber(d.prescriberNpi(), d.prescriberDea()), d.issuedAt(), product,
                new PrescriptionForPharmacy.Directions(d.sig(), unitsPerDay.scale() < 0 ? unitsPerDay.setScale(0)
                        : unitsPerDay, d.induction() ? null : d.timesPerDay()),
                new PrescriptionForPharmacy.Supply(d.quantity(), DispenseUnit.of(product.form()), d.daysSupply(),
                        d.refills(), d.validityEnd()),
                new PrescriptionForPharmacy.Pharmacy(partner.ncpdpId(), partner.npi()),
                cancellationReason == null ? PharmacyOrderStatus.ACTIVE : PharmacyOrderStatus.CANCELLED,
                cancellationReason,
                new PrescriptionForPharmacy.Part2Disclosure(consentId, properties.redisclosureNotice()));
    }

    PharmacyMessage message(UUID messageId, DisclosureKind kind, Instant at, PrescriptionForPharmacy prescription,
            String pharmacyId) {
        return new PharmacyMessage(messageId, kind.eventType(), at, prescription.prescriptionId(),
                prescription.patientId(), pharmacyId, prescription.disclosure().consentId(),
                prescription.disclosure().redisclosureNotice(), PharmacyMessage.FHIR_VERSION,
                PharmacyMessage.FHIR_JSON, mapper.toJson(prescription));
    }

    String webhookPayload(PharmacyMessage message) {
        return JSON.writeValueAsString(new PharmacyMessage.WebhookPayload(message.type(), message.occurredAt(),
                message));
    }

    String redisclosureNotice() {
        return properties.redisclosureNotice();
    }
}
