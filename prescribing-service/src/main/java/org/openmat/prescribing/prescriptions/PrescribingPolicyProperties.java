package org.openmat.prescribing.prescriptions;

import java.math.BigDecimal;
import java.time.Duration;

import org.openmat.prescribing.rules.PrescribingPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The numbers of the prescribing rules under {@code openmat.prescribing.rules}, configurable because the law and the
 * label change; the defaults are {@link PrescribingPolicy#defaults()}.
 */
@ConfigurationProperties("openmat.prescribing.rules")
public record PrescribingPolicyProperties(
        @DefaultValue("24h") Duration pdmpMaxAge,
        @DefaultValue("12") int pdmpLookbackMonths,
        @DefaultValue("7") int pdmpUnavailableMaxSupplyDays,
        @DefaultValue("6") int telemedicineSupplyMonths,
        @DefaultValue("5") int scheduleThreeMaxRefills,
        @DefaultValue("6") int scheduleThreeValidityMonths,
        @DefaultValue("1") int minDaysSupply,
        @DefaultValue("90") int maxDaysSupply,
        @DefaultValue("0.5") BigDecimal quantityToleranceUnits,
        @DefaultValue("24") BigDecimal dailyDoseWarningMg,
        @DefaultValue("8") BigDecimal dayOneDoseWarningMg,
        @DefaultValue("5m") Duration issueTimeTolerance) {

    PrescribingPolicy toPolicy() {
        return new PrescribingPolicy(pdmpMaxAge, pdmpLookbackMonths, pdmpUnavailableMaxSupplyDays,
                telemedicineSupplyMonths, scheduleThreeMaxRefills, scheduleThreeValidityMonths, minDaysSupply,
                maxDaysSupply, quantityToleranceUnits, dailyDoseWarningMg, dayOneDoseWarningMg, issueTimeTolerance);
    }
}
