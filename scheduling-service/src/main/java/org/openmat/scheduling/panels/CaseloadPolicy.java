package org.openmat.scheduling.panels;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import org.openmat.platform.problem.ApiProblemException;
import org.openmat.platform.problem.ProblemTypes;
import org.openmat.scheduling.clinicians.Clinician;
import org.openmat.scheduling.clinicians.Clinicians;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A clinician takes no new panel patients beyond their caseload limit. The check holds a per-clinician lock until the
 * calling transaction ends, so concurrent bookings and transfers (on any instance) cannot both take the last place.
 */
@Component
class CaseloadPolicy implements PanelPolicy {

    static final URI CASELOAD_FULL = ProblemTypes.of("caseload-full");
    private static final int PANEL_LOCKS = 0x70616e6c;

    private final PanelMemberships memberships;
    private final Clinicians clinicians;
    private final JdbcTemplate jdbc;

    CaseloadPolicy(PanelMemberships memberships, Clinicians clinicians, JdbcTemplate jdbc) {
        this.memberships = memberships;
        this.clinicians = clinicians;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void requireRoomFor(UUID patientId, UUID clinicianId) {
        jdbc.queryForObject("SELECT 1 FROM pg_advisory_xact_lock(?, ?)", Integer.class, PANEL_LOCKS,
                clinicianId.hashCode());
        boolean alreadyOnPanel = memberships.findById(patientId)
                .filter(membership -> membership.clinicianId().equals(clinicianId)).isPresent();
        if (alreadyOnPanel) {
            return;
        }
        Clinician clinician = clinicians.findById(clinicianId)
                .orElseThrow(() -> ApiProblemException.notFound("Clinician"));
        if (memberships.countByClinicianId(clinicianId) >= clinician.caseloadLimit()) {
            throw new ApiProblemException(HttpStatus.CONFLICT, CASELOAD_FULL, "Caseload full",
                    "This clinician's panel is at its caseload limit", Map.of("clinicianId", clinicianId.toString()));
        }
    }
}
