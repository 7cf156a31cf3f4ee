package org.openmat.prescribing.prescriptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openmat.contracts.UsState;
import org.openmat.prescribing.catalogue.BuprenorphineCatalogue;
import org.openmat.prescribing.rules.CancelRx;
import org.openmat.prescribing.rules.IllegalPrescriptionTransitionException;
import org.openmat.prescribing.rules.PharmacyFillStatus;
import org.openmat.prescribing.rules.PrescriptionStatus;
import org.openmat.prescribing.rules.TreatmentPhase;

class PrescriptionTests {

    private static final Instant ISSUED_AT = Instant.parse("2026-03-10T15:00:00Z");

    @Test
    void anIssuedPrescriptionStartsItsHistoryWithIssuedByItsPrescriber() {
        Prescription prescription = Prescription.issue(details());

        assertThat(prescription.status()).isEqualTo(PrescriptionStatus.ISSUED);
        assertThat(prescription.history()).singleElement().satisfies(entry -> {
            assertThat(entry.sequence()).isEqualTo(1);
            assertThat(entry.changedBy()).isEqualTo("clinician-1");
            assertThat(entry.actor()).isEqualTo(StatusEntry.CLINICIAN);
        });
    }

    @Test
    void everyChangeAppendsToTheHistoryAndNeverRewritesIt() {
        Prescription prescription = Prescription.issue(details());

        StatusEntry notDispensed = prescription.recordFill(PharmacyFillStatus.NOT_DISPENSED, "OUT_OF_STOCK", "pharm-a",
                ISSUED_AT.plusSeconds(3600));
        StatusEntry cancelled = prescription.cancel(new CancelRx("send elsewhere", "clinician-1",
                ISSUED_AT.plusSeconds(7200)));

        assertThat(notDispensed.sequence()).isEqualTo(2);
        assertThat(notDispensed.reasonCode()).isEqualTo("OUT_OF_STOCK");
        assertThat(cancelled.sequence()).isEqualTo(3);
        assertThat(prescription.history()).extracting(StatusEntry::status).containsExactly(
                PrescriptionStatus.ISSUED, PrescriptionStatus.NOT_DISPENSED, PrescriptionStatus.CANCELLED);
    }

    @Test
    void aPrescriptionDispensedOnceCanNoLongerBeCancelled() {
        Prescription prescription = Prescription.issue(details());
        prescription.recordFill(PharmacyFillStatus.PARTIALLY_DISPENSED, null, "pharm-a", ISSUED_AT.plusSeconds(60));

        Prescription restored = Prescription.restore(prescription.details(), prescription.history());

        assertThat(restored.canBeCancelled()).isFalse();
        assertThatThrownBy(() -> restored.cancel(new CancelRx("too late", "clinician-1", ISSUED_AT.plusSeconds(120))))
                .isInstanceOf(IllegalPrescriptionTransitionException.class);
        assertThat(restored.history()).hasSize(2);
    }

    @Test
    void aCancelledPrescriptionAcceptsNoFillStatus() {
        Prescription prescription = Prescription.issue(details());
        prescription.cancel(new CancelRx("duplicate", "clinician-1", ISSUED_AT.plusSeconds(60)));

        assertThatThrownBy(() -> prescription.recordFill(PharmacyFillStatus.DISPENSED, null, "pharm-a",
                ISSUED_AT.plusSeconds(120))).isInstanceOf(IllegalPrescriptionTransitionException.class);
    }

    @Test
    void theIntakeFlagsTheRulesKnowAreKeptAndOthersLeftToTheClinician() {
        assertThat(PrescribingContexts.intakeFlags(List.of("PREGNANCY", "BREASTFEEDING", "BENZODIAZEPINES")))
                .extracting(Enum::name).containsExactlyInAnyOrder("PREGNANCY", "BENZODIAZEPINES");
    }

    private static PrescriptionDetails details() {
        return new PrescriptionDetails(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "clinician-1",
                UUID.randomUUID(), UsState.NY, "1234567893", "AB1234563",
                BuprenorphineCatalogue.loadDefault().find("BUP-NAL-SL-FILM-8-2").orElseThrow(),
                TreatmentPhase.MAINTENANCE, new BigDecimal("16"), null, "2 films once a day", 1, 28, 14, 0, null,
                "pharm-a", null, true, ISSUED_AT, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 9, 10), List.of());
    }
}
