package org.openmat.scheduling.panels.escalation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface UrgentOffers extends JpaRepository<UrgentVisitOffer, UUID> {

    boolean existsByEscalationId(UUID escalationId);

    Optional<UrgentVisitOffer> findByEscalationId(UUID escalationId);

    List<UrgentVisitOffer> findByPatientId(UUID patientId);

    /** The offer locked until the transaction ends, so that two acceptances of one offer happen one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from UrgentVisitOffer o where o.id = :id")
    Optional<UrgentVisitOffer> lockById(UUID id);

    /** Offers for patients on the clinician's panel, offers of the clinician's slots, and escalations they were alerted to. */
    @Query("""
            select o from UrgentVisitOffer o where o.clinicianId = :clinicianId or o.alertedClinicianId = :clinicianId
            or o.patientId in (select m.patientId from PanelMembership m where m.clinicianId = :clinicianId)""")
    List<UrgentVisitOffer> forClinician(UUID clinicianId);
}
