package org.openmat.scheduling.availability.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Resolves a clinician's weekly rules and extra hours into contiguous stretches of real instants around a query
 * range. Rule hours and extra hours that overlap or touch merge into one stretch. Time off is not subtracted here:
 * it removes slots later without moving the slot grid.
 */
final class AvailabilityStretches {

    private AvailabilityStretches() {
    }

    static List<TimeRange> around(ClinicianAvailability availability, Instant from, Instant to) {
        ZoneId zone = availability.zone();
        LocalDate firstDate = from.atZone(zone).toLocalDate();
        LocalDate lastDate = to.atZone(zone).toLocalDate();
        TimeRange queriedDays = new TimeRange(WallClock.firstInstantShowing(firstDate.atStartOfDay(), zone),
                WallClock.firstInstantShowing(lastDate.plusDays(1).atStartOfDay(), zone));

        List<TimeRange> ranges = new ArrayList<>();
        for (AvailabilityOverride override : availability.overrides()) {
            if (override instanceof AvailabilityOverride.ExtraHours) {
                resolve(override.start(), override.end(), zone)
                        .filter(range -> range.overlaps(queriedDays))
                        .ifPresent(ranges::add);
            }
        }
        // Extra hours reaching into the queried days from outside pull in the rules they merge with, so a
        // stretch keeps its true start and its grid whatever range is queried.
        for (TimeRange extra : List.copyOf(ranges)) {
            firstDate = earlier(firstDate, extra.start().atZone(zone).toLocalDate());
            lastDate = later(lastDate, extra.end().atZone(zone).toLocalDate());
        }
        for (LocalDate date = firstDate; !date.isAfter(lastDate); date = date.plusDays(1)) {
            for (WeeklyAvailabilityRule rule : availability.weeklyRules()) {
                if (rule.day() == date.getDayOfWeek()) {
                    resolve(date.atTime(rule.start()), date.atTime(rule.end()), zone).ifPresent(ranges::add);
                }
            }
        }
        return merge(ranges);
    }

    /** Time off as real instants. */
    static List<TimeRange> timeOff(ClinicianAvailability availability) {
        List<TimeRange> ranges = new ArrayList<>();
        for (AvailabilityOverride override : availability.overrides()) {
            if (override instanceof AvailabilityOverride.TimeOff) {
                resolve(override.start(), override.end(), availability.zone()).ifPresent(ranges::add);
            }
        }
        return ranges;
    }

    // Both ends inside one spring-forward gap resolve to the same instant: those hours do not exist that day.
    private static Optional<TimeRange> resolve(LocalDateTime start, LocalDateTime end, ZoneId zone) {
        Instant startInstant = WallClock.firstInstantShowing(start, zone);
        Instant endInstant = WallClock.firstInstantShowing(end, zone);
        return endInstant.isAfter(startInstant) ? Optional.of(new TimeRange(startInstant, endInstant)) : Optional.empty();
    }

    private static List<TimeRange> merge(List<TimeRange> ranges) {
        List<TimeRange> merged = new ArrayList<>();
        for (TimeRange range : ranges.stream().sorted(Comparator.comparing(TimeRange::start)).toList()) {
            int lastIndex = merged.size() - 1;
            if (lastIndex >= 0 && !range.start().isAfter(merged.get(lastIndex).end())) {
                TimeRange last = merged.get(lastIndex);
                merged.set(lastIndex, new TimeRange(last.start(), later(last.end(), range.end())));
            } else {
                merged.add(range);
            }
        }
        return merged;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
