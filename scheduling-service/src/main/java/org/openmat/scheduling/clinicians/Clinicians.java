package org.openmat.scheduling.clinicians;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface Clinicians extends JpaRepository<Clinician, UUID> {

    Optional<Clinician> findBySubject(String subject);

    List<Clinician> findByActiveTrue();

    boolean existsBySubject(String subject);

    boolean existsByNpiAndIdNot(String npi, UUID id);

    /** The clinician's row locked until the transaction ends, so that changes to one clinician happen one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Clinician c where c.id = :id")
    Optional<Clinician> lockById(UUID id);
}
