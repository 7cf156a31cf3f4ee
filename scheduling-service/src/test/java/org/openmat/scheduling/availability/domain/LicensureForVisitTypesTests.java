package org.openmat.scheduling.availability.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmat.contracts.UsState.NJ;
import static org.openmat.contracts.UsState.NY;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class LicensureForVisitTypesTests {

    static final LocalDate EXPIRY = LocalDate.of(2027, 6, 30);
    static final LocalDate VISIT_DAY = LocalDate.of(2027, 3, 1);

    @Test
    void onlyInductionAndFollowUpMayLeadToAPrescription() {
        assertThat(VisitType.INDUCTION.mayLeadToPrescription()).isTrue();
        assertThat(VisitType.FOLLOW_UP.mayLeadToPrescription()).isTrue();
        assertThat(VisitType.URGENT.mayLeadToPrescription()).isFalse();
    }

    @Test
    void aLicenceWithoutScheduleThreeAuthorityAllowsOnlyUrgentVisits() {
        Licensure licensedOnly = new Licensure(List.of(new StateLicense(NY, "NY-1", EXPIRY)),
                List.of(new DeaRegistration(NY, "AB1234563", false, EXPIRY)));

        assertThat(licensedOnly.mayOffer(VisitType.URGENT, NY, VISIT_DAY)).isTrue();
        assertThat(licensedOnly.mayOffer(VisitType.INDUCTION, NY, VISIT_DAY)).isFalse();
        assertThat(licensedOnly.mayOffer(VisitType.FOLLOW_UP, NY, VISIT_DAY)).isFalse();
    }

    @Test
    void aPrescriberMayOfferEveryVisitTypeInTheirStateUntilTheLicenceExpires() {
        Licensure prescriber = new Licensure(List.of(new StateLicense(NY, "NY-1", EXPIRY)),
                List.of(new DeaRegistration(NY, "AB1234563", true, EXPIRY)));

        for (VisitType type : VisitType.values()) {
            assertThat(prescriber.mayOffer(type, NY, EXPIRY)).isTrue();
            assertThat(prescriber.mayOffer(type, NY, EXPIRY.plusDays(1))).isFalse();
            assertThat(prescriber.mayOffer(type, NJ, VISIT_DAY)).isFalse();
        }
    }
}
