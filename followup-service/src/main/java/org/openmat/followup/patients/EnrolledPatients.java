package org.openmat.followup.patients;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EnrolledPatients extends JpaRepository<EnrolledPatient, UUID> {
}
