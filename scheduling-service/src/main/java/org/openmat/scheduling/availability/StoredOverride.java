package org.openmat.scheduling.availability;

import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.openmat.scheduling.availability.domain.AvailabilityOverride;

/** One dated override row (time off or extra hours), in the clinician's local time. */
@Entity
@Table(name = "availability_override")
class StoredOverride {

    static final String TIME_OFF = "TIME_OFF";
    static final String EXTRA_HOURS = "EXTRA_HOURS";

    @Id
    private UUID id;
    private UUID clinicianId;
    private String kind;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;

    protected StoredOverride() {
    }

    StoredOverride(UUID clinicianId, AvailabilityOverride override) {
        this.id = UUID.randomUUID();
        this.clinicianId = clinicianId;
        this.kind = override instanceof AvailabilityOverride.TimeOff ? TIME_OFF : EXTRA_HOURS;
        this.startsAt = override.start();
        this.endsAt = override.end();
    }

    UUID id() {
        return id;
    }

    AvailabilityOverride toOverride() {
        return TIME_OFF.equals(kind)
                ? new AvailabilityOverride.TimeOff(startsAt, endsAt)
                : new AvailabilityOverride.ExtraHours(startsAt, endsAt);
    }
}
