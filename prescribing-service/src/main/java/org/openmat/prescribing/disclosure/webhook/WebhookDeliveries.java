package org.openmat.prescribing.disclosure.webhook;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.openmat.prescribing.disclosure.DisclosureKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The coordinated webhook delivery table. Instances claim due rows with FOR UPDATE SKIP LOCKED and push their next
 * attempt time ahead by a lease, so no two instances call a receiver for one delivery at once and a crashed instance's
 * claim falls due again. A delivery waits while an earlier one for the same prescription and partner is pending, so a
 * cancellation never overtakes its order. Updates name the attempt they finish, so a stale instance changes nothing.
 */
@Component
public class WebhookDeliveries {

    private final JdbcTemplate jdbc;

    WebhookDeliveries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues a delivery, due now, in the caller's transaction. */
    public void enqueue(UUID deliveryId, UUID prescriptionId, UUID patientId, UUID clinicianId, String partnerId,
            UUID consentId, DisclosureKind kind, String payload, Instant now) {
        jdbc.update("""
                INSERT INTO webhook_delivery (id, prescription_id, patient_id, clinician_id, partner_id, consent_id,
                                              kind, event_type, payload, status, next_attempt_at, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)""",
                deliveryId, prescriptionId, patientId, clinicianId, partnerId, consentId, kind.name(),
                kind.eventType(), payload, Timestamp.from(now), Timestamp.from(now));
    }

    List<ClaimedDelivery> claimDue(Instant now, Duration lease, int limit) {
        return jdbc.query("""
                UPDATE webhook_delivery SET attempts = attempts + 1, next_attempt_at = ?
                WHERE id IN (
                    SELECT d.id FROM webhook_delivery d
                    WHERE d.status = 'PENDING' AND d.next_attempt_at <= ?
                      AND NOT EXISTS (SELECT 1 FROM webhook_delivery e WHERE e.prescription_id = d.prescription_id
                                      AND e.partner_id = d.partner_id AND e.seq < d.seq AND e.status = 'PENDING')
                    ORDER BY d.next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)
                RETURNING id, prescription_id, patient_id, clinician_id, partner_id, consent_id, kind, payload, attempts""",
                (rs, row) -> new ClaimedDelivery(rs.getObject("id", UUID.class),
                        rs.getObject("prescription_id", UUID.class), rs.getObject("patient_id", UUID.class),
                        rs.getObject("clinician_id", UUID.class), rs.getString("partner_id"),
                        rs.getObject("consent_id", UUID.class), DisclosureKind.valueOf(rs.getString("kind")),
                        rs.getString("payload"), rs.getInt("attempts")),
                Timestamp.from(now.plus(lease)), Timestamp.from(now), limit);
    }

    void recordAttempt(ClaimedDelivery delivery, AttemptResult result) {
        jdbc.update("""
                INSERT INTO webhook_attempt (delivery_id, attempt_no, attempted_at, target_url, outcome, http_status,
                                             duration_ms)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                delivery.id(), delivery.attempt(), Timestamp.from(result.attemptedAt()), result.targetUrl(),
                result.outcome().name(), result.httpStatus(), result.duration().toMillis());
    }

    /** Ends the delivery if this attempt is still the current one; false when another instance took it over. */
    boolean finish(ClaimedDelivery delivery, String status, String outcomeCode, Instant at) {
        return jdbc.update("""
                UPDATE webhook_delivery SET status = ?, outcome_code = ?, finished_at = ?
                WHERE id = ? AND status = 'PENDING' AND attempts = ?""",
                status, outcomeCode, Timestamp.from(at), delivery.id(), delivery.attempt()) == 1;
    }

    boolean retryAt(ClaimedDelivery delivery, Instant nextAttemptAt) {
        return jdbc.update("""
                UPDATE webhook_delivery SET next_attempt_at = ? WHERE id = ? AND status = 'PENDING' AND attempts = ?""",
                Timestamp.from(nextAttemptAt), delivery.id(), delivery.attempt()) == 1;
    }

    /** A partner's deliveries, newest first, optionally of one status. */
    public List<DeliveryView> ofPartner(String partnerId, String status, int limit) {
        return jdbc.query("""
                SELECT id, prescription_id, kind, status, attempts, next_attempt_at, created_at, finished_at,
                       outcome_code
                FROM webhook_delivery WHERE partner_id = ? AND (?::text IS NULL OR status = ?)
                ORDER BY seq DESC LIMIT ?""",
                (rs, row) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    Timestamp finished = rs.getTimestamp("finished_at");
                    return new DeliveryView(id, rs.getObject("prescription_id", UUID.class), rs.getString("kind"),
                            rs.getString("status"), rs.getInt("attempts"),
                            rs.getTimestamp("next_attempt_at").toInstant(), rs.getTimestamp("created_at").toInstant(),
                            finished == null ? null : finished.toInstant(), rs.getString("outcome_code"),
                            attempts(id));
                },
                partnerId, status, status, limit);
    }

    private List<DeliveryView.Attempt> attempts(UUID deliveryId) {
        return jdbc.query("SELECT * FROM webhook_attempt WHERE delivery_id = ? ORDER BY attempt_no",
                (rs, row) -> {
                    int httpStatus = rs.getInt("http_status");
                    return new DeliveryView.Attempt(rs.getInt("attempt_no"), rs.getTimestamp("attempted_at").toInstant(),
                            rs.getString("target_url"), rs.getString("outcome"), rs.wasNull() ? null : httpStatus,
                            rs.getLong("duration_ms"));
                },
                deliveryId);
    }
}
