package org.openmat.scheduling.availability;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.openmat.contracts.UsState;
import org.openmat.scheduling.SchedulingProperties;
import org.openmat.scheduling.availability.domain.Licensure;
import org.openmat.scheduling.availability.domain.Slot;
import org.openmat.scheduling.availability.domain.SlotCalculator;
import org.openmat.scheduling.availability.domain.SlotQuery;
import org.openmat.scheduling.availability.domain.SlotSettings;
import org.openmat.scheduling.availability.domain.StateCalendars;
import org.openmat.scheduling.availability.domain.TimeRange;
import org.openmat.scheduling.availability.domain.VisitDurations;
import org.openmat.scheduling.availability.domain.VisitType;
import org.openmat.scheduling.clinicians.Clinician;
import org.openmat.scheduling.visits.Visits;
import org.springframework.stereotype.Component;

/**
 * The open slots one clinician offers a patient located in a state, computed from the stored availability and the
 * visits holding the clinician's time; search and booking both ask here, so they agree.
 */
@Component
class OpenSlots {

    private final Availabilities availabilities;
    private final Visits visits;
    private final Clock clock;
    private final SchedulingProperties settings;
    private final VisitDurations durations;
    private final SlotCalculator calculator;

    OpenSlots(Availabilities availabilities, Visits visits, Clock clock, SchedulingProperties settings) {
        this.availabilities = availabilities;
        this.visits = visits;
        this.clock = clock;
        this.settings = settings;
        this.durations = new VisitDurations(Map.of(VisitType.INDUCTION, settings.inductionDuration(),
                VisitType.FOLLOW_UP, settings.followUpDuration(), VisitType.URGENT, settings.urgentDuration()));
        this.calculator = new SlotCalculator(new SlotSettings(settings.buffer(), settings.minimumNotice()));
    }

    Duration durationOf(VisitType visitType) {
        return durations.of(visitType);
    }

    /**
     * Slots starting in [from, to), no sooner than the minimum notice, before the end of the search horizon, for
     * which the clinician is active and licensed (and DEA-registered, when the visit may lead to a prescription)
     * in the patient's state through the visit's last date there.
     */
    List<Slot> offered(Clinician clinician, VisitType visitType, UsState patientState, Instant from, Instant to) {
        Instant now = clock.instant();
        Instant until = earlier(to, now.plus(settings.searchHorizon()));
        if (!clinician.active() || !until.isAfter(from)) {
            return List.of();
        }
        Duration duration = durations.of(visitType);
        List<TimeRange> busy = visits.holdingTime(clinician.id(), from.minus(settings.buffer()),
                        until.plus(duration).plus(settings.buffer())).stream()
                .map(visit -> new TimeRange(visit.startsAt(), visit.endsAt()))
                .toList();
        Licensure licensure = clinician.licensure();
        return calculator.openSlots(availabilities.forSlots(clinician, from, until), busy,
                        new SlotQuery(from, until, duration, now)).stream()
                .filter(slot -> licensure.mayOffer(visitType, patientState,
                        StateCalendars.lastDateOf(slot.asRange(), patientState)))
                .toList();
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
