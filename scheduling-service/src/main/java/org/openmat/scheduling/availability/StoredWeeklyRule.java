package org.openmat.scheduling.availability;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.openmat.scheduling.availability.domain.WeeklyAvailabilityRule;

/** One weekly availability rule row, in the clinician's local time. */
@Entity
@Table(name = "availability_rule")
class StoredWeeklyRule {

    @Id
    private UUID id;
    private UUID clinicianId;
    @Enumerated(EnumType.STRING)
    private DayOfWeek dayOfWeek;
    private LocalTime startsAt;
    private LocalTime endsAt;

    protected StoredWeeklyRule() {
    }

    StoredWeeklyRule(UUID clinicianId, WeeklyAvailabilityRule rule) {
        this.id = UUID.randomUUID();
        this.clinicianId = clinicianId;
        this.dayOfWeek = rule.day();
        this.startsAt = rule.start();
        this.endsAt = rule.end();
    }

    WeeklyAvailabilityRule toRule() {
        return new WeeklyAvailabilityRule(dayOfWeek, startsAt, endsAt);
    }
}
