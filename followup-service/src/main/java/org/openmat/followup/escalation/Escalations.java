package org.openmat.followup.escalation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.openmat.contracts.followup.v1.EscalationRaised;
import org.openmat.contracts.followup.v1.EscalationResolved;
import org.openmat.followup.checkin.domain.EscalationDecision;
import org.openmat.followup.checkin.domain.WithdrawalBand;
import org.openmat.followup.escalation.domain.Escalation;
import org.openmat.followup.escalation.domain.Escalation.ResolverRole;
import org.openmat.followup.panels.Panels;
import org.openmat.platform.outbox.Outbox;
import org.openmat.platform.problem.ApiProblemException;
import org.openmat.platform.security.Caller;
import org.openmat.platform.security.Roles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Raises escalations from answered check-ins and lets the panel's clinician or operations resolve them. */
@Service
public class Escalations {

    private final JdbcTemplate jdbc;
    private final Panels panels;
    private final Outbox outbox;
    private final Clock clock;

    Escalations(JdbcTemplate jdbc, Panels panels, Outbox outbox, Clock clock) {
        this.jdbc = jdbc;
        this.panels = panels;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Alerts the patient's panel clinician (else the prescriber), in the transaction that stores the answer. */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID raise(UUID checkInId, UUID patientId, UUID prescriberId, EscalationDecision decision,
            WithdrawalBand band, Instant at) {
        UUID id = UUID.randomUUID();
        UUID clinicianId = panels.clinicianOf(patientId).orElse(prescriberId);
        List<String> reasons = List.copyOf(decision.reasonCodes());
        jdbc.update("""
                INSERT INTO escalation (id, check_in_id, patient_id, clinician_id, reason_codes, band, raised_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                id, checkInId, patientId, clinicianId, String.join(",", reasons), band.name(), Timestamp.from(at));
        outbox.publish(new EscalationRaised(UUID.randomUUID(), at, id, checkInId, patientId, clinicianId, reasons,
                band.name()));
        return id;
    }

    /** Anyone but operations and the clinician of the patient's panel is told the escalation does not exist. */
    @Transactional
    public EscalationSummary resolve(Caller caller, UUID escalationId, String note) {
        EscalationSummary stored = jdbc.query("SELECT " + EscalationSummary.COLUMNS + " FROM escalation e WHERE e.id = ?"
                        + " FOR UPDATE", EscalationSummary::row, escalationId).stream().findFirst()
                .orElseThrow(() -> ApiProblemException.notFound("Escalation"));
        ResolverRole role = roleOf(caller, stored.patientId());
        Instant now = clock.instant();
        new Escalation(stored.id(), stored.patientId(), stored.resolvedAt()).resolve(note, now);
        jdbc.update("""
                UPDATE escalation SET resolved_at = ?, resolved_by = ?, resolved_by_role = ?, resolution_note = ?
                WHERE id = ?""", Timestamp.from(now), caller.subject(), role.name(), note, escalationId);
        outbox.publish(new EscalationResolved(UUID.randomUUID(), now, stored.id(), stored.checkInId(),
                stored.patientId(), stored.clinicianId(), role.name(), stored.raisedAt()));
        return new EscalationSummary(stored.id(), stored.checkInId(), stored.patientId(), stored.clinicianId(),
                stored.reasonCodes(), stored.band(), stored.raisedAt(), now, role.name());
    }

    @Transactional(readOnly = true)
    public List<EscalationSummary> openOnPanelOf(String clinicianSubject) {
        return jdbc.query("""
                SELECT %s FROM escalation e JOIN panel_membership p ON p.patient_id = e.patient_id
                WHERE p.clinician_subject = ? AND e.resolved_at IS NULL
                ORDER BY e.raised_at""".formatted(EscalationSummary.COLUMNS), EscalationSummary::row, clinicianSubject);
    }

    private ResolverRole roleOf(Caller caller, UUID patientId) {
        if (caller.hasRole(Roles.CLINICIAN) && panels.isOnPanelOf(patientId, caller.subject())) {
            return ResolverRole.CLINICIAN;
        }
        if (caller.hasRole(Roles.OPS)) {
            return ResolverRole.OPS;
        }
        throw ApiProblemException.notFound("Escalation");
    }
}
