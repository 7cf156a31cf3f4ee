package org.openmat.prescribing.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PrescriptionLifecycleTests {

    private static final Instant AT = Instant.parse("2026-03-11T14:00:00Z");
    private static final CancelRx CANCEL = new CancelRx("wrong strength entered", "clinician-1", AT);

    @Test
    void cancelsIssuedPrescriptionWithReason() {
        PrescriptionLifecycle prescription = PrescriptionLifecycle.issued("rx-1");

        PrescriptionStatusChanged changed = prescription.cancel(CANCEL);

        assertThat(changed).isEqualTo(new PrescriptionStatusChanged(
                "rx-1", PrescriptionStatus.ISSUED, PrescriptionStatus.CANCELLED, AT, "wrong strength entered"));
        assertThat(prescription.status()).isEqualTo(PrescriptionStatus.CANCELLED);
    }

    @Test
    void requiresReasonToCancel() {
        assertThatThrownBy(() -> new CancelRx("  ", "clinician-1", AT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a cancellation needs a reason");
        assertThatThrownBy(() -> new CancelRx(null, "clinician-1", AT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void allowsCancelWhenThePharmacyCouldNotDispense() {
        PrescriptionLifecycle prescription = PrescriptionLifecycle.issued("rx-1");
        prescription.recordFill(PharmacyFillStatus.NOT_DISPENSED, AT);

        PrescriptionStatusChanged changed = prescription.cancel(CANCEL);

        assertThat(changed.from()).isEqualTo(PrescriptionStatus.NOT_DISPENSED);
        assertThat(prescription.status()).isEqualTo(PrescriptionStatus.CANCELLED);
    }

    @ParameterizedTest
    @EnumSource(value = PharmacyFillStatus.class, names = {"DISPENSED", "PARTIALLY_DISPENSED"})
    void rejectsCancelOnceMedicationWasDispensed(PharmacyFillStatus fill) {
        PrescriptionLifecycle prescription = PrescriptionLifecycle.issued("rx-1");
        prescription.recordFill(fill, AT);

        assertThatThrownBy(() -> prescription.cancel(CANCEL))
                .isInstanceOf(IllegalPrescriptionTransitionException.class)
                .hasMessageContaining("already been dispensed");
        assertThat(prescription.status()).isEqualTo(fill.resultingStatus());
        assertThat(prescription.canBeCancelled()).isFalse();
    }

    @Test
    void rejectsCancelWhenARefillCouldNotBeDispensedAfterAnEarlierFill() {
        PrescriptionLifecycle prescription = PrescriptionLifecycle.issued("rx-1");
        prescription.recordFill(PharmacyFillStatus.DISPENSED, AT);
        prescription.recordFill(PharmacyFillStatus.NOT_DISPENSED, AT.plusSeconds(86_400 * 14));

        assertThatThrownBy(() -> prescription.cancel(CANCEL))
                .isInstanceOf(IllegalPrescriptionTransitionException.class);
    }

    @ParameterizedTest
    @EnumSource(PharmacyFillStatus.class)
    void recordsEachPharmacyFillStatusOnIssuedPrescription(PharmacyFillStatus fill) {
        PrescriptionLifecycle prescription = PrescriptionLifecycle.issued("rx-1");

        PrescriptionStatusChanged changed = prescription.recordFill(fill, AT);

        assertThat(changed).isEqualTo(new PrescriptionStatusChanged(
                "rx-1", PrescriptionStatus.ISSUED, PrescriptionStatus.valueOf(fill.name()), AT, null));
        assertThat(prescription.status()).isEqualTo(PrescriptionStatus.valueOf(fill.name()));
    }

    @Test
    void completesAPartialFill() {
        PrescriptionLifecycle prescription = PrescriptionLifecycle.issued("rx-1");
        prescription.recordFill(PharmacyFillStatus.PARTIALLY_DISPENSED, AT);

        prescription.recordFill(PharmacyFillStatus.DISPENSED, AT.plusSeconds(86_400));

        assertThat(prescription.status()).isEqualTo(PrescriptionStatus.DISPENSED);
    }

    @Test
    void rejectsFillStatusAfterCancellation() {
        PrescriptionLifecycle prescription = PrescriptionLifecycle.issued("rx-1");
        prescription.cancel(CANCEL);

        assertThatThrownBy(() -> prescription.recordFill(PharmacyFillStatus.DISPENSED, AT))
                .isInstanceOfSatisfying(IllegalPrescriptionTransitionException.class, e -> {
                    assertThat(e.from()).isEqualTo(PrescriptionStatus.CANCELLED);
                    assertThat(e.to()).isEqualTo(PrescriptionStatus.DISPENSED);
                });
    }

    @Test
    void rejectsFillStatusAfterTransfer() {
        PrescriptionLifecycle prescription = PrescriptionLifecycle.issued("rx-1");
        prescription.recordFill(PharmacyFillStatus.TRANSFERRED, AT);

        assertThatThrownBy(() -> prescription.recordFill(PharmacyFillStatus.DISPENSED, AT))
                .isInstanceOf(IllegalPrescriptionTransitionException.class);
        assertThatThrownBy(() -> prescription.cancel(CANCEL))
                .isInstanceOf(IllegalPrescriptionTransitionException.class);
    }

    @Test
    void rejectsCancellingTwice() {
        PrescriptionLifecycle prescription = PrescriptionLifecycle.issued("rx-1");
        prescription.cancel(CANCEL);

        assertThatThrownBy(() -> prescription.cancel(CANCEL))
                .isInstanceOf(IllegalPrescriptionTransitionException.class)
                .hasMessageContaining("already CANCELLED");
    }

    @Test
    void restoresStoredStateAndRejectsAnInconsistentOne() {
        PrescriptionLifecycle restored =
                PrescriptionLifecycle.restore("rx-1", PrescriptionStatus.NOT_DISPENSED, false);
        assertThat(restored.canBeCancelled()).isTrue();

        assertThatThrownBy(() -> PrescriptionLifecycle.restore("rx-1", PrescriptionStatus.DISPENSED, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
