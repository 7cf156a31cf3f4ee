package org.openmat.scheduling.availability;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface StoredWeeklyRules extends JpaRepository<StoredWeeklyRule, UUID> {

    List<StoredWeeklyRule> findByClinicianId(UUID clinicianId);

    @Modifying
    @Query("delete from StoredWeeklyRule r where r.clinicianId = :clinicianId")
    void deleteByClinicianId(UUID clinicianId);
}
