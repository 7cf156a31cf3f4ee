package org.openmat.prescribing.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.openmat.contracts.UsState;
import org.openmat.prescribing.catalogue.DeaSchedule;

/** A DEA registration for one state with the schedules it authorises, valid between the dates inclusive. */
public record DeaRegistration(
        String registrationNumber,
        UsState state,
        Set<DeaSchedule> schedules,
        LocalDate validFrom,
        LocalDate validUntil) {

    public DeaRegistration {
        Objects.requireNonNull(registrationNumber, "registrationNumber");
        Objects.requireNonNull(state, "state");
        schedules = Set.copyOf(schedules);
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
    }

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && !date.isAfter(validUntil);
    }

    public boolean authorises(DeaSchedule schedule) {
        return schedules.contains(schedule);
    }
}
