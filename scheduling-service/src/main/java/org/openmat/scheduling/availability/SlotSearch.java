package org.openmat.scheduling.availability;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openmat.contracts.UsState;
import org.openmat.platform.patients.PatientReplica;
import org.openmat.platform.patients.ReplicatedPatient;
import org.openmat.platform.problem.ApiProblemException;
import org.openmat.platform.problem.ProblemDetailsAdvice.FieldError;
import org.openmat.platform.problem.ProblemTypes;
import org.openmat.scheduling.SchedulingProperties;
import org.openmat.scheduling.availability.domain.Slot;
import org.openmat.scheduling.availability.domain.StateCalendars;
import org.openmat.scheduling.availability.domain.TimeRange;
import org.openmat.scheduling.availability.domain.VisitType;
import org.openmat.scheduling.clinicians.Clinician;
import org.openmat.scheduling.clinicians.Clinicians;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A patient's search for open slots of clinicians who may treat them where they are now; nothing is stored. */
@Service
public class SlotSearch {

    public static final URI PATIENT_NOT_ENROLLED = ProblemTypes.of("patient-not-enrolled");
    public static final URI PATIENT_NOT_ELIGIBLE = ProblemTypes.of("patient-not-eligible");

    /** One open slot with the clinician who offers it. */
    public record OfferedSlot(UUID clinicianId, String clinicianName, Slot slot) {
    }

    /** The slots, sorted by start, and the patient's zone to show them in. */
    public record Result(VisitType visitType, LocalDate from, LocalDate to, ZoneId patientZone,
            List<OfferedSlot> slots) {
    }

    private final PatientReplica patients;
    private final Clinicians clinicians;
    private final OpenSlots openSlots;
    private final Clock clock;
    private final SchedulingProperties settings;
    private final SlotSearchProperties search;

    SlotSearch(PatientReplica patients, Clinicians clinicians, OpenSlots openSlots, Clock clock,
            SchedulingProperties settings, SlotSearchProperties search) {
        this.patients = patients;
        this.clinicians = clinicians;
        this.openSlots = openSlots;
        this.clock = clock;
        this.settings = settings;
        this.search = search;
    }

    /** Slots on the dates {@code from} through {@code to}, both inclusive, on the patient's own calendar. */
    @Transactional(readOnly = true)
    public Result search(String patientSubject, VisitType visitType, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw invalid("to", "must not be before from");
        }
        if (to.isAfter(from.plus(search.maxRange()).minusDays(1))) {
            throw invalid("to", "a search may span at most " + search.maxRange().getDays() + " days");
        }
        ReplicatedPatient patient = eligiblePatient(patientSubject);
        ZoneId zone = patient.timeZone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        if (!start.isBefore(clock.instant().plus(settings.searchHorizon()))) {
            throw invalid("from", "must be within the next " + settings.searchHorizon().toDays() + " days");
        }
        UsState state = UsState.fromCode(patient.currentState()).orElseThrow();
        // A licence valid on no date of the range is not valid on its first one: expiry only moves forward.
        LocalDate firstDate = StateCalendars.lastDateOf(new TimeRange(start, start.plusNanos(1)), state);
        List<OfferedSlot> slots = clinicians.findByActiveTrue().stream()
                .filter(clinician -> clinician.licensure().mayOffer(visitType, state, firstDate))
                .flatMap(clinician -> openSlots.offered(clinician, visitType, state, start, end).stream()
                        .map(slot -> new OfferedSlot(clinician.id(), clinician.displayName(), slot)))
                .sorted(Comparator.comparing((OfferedSlot offered) -> offered.slot().start())
                        .thenComparing(OfferedSlot::clinicianName).thenComparing(OfferedSlot::clinicianId))
                .toList();
        return new Result(visitType, from, to, zone, slots);
    }

    private ReplicatedPatient eligiblePatient(String subject) {
        ReplicatedPatient patient = patients.findBySubject(subject).orElseThrow(() -> new ApiProblemException(
                HttpStatus.NOT_FOUND, PATIENT_NOT_ENROLLED, "Patient not enrolled",
                "No enrolled patient is known for this account; complete sign-up first"));
        if (!patient.eligible()) {
            throw new ApiProblemException(HttpStatus.CONFLICT, PATIENT_NOT_ELIGIBLE, "Patient not eligible",
                    "Only patients found eligible for the program can search for visits");
        }
        return patient;
    }

    private static ApiProblemException invalid(String field, String message) {
        return new ApiProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Invalid request",
                "The request has 1 invalid field(s)", Map.of("errors", List.of(new FieldError(field, message))));
    }
}
