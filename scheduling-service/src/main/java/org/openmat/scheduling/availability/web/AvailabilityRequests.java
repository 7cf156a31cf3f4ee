package org.openmat.scheduling.availability.web;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.openmat.scheduling.availability.domain.AvailabilityOverride;
import org.openmat.scheduling.availability.domain.InvalidAvailabilityException;
import org.openmat.scheduling.availability.domain.WeeklyAvailabilityRule;

/** Request bodies of availability management; times are local to the clinician's own time zone. */
final class AvailabilityRequests {

    private AvailabilityRequests() {
    }

    record RuleBody(@NotNull DayOfWeek day, @NotNull LocalTime start, @NotNull LocalTime end) {
    }

    /** PUT .../availability/weekly: the complete new set of weekly rules (empty clears them). */
    record ReplaceWeekly(@NotNull @Size(max = 70) List<@NotNull @Valid RuleBody> rules) {

        List<WeeklyAvailabilityRule> toRules() {
            List<WeeklyAvailabilityRule> converted = new ArrayList<>();
            for (int i = 0; i < rules.size(); i++) {
                RuleBody rule = rules.get(i);
                try {
                    converted.add(new WeeklyAvailabilityRule(rule.day(), rule.start(), rule.end()));
                } catch (InvalidAvailabilityException e) {
                    throw AvailabilityProblems.invalid("rules[" + i + "].end", e);
                }
            }
            return converted;
        }
    }

    /** POST .../availability/overrides: time off or extra hours between two local date-times. */
    record AddOverride(@NotNull @Pattern(regexp = "^(TIME_OFF|EXTRA_HOURS)$") String kind,
            @NotNull LocalDateTime start, @NotNull LocalDateTime end) {

        AvailabilityOverride toOverride() {
            try {
                return "TIME_OFF".equals(kind)
                        ? new AvailabilityOverride.TimeOff(start, end)
                        : new AvailabilityOverride.ExtraHours(start, end);
            } catch (InvalidAvailabilityException e) {
                throw AvailabilityProblems.invalid("end", e);
            }
        }
    }
}
