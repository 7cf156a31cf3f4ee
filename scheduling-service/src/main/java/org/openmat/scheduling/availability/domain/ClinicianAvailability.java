package org.openmat.scheduling.availability.domain;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** A clinician's recurring weekly hours and one-off overrides, all in the clinician's own time zone. */
public record ClinicianAvailability(ZoneId zone, List<WeeklyAvailabilityRule> weeklyRules,
                                    List<AvailabilityOverride> overrides) {

    /**
     * @throws InvalidAvailabilityException when two weekly rules on the same day overlap; rules that merely
     *         touch (09:00-12:00 and 12:00-15:00) are fine
     */
    public ClinicianAvailability {
        Objects.requireNonNull(zone, "zone");
        weeklyRules = weeklyRules.stream()
                .sorted(Comparator.comparing(WeeklyAvailabilityRule::day).thenComparing(WeeklyAvailabilityRule::start))
                .toList();
        overrides = List.copyOf(overrides);
        for (int i = 1; i < weeklyRules.size(); i++) {
            WeeklyAvailabilityRule previous = weeklyRules.get(i - 1);
            WeeklyAvailabilityRule next = weeklyRules.get(i);
            if (previous.overlaps(next)) {
                throw new InvalidAvailabilityException(InvalidAvailabilityException.Reason.OVERLAPPING_WEEKLY_RULES,
                        "weekly availability rules overlap: %s and %s".formatted(previous, next));
            }
        }
    }

    public static ClinicianAvailability weekly(ZoneId zone, List<WeeklyAvailabilityRule> weeklyRules) {
        return new ClinicianAvailability(zone, weeklyRules, List.of());
    }

    public ClinicianAvailability withOverrides(List<AvailabilityOverride> overrides) {
        return new ClinicianAvailability(zone, weeklyRules, overrides);
    }
}
