package org.openmat.scheduling.availability;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StoredOverrides extends JpaRepository<StoredOverride, UUID> {

    Optional<StoredOverride> findByIdAndClinicianId(UUID id, UUID clinicianId);

    List<StoredOverride> findByClinicianIdAndEndsAtAfterOrderByStartsAt(UUID clinicianId, LocalDateTime after);

    /** Overrides that reach into the local range [from, to) of the clinician's wall clock. */
    @Query("""
            select o from StoredOverride o where o.clinicianId = :clinicianId and o.startsAt < :to and o.endsAt > :from
            order by o.startsAt""")
    List<StoredOverride> overlapping(UUID clinicianId, LocalDateTime from, LocalDateTime to);
}
