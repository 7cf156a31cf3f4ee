package org.openmat.scheduling.availability;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.openmat.platform.problem.ApiProblemException;
import org.openmat.scheduling.availability.domain.AvailabilityOverride;
import org.openmat.scheduling.availability.domain.ClinicianAvailability;
import org.openmat.scheduling.availability.domain.InvalidAvailabilityException;
import org.openmat.scheduling.availability.domain.WeeklyAvailabilityRule;
import org.openmat.scheduling.clinicians.Clinician;
import org.openmat.scheduling.clinicians.Clinicians;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A clinician's stored weekly rules and overrides, checked by the domain before anything is stored. */
@Service
public class Availabilities {

    /** A stored override with its id, so that it can be removed again. */
    public record OverrideEntry(UUID id, AvailabilityOverride override) {
    }

    /** A clinician's weekly rules and the overrides that have not ended yet, in the clinician's zone. */
    public record Snapshot(UUID clinicianId, ZoneId zone, List<WeeklyAvailabilityRule> weekly,
            List<OverrideEntry> overrides) {
    }

    private final Clinicians clinicians;
    private final StoredWeeklyRules rules;
    private final StoredOverrides overrides;
    private final Clock clock;

    Availabilities(Clinicians clinicians, StoredWeeklyRules rules, StoredOverrides overrides, Clock clock) {
        this.clinicians = clinicians;
        this.rules = rules;
        this.overrides = overrides;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Snapshot of(UUID clinicianId) {
        return snapshot(clinicians.findById(clinicianId).orElseThrow(() -> ApiProblemException.notFound("Clinician")));
    }

    /** @throws InvalidAvailabilityException when rules on one day overlap; the old rules then stay */
    @Transactional
    public Snapshot replaceWeekly(UUID clinicianId, List<WeeklyAvailabilityRule> weekly) {
        Clinician clinician = locked(clinicianId);
        ClinicianAvailability.weekly(clinician.timeZone(), weekly);
        rules.deleteByClinicianId(clinicianId);
        rules.saveAll(weekly.stream().map(rule -> new StoredWeeklyRule(clinicianId, rule)).toList());
        return snapshot(clinician);
    }

    @Transactional
    public OverrideEntry addOverride(UUID clinicianId, AvailabilityOverride override) {
        locked(clinicianId);
        StoredOverride stored = overrides.save(new StoredOverride(clinicianId, override));
        return new OverrideEntry(stored.id(), stored.toOverride());
    }

    @Transactional
    public void removeOverride(UUID clinicianId, UUID overrideId) {
        locked(clinicianId);
        overrides.delete(overrides.findByIdAndClinicianId(overrideId, clinicianId)
                .orElseThrow(() -> ApiProblemException.notFound("Availability override")));
    }

    /** The availability that can produce slots starting between the two instants, for slot computation. */
    @Transactional(readOnly = true)
    public ClinicianAvailability forSlots(Clinician clinician, Instant from, Instant to) {
        ZoneId zone = clinician.timeZone();
        // A day either side: local days, and extra hours running past midnight, straddle the instants.
        LocalDateTime localFrom = from.atZone(zone).toLocalDate().minusDays(1).atStartOfDay();
        LocalDateTime localTo = to.atZone(zone).toLocalDate().plusDays(2).atStartOfDay();
        return new ClinicianAvailability(zone,
                rules.findByClinicianId(clinician.id()).stream().map(StoredWeeklyRule::toRule).toList(),
                overrides.overlapping(clinician.id(), localFrom, localTo).stream()
                        .map(StoredOverride::toOverride).toList());
    }

    private Snapshot snapshot(Clinician clinician) {
        LocalDateTime localNow = LocalDateTime.ofInstant(clock.instant(), clinician.timeZone());
        return new Snapshot(clinician.id(), clinician.timeZone(),
                rules.findByClinicianId(clinician.id()).stream().map(StoredWeeklyRule::toRule)
                        .sorted(Comparator.comparing(WeeklyAvailabilityRule::day)
                                .thenComparing(WeeklyAvailabilityRule::start))
                        .toList(),
                overrides.findByClinicianIdAndEndsAtAfterOrderByStartsAt(clinician.id(), localNow).stream()
                        .map(stored -> new OverrideEntry(stored.id(), stored.toOverride())).toList());
    }

    private Clinician locked(UUID clinicianId) {
        return clinicians.lockById(clinicianId).orElseThrow(() -> ApiProblemException.notFound("Clinician"));
    }
}
