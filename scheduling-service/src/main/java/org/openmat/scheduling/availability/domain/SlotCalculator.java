package org.openmat.scheduling.availability.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Computes open slots from a clinician's availability and existing bookings; slots are never stored.
 *
 * <p>Step rule: within each contiguous stretch of availability (a weekly rule's hours, merged with any extra hours
 * that overlap or touch it), slots start at the stretch's start and every {@code visit duration + buffer} after it,
 * measured in elapsed time, as long as the visit ends by the stretch's end (the buffer need not fit after the last
 * visit). Time off and bookings only remove slots from this grid; they never shift it, so a 09:00 rule offers
 * 09:00, 09:30, 10:00 ... for 20-minute visits with a 10-minute buffer, whatever is booked in between.
 *
 * <p>A slot is open when it starts in the query range, no earlier than now plus the minimum notice, overlaps no
 * time off, and keeps at least the buffer clear of every busy interval on both sides.
 */
public final class SlotCalculator {

    private final SlotSettings settings;

    public SlotCalculator(SlotSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** @param busy intervals in which the clinician is already booked, each without its buffer */
    public List<Slot> openSlots(ClinicianAvailability availability, Collection<TimeRange> busy, SlotQuery query) {
        Duration step = query.visitDuration().plus(settings.buffer());
        Instant earliestStart = later(query.from(), query.now().plus(settings.minimumNotice()));
        List<TimeRange> blocked = new ArrayList<>(AvailabilityStretches.timeOff(availability));
        busy.forEach(booking -> blocked.add(booking.widenedBy(settings.buffer())));

        List<Slot> slots = new ArrayList<>();
        for (TimeRange stretch : AvailabilityStretches.around(availability, query.from(), query.to())) {
            for (Instant start = stretch.start();
                 !start.plus(query.visitDuration()).isAfter(stretch.end()) && start.isBefore(query.to());
                 start = start.plus(step)) {
                TimeRange candidate = new TimeRange(start, start.plus(query.visitDuration()));
                if (!start.isBefore(earliestStart) && blocked.stream().noneMatch(candidate::overlaps)) {
                    slots.add(new Slot(candidate.start(), candidate.end(), availability.zone()));
                }
            }
        }
        return List.copyOf(slots);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
