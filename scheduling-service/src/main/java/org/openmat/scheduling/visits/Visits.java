package org.openmat.scheduling.visits;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Visits extends JpaRepository<Visit, UUID> {

    List<Visit> findByPatientIdOrderByStartsAt(UUID patientId);

    List<Visit> findByClinicianIdAndStartsAtBetweenOrderByStartsAt(UUID clinicianId, Instant from, Instant to);

    /** The clinician's visits of every status starting in [from, to), for their schedule. */
    @Query("""
            select v from Visit v where v.clinicianId = :clinicianId and v.startsAt >= :from and v.startsAt < :to
            order by v.startsAt""")
    List<Visit> schedule(UUID clinicianId, Instant from, Instant to);

    /** The clinician's visits that still hold time between the given instants (for slot computation). */
    @Query("""
            select v from Visit v where v.clinicianId = :clinicianId and v.startsAt < :to and v.endsAt > :from
            and v.status not in (org.openmat.scheduling.visits.domain.VisitStatus.CANCELLED,
                                 org.openmat.scheduling.visits.domain.VisitStatus.NO_SHOW)""")
    List<Visit> holdingTime(UUID clinicianId, Instant from, Instant to);
}
