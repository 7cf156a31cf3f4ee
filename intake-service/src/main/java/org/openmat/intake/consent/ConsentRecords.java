package org.openmat.intake.consent;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ConsentRecords extends JpaRepository<ConsentRecord, UUID> {

    @EntityGraph(attributePaths = "namedRecipients")
    List<ConsentRecord> findByPatientIdOrderBySignedAtDescRecordedAtDesc(UUID patientId);

    @EntityGraph(attributePaths = "namedRecipients")
    Optional<ConsentRecord> findByIdAndPatientId(UUID id, UUID patientId);

    /** Locks the row so that concurrent revocations of one consent are decided one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ConsentRecord c where c.id = :id and c.patientId = :patientId")
    Optional<ConsentRecord> findForUpdate(UUID id, UUID patientId);
}
