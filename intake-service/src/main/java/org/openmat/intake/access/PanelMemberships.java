package org.openmat.intake.access;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PanelMemberships extends JpaRepository<PanelMembership, UUID> {

    boolean existsByPatientIdAndClinicianSubject(UUID patientId, String clinicianSubject);
}
