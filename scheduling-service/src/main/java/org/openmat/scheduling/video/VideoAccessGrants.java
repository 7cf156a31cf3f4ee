package org.openmat.scheduling.video;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.openmat.platform.patients.PatientReplica;
import org.openmat.platform.problem.ApiProblemException;
import org.openmat.platform.problem.ProblemTypes;
import org.openmat.platform.security.Caller;
import org.openmat.platform.security.Roles;
import org.openmat.scheduling.SchedulingProperties;
import org.openmat.scheduling.clinicians.Clinicians;
import org.openmat.scheduling.video.domain.JoinWindow;
import org.openmat.scheduling.visits.Visit;
import org.openmat.scheduling.visits.Visits;
import org.openmat.scheduling.visits.domain.Modality;
import org.openmat.scheduling.visits.domain.VisitStatus;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admits a visit's own patient and clinician to its room, only while the visit is live and its join window is open.
 * Anyone else learns nothing, not even that the visit exists.
 */
@Service
public class VideoAccessGrants {

    public static final URI OUTSIDE_JOIN_WINDOW = ProblemTypes.of("outside-join-window");
    public static final URI VISIT_NOT_JOINABLE = ProblemTypes.of("visit-not-joinable");
    private static final Set<VisitStatus> JOINABLE = EnumSet.of(VisitStatus.BOOKED, VisitStatus.CHECKED_IN,
            VisitStatus.IN_PROGRESS);

    private final Visits visits;
    private final Clinicians clinicians;
    private final PatientReplica patients;
    private final VideoRooms rooms;
    private final SchedulingProperties settings;
    private final Clock clock;

    VideoAccessGrants(Visits visits, Clinicians clinicians, PatientReplica patients, VideoRooms rooms,
            SchedulingProperties settings, Clock clock) {
        this.visits = visits;
        this.clinicians = clinicians;
        this.patients = patients;
        this.rooms = rooms;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public VideoAccess admit(UUID visitId, Caller caller) {
        Visit visit = visits.findById(visitId).orElseThrow(() -> ApiProblemException.notFound("Visit"));
        String identity = participantIdentity(visit, caller).orElseThrow(() -> ApiProblemException.notFound("Visit"));
        if (!JOINABLE.contains(visit.status())) {
            throw new ApiProblemException(HttpStatus.CONFLICT, VISIT_NOT_JOINABLE, "This visit has no open room",
                    "A visit that is " + visit.status() + " cannot be joined", Map.of("status", visit.status().name()));
        }
        JoinWindow window = JoinWindow.around(visit.startsAt(), visit.endsAt(), settings.videoJoinOpensBefore(),
                settings.videoJoinClosesAfter());
        Instant now = clock.instant();
        if (!window.isOpenAt(now)) {
            throw new ApiProblemException(HttpStatus.CONFLICT, OUTSIDE_JOIN_WINDOW, "Outside the join window",
                    "The video room admits participants only around the time of the visit",
                    Map.of("opensAt", window.opensAt().toString(), "closesAt", window.closesAt().toString()));
        }
        RoomPass pass = rooms.admit(rooms.roomOf(visit.id()), identity, window.opensAt(), window.closesAt());
        return new VideoAccess(pass, window, Modality.VIDEO, true);
    }

    // Identities are ids, never names: the video server is outside the program's records.
    private Optional<String> participantIdentity(Visit visit, Caller caller) {
        if (caller.hasRole(Roles.PATIENT) && patients.findBySubject(caller.subject())
                .filter(patient -> patient.patientId().equals(visit.patientId())).isPresent()) {
            return Optional.of("patient-" + visit.patientId());
        }
        if (caller.hasRole(Roles.CLINICIAN) && clinicians.findBySubject(caller.subject())
                .filter(clinician -> clinician.id().equals(visit.clinicianId())).isPresent()) {
            return Optional.of("clinician-" + visit.clinicianId());
        }
        return Optional.empty();
    }
}
