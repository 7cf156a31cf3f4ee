package org.openmat.prescribing.pharmacy.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openmat.prescribing.pharmacy.fhir.PrescriptionForPharmacy.Pharmacy;
import org.openmat.prescribing.pharmacy.fhir.PrescriptionForPharmacy.Prescriber;
import org.openmat.prescribing.pharmacy.fhir.PrescriptionForPharmacy.Supply;
import org.openmat.prescribing.rules.CancelRx;

class PrescriptionForPharmacyTests {

    private final PrescriptionForPharmacy issued = PharmacyFixtures.splitSuboxonePrescription();

    @Test
    void rejectsNpiWithWrongCheckDigit() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Prescriber("1234567890", "AB1234563"))
                .withMessageContaining("NPI");
    }

    @Test
    void rejectsDeaNumberWithWrongCheckDigit() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Prescriber("1234567893", "AB1234564"))
                .withMessageContaining("check digit");
        assertThatIllegalArgumentException().isThrownBy(() -> new Prescriber("1234567893", "A1234563"));
    }

    @Test
    void rejectsNcpdpIdThatIsNotSevenDigits() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Pharmacy("123456", "1245319599"));
    }

    @Test
    void rejectsProductWithoutRxNormCode() {
        var unverifiedTablet = PharmacyFixtures.CATALOGUE.find("BUP-NAL-SL-TAB-4-1").orElseThrow();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PrescriptionForPharmacy(issued.prescriptionId(), null, issued.patientId(),
                        issued.prescriber(), issued.authoredOn(), unverifiedTablet, issued.directions(),
                        new Supply(28, DispenseUnit.TABLET, 14, 0, PharmacyFixtures.VALIDITY_END), issued.pharmacy(),
                        PharmacyOrderStatus.ACTIVE, null, issued.disclosure()))
                .withMessageContaining("no RxNorm code");
    }

    @Test
    void rejectsUnitThatDoesNotMatchProductForm() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PrescriptionForPharmacy(issued.prescriptionId(), null, issued.patientId(),
                        issued.prescriber(), issued.authoredOn(), issued.product(), issued.directions(),
                        new Supply(28, DispenseUnit.TABLET, 14, 0, PharmacyFixtures.VALIDITY_END), issued.pharmacy(),
                        PharmacyOrderStatus.ACTIVE, null, issued.disclosure()));
    }

    @Test
    void requiresCancellationReasonExactlyForCancelledOrders() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PrescriptionForPharmacy(issued.prescriptionId(), null, issued.patientId(),
                        issued.prescriber(), issued.authoredOn(), issued.product(), issued.directions(),
                        issued.supply(), issued.pharmacy(), PharmacyOrderStatus.CANCELLED, " ", issued.disclosure()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PrescriptionForPharmacy(issued.prescriptionId(), null, issued.patientId(),
                        issued.prescriber(), issued.authoredOn(), issued.product(), issued.directions(),
                        issued.supply(), issued.pharmacy(), PharmacyOrderStatus.ACTIVE, "why", issued.disclosure()));
    }

    @Test
    void cancellingKeepsEverythingButStatusAndReason() {
        PrescriptionForPharmacy cancelled = issued.cancelled(
                new CancelRx("patient asked", "clinician-7", Instant.parse("2026-03-02T16:00:00Z")));

        assertThat(cancelled.status()).isEqualTo(PharmacyOrderStatus.CANCELLED);
        assertThat(cancelled.cancellationReason()).isEqualTo("patient asked");
        assertThat(cancelled).usingRecursiveComparison().ignoringFields("status", "cancellationReason")
                .isEqualTo(issued);
    }

    @Test
    void requiresRedisclosureNotice() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new PrescriptionForPharmacy.Part2Disclosure(PharmacyFixtures.CONSENT_ID, ""));
    }

    @Test
    void rejectsNonPositiveDailyUnits() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new PrescriptionForPharmacy.Directions("as directed", BigDecimal.ZERO, null));
    }
}
