package org.openmat.scheduling.availability.web;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.openmat.scheduling.availability.Availabilities.OverrideEntry;
import org.openmat.scheduling.availability.Availabilities.Snapshot;
import org.openmat.scheduling.availability.domain.AvailabilityOverride;

/** A clinician's weekly hours and upcoming overrides, in local times of the clinician's zone. */
record AvailabilityView(UUID clinicianId, String timeZone, List<Rule> weekly, List<Override> overrides) {

    record Rule(DayOfWeek day, LocalTime start, LocalTime end) {
    }

    record Override(UUID id, String kind, LocalDateTime start, LocalDateTime end) {

        static Override of(OverrideEntry entry) {
            AvailabilityOverride override = entry.override();
            String kind = override instanceof AvailabilityOverride.TimeOff ? "TIME_OFF" : "EXTRA_HOURS";
            return new Override(entry.id(), kind, override.start(), override.end());
        }
    }

    static AvailabilityView of(Snapshot snapshot) {
        return new AvailabilityView(snapshot.clinicianId(), snapshot.zone().getId(),
                snapshot.weekly().stream().map(r -> new Rule(r.day(), r.start(), r.end())).toList(),
                snapshot.overrides().stream().map(Override::of).toList());
    }
}
