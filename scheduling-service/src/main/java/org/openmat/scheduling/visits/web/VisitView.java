package org.openmat.scheduling.visits.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.openmat.scheduling.visits.Visit;
import org.openmat.scheduling.visits.domain.VisitStatus;

/**
 * A visit as its patient or clinician sees it: instants in UTC and the same times on the reader's wall clock.
 *
 * @param patientFlags screening flags the clinician must review; only shown to the clinician
 */
public record VisitView(UUID visitId, UUID patientId, UUID clinicianId, String visitType, String status,
        Instant startsAt, Instant endsAt, LocalTimes local, String bookedState, String stateAtVisit,
        Instant checkedInAt, Instant startedAt, Instant completedAt, String modality, Boolean inPersonEvaluation,
        Boolean induction, Instant cancelledAt, String cancelledBy, Instant noShowRecordedAt,
        List<String> patientFlags) {

    /** Start and end with their UTC offset in the reader's zone, e.g. {@code 2026-03-09T09:00:00-04:00}. */
    public record LocalTimes(String timeZone, String startsAt, String endsAt) {
    }

    static VisitView of(Visit visit, ZoneId zone, List<String> patientFlags) {
        boolean completed = visit.status() == VisitStatus.COMPLETED;
        boolean noShow = visit.status() == VisitStatus.NO_SHOW;
        return new VisitView(visit.id(), visit.patientId(), visit.clinicianId(), visit.visitType().name(),
                visit.status().name(), visit.startsAt(), visit.endsAt(), local(visit, zone), visit.bookedState(),
                visit.stateAtVisit(), visit.checkedInAt(), visit.startedAt(), visit.completedAt(),
                completed ? visit.modality().name() : null, completed ? visit.inPersonEvaluation() : null,
                completed ? visit.induction() : null, noShow ? null : visit.cancelledAt(), visit.cancelledBy(),
                noShow ? visit.cancelledAt() : null, patientFlags);
    }

    private static LocalTimes local(Visit visit, ZoneId zone) {
        return new LocalTimes(zone.getId(), DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(visit.startsAt().atZone(zone)),
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(visit.endsAt().atZone(zone)));
    }
}
