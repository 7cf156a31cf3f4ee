package org.openmat.intake.registration;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PatientRepository extends JpaRepository<Patient, UUID> {

    Optional<Patient> findBySubject(String subject);
}
