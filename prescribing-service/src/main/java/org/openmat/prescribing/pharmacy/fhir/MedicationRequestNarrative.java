package org.openmat.prescribing.pharmacy.fhir;

import org.hl7.fhir.r4.model.Narrative;

/** Human-readable summary of the order for pharmacy screens, ending with the Part 2 redisclosure notice. */
final class MedicationRequestNarrative {

    private MedicationRequestNarrative() {
    }

    static Narrative of(PrescriptionForPharmacy prescription) {
        PrescriptionForPharmacy.Supply supply = prescription.supply();
        StringBuilder div = new StringBuilder("<div xmlns=\"http://www.w3.org/1999/xhtml\">");
        paragraph(div, prescription.product().displayName() + ": " + prescription.directions().sig());
        paragraph(div, "Dispense " + supply.quantity() + " " + supply.unit().display() + "(s), "
                + supply.daysSupply() + " days supply, " + supply.refills() + " refill(s); valid until "
                + supply.validityEnd() + ".");
        if (prescription.status() == PharmacyOrderStatus.CANCELLED) {
            paragraph(div, "CANCELLED: " + prescription.cancellationReason());
        }
        paragraph(div, prescription.disclosure().redisclosureNotice());
        div.append("</div>");
        Narrative narrative = new Narrative().setStatus(Narrative.NarrativeStatus.GENERATED);
        narrative.setDivAsString(div.toString());
        return narrative;
    }

    private static void paragraph(StringBuilder div, String text) {
        div.append("<p>").append(escape(text)).append("</p>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
