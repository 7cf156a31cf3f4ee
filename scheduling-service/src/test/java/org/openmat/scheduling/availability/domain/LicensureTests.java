package org.openmat.scheduling.availability.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmat.contracts.UsState.NJ;
import static org.openmat.contracts.UsState.NY;
import static org.openmat.contracts.UsState.PA;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LicensureTests {

    static final LocalDate EXPIRY = LocalDate.of(2026, 12, 31);
    static final LocalDate VISIT_DAY = LocalDate.of(2026, 6, 15);

    static final Licensure NEW_YORK_PRESCRIBER = new Licensure(
            List.of(new StateLicense(NY, "NY-123456", EXPIRY)),
            List.of(new DeaRegistration(NY, "AB1234563", true, EXPIRY)));

    @Test
    void mayNotSeeAPatientLocatedInAStateWithoutLicense() {
        assertThat(NEW_YORK_PRESCRIBER.maySee(NJ, VISIT_DAY)).isFalse();
        assertThat(NEW_YORK_PRESCRIBER.consultingGaps(NJ, VISIT_DAY)).containsExactly(LicensureGap.NO_STATE_LICENSE);
    }

    @Test
    void maySeeAndPrescribeWithLicenseAndScheduleThreeRegistrationInThePatientState() {
        assertThat(NEW_YORK_PRESCRIBER.maySee(NY, VISIT_DAY)).isTrue();
        assertThat(NEW_YORK_PRESCRIBER.mayPrescribe(NY, VISIT_DAY)).isTrue();
        assertThat(NEW_YORK_PRESCRIBER.prescribingGaps(NY, VISIT_DAY)).isEmpty();
    }

    @Test
    void licenseIsValidThroughItsExpiryDateAndNotAfter() {
        assertThat(NEW_YORK_PRESCRIBER.maySee(NY, EXPIRY)).isTrue();
        assertThat(NEW_YORK_PRESCRIBER.maySee(NY, EXPIRY.plusDays(1))).isFalse();
        assertThat(NEW_YORK_PRESCRIBER.prescribingGaps(NY, EXPIRY.plusDays(1)))
                .containsExactly(LicensureGap.STATE_LICENSE_EXPIRED, LicensureGap.DEA_REGISTRATION_EXPIRED);
    }

    @Test
    void renewedLicenseCountsAlongsideAnExpiredOne() {
        Licensure renewed = new Licensure(List.of(
                new StateLicense(NY, "NY-1", LocalDate.of(2025, 12, 31)),
                new StateLicense(NY, "NY-2", LocalDate.of(2027, 12, 31))), List.of());

        assertThat(renewed.maySee(NY, VISIT_DAY)).isTrue();
    }

    @Test
    void licensedClinicianWithoutRegistrationInThatStateMaySeeButNotPrescribe() {
        Licensure licensedInPennsylvania = new Licensure(
                List.of(new StateLicense(NY, "NY-1", EXPIRY), new StateLicense(PA, "PA-1", EXPIRY)),
                List.of(new DeaRegistration(NY, "AB1234563", true, EXPIRY)));

        assertThat(licensedInPennsylvania.maySee(PA, VISIT_DAY)).isTrue();
        assertThat(licensedInPennsylvania.mayPrescribe(PA, VISIT_DAY)).isFalse();
        assertThat(licensedInPennsylvania.prescribingGaps(PA, VISIT_DAY))
                .containsExactly(LicensureGap.NO_DEA_REGISTRATION);
    }

    @Test
    void registrationWithoutScheduleThreeAuthorityDoesNotAllowBuprenorphine() {
        Licensure withoutScheduleThree = new Licensure(List.of(new StateLicense(NY, "NY-1", EXPIRY)),
                List.of(new DeaRegistration(NY, "AB1234563", false, EXPIRY)));

        assertThat(withoutScheduleThree.mayPrescribe(NY, VISIT_DAY)).isFalse();
        assertThat(withoutScheduleThree.prescribingGaps(NY, VISIT_DAY))
                .containsExactly(LicensureGap.NO_SCHEDULE_III_AUTHORITY);
    }

    @Test
    void expiredRegistrationBlocksPrescribingButNotSeeing() {
        Licensure registrationLapsed = new Licensure(List.of(new StateLicense(NY, "NY-1", EXPIRY)),
                List.of(new DeaRegistration(NY, "AB1234563", true, VISIT_DAY.minusDays(1))));

        assertThat(registrationLapsed.maySee(NY, VISIT_DAY)).isTrue();
        assertThat(registrationLapsed.prescribingGaps(NY, VISIT_DAY))
                .containsExactly(LicensureGap.DEA_REGISTRATION_EXPIRED);
    }

    @Test
    void listsStatesWhereTheClinicianMaySeePatientsOnADate() {
        Licensure twoStates = new Licensure(List.of(
                new StateLicense(NY, "NY-1", EXPIRY), new StateLicense(NJ, "NJ-1", VISIT_DAY.minusDays(1))), List.of());

        assertThat(twoStates.statesWhereMaySee(VISIT_DAY)).containsExactly(NY);
        assertThat(twoStates.statesWhereMaySee(VISIT_DAY.minusDays(1))).containsExactly(NJ, NY);
    }
}
