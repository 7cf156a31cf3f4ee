package org.openmat.prescribing.disclosure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.openmat.prescribing.pharmacy.partners.DeliveryChannel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The append-only record of disclosures made (what, to whom, when, on which consent) and of those withheld. */
@Component
class DisclosureLog {

    private final JdbcTemplate jdbc;

    DisclosureLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void disclosed(Disclosed d) {
        jdbc.update("""
                INSERT INTO disclosure (id, prescription_id, patient_id, pharmacy_id, consent_id, kind, channel,
                                        redisclosure_notice, payload, disclosed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                d.disclosureId(), d.prescriptionId(), d.patientId(), d.pharmacyId(), d.consentId(), d.kind().name(),
                d.channel().name(), d.redisclosureNotice(), d.payload(), Timestamp.from(d.at()));
    }

    void withheld(UUID prescriptionId, String pharmacyId, DisclosureKind kind, DeliveryChannel channel,
            String reasonCode, Instant at) {
        jdbc.update("""
                INSERT INTO withheld_disclosure (id, prescription_id, pharmacy_id, kind, channel, reason_code,
                                                 decided_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                UUID.randomUUID(), prescriptionId, pharmacyId, kind.name(), channel == null ? null : channel.name(),
                reasonCode, Timestamp.from(at));
    }

    /** Whether the order went, or is on its way, to the pharmacy: only then does a cancellation follow it. */
    boolean orderSentOrPending(UUID prescriptionId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM disclosure WHERE prescription_id = ? AND kind = 'ORDER')
                    OR EXISTS (SELECT 1 FROM webhook_delivery WHERE prescription_id = ? AND kind = 'ORDER'
                               AND status IN ('PENDING', 'DELIVERED'))""",
                Boolean.class, prescriptionId, prescriptionId));
    }

    boolean disclosedTo(UUID prescriptionId, String pharmacyId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM disclosure WHERE prescription_id = ? AND pharmacy_id = ?)",
                Boolean.class, prescriptionId, pharmacyId));
    }

    /** The prescriptions disclosed to a pharmacy, most recently disclosed first. */
    List<UUID> disclosedTo(String pharmacyId, int limit) {
        return jdbc.queryForList("""
                SELECT prescription_id FROM disclosure WHERE pharmacy_id = ?
                GROUP BY prescription_id ORDER BY max(disclosed_at) DESC LIMIT ?""",
                UUID.class, pharmacyId, limit);
    }
}
