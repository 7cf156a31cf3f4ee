package org.openmat.prescribing.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PrescribingPolicyTests {

    private final PrescribingPolicy policy = PrescribingPolicy.defaults();

    @Test
    void defaultsFollowTheDomainRules() {
        assertThat(policy.pdmpMaxAge()).isEqualTo(Duration.ofHours(24));
        assertThat(policy.pdmpLookbackMonths()).isEqualTo(12);
        assertThat(policy.pdmpUnavailableMaxSupplyDays()).isEqualTo(7);
        assertThat(policy.telemedicineSupplyMonths()).isEqualTo(6);
        assertThat(policy.scheduleThreeMaxRefills()).isEqualTo(5);
        assertThat(policy.scheduleThreeValidityMonths()).isEqualTo(6);
        assertThat(policy.minDaysSupply()).isEqualTo(1);
        assertThat(policy.maxDaysSupply()).isEqualTo(90);
        assertThat(policy.quantityToleranceUnits()).isEqualByComparingTo(new BigDecimal("0.5"));
        assertThat(policy.dailyDoseWarningMg()).isEqualByComparingTo(new BigDecimal("24"));
        assertThat(policy.dayOneDoseWarningMg()).isEqualByComparingTo(new BigDecimal("8"));
        assertThat(policy.issueTimeTolerance()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void scheduleThreeValidityEndsSixCalendarMonthsAfterIssue() {
        assertThat(policy.scheduleThreeValidityEnd(LocalDate.of(2026, 3, 10))).isEqualTo(LocalDate.of(2026, 9, 10));
        assertThat(policy.scheduleThreeValidityEnd(LocalDate.of(2026, 8, 31))).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void telemedicineWindowEndsSixCalendarMonthsAfterFirstPrescription() {
        assertThat(policy.telemedicineWindowEnd(LocalDate.of(2025, 10, 1))).isEqualTo(LocalDate.of(2026, 4, 1));
    }
}
