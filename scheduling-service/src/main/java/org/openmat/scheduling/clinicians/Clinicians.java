package org.openmat.scheduling.clinicians;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Clinicians extends JpaRepository<Clinician, UUID> {

    Optional<Clinician> findBySubject(String subject);

    List<Clinician> findByActiveTrue();
}
