package org.openmat.scheduling.panels;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PanelMemberships extends JpaRepository<PanelMembership, UUID> {

    long countByClinicianId(UUID clinicianId);

    List<PanelMembership> findByClinicianIdOrderByAssignedAt(UUID clinicianId);
}
