package org.openmat.prescribing.disclosure;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers whether a prescription's order reached its pharmacy, and what the pharmacy may read. */
@Service
@Transactional(readOnly = true)
public class DisclosureStatuses {

    private final JdbcTemplate jdbc;
    private final DisclosureLog log;

    DisclosureStatuses(JdbcTemplate jdbc, DisclosureLog log) {
        this.jdbc = jdbc;
        this.log = log;
    }

    public DisclosureStatus ofOrder(UUID prescriptionId, String pharmacyId) {
        List<DisclosureStatus> sent = jdbc.query("""
                SELECT channel, consent_id, disclosed_at FROM disclosure
                WHERE prescription_id = ? AND kind = 'ORDER' ORDER BY disclosed_at""",
                (rs, row) -> new DisclosureStatus("SENT", pharmacyId, List.of(rs.getString("channel")),
                        rs.getObject("consent_id", UUID.class), rs.getTimestamp("disclosed_at").toInstant(), null),
                prescriptionId);
        if (!sent.isEmpty()) {
            return new DisclosureStatus("SENT", pharmacyId, sent.stream().flatMap(s -> s.channels().stream()).toList(),
                    sent.get(0).consentId(), sent.get(0).disclosedAt(), null);
        }
        Boolean pending = jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM webhook_delivery WHERE prescription_id = ? AND kind = 'ORDER'
                               AND status = 'PENDING')""", Boolean.class, prescriptionId);
        if (Boolean.TRUE.equals(pending)) {
            return new DisclosureStatus("PENDING", pharmacyId, List.of(), null, null, null);
        }
        return jdbc.queryForList("""
                SELECT reason_code FROM withheld_disclosure WHERE prescription_id = ? AND kind = 'ORDER'
                ORDER BY decided_at DESC LIMIT 1""", String.class, prescriptionId).stream()
                .findFirst()
                .map(reason -> new DisclosureStatus("WITHHELD", pharmacyId, List.of(), null, null, reason))
                .orElseGet(() -> new DisclosureStatus("NONE", pharmacyId, List.of(), null, null, null));
    }

    /** Whether the prescription was disclosed to this partner: the only prescriptions a pharmacy may read. */
    public boolean disclosedTo(UUID prescriptionId, String partnerId) {
        return log.disclosedTo(prescriptionId, partnerId);
    }

    public List<UUID> disclosedTo(String partnerId, int limit) {
        return log.disclosedTo(partnerId, limit);
    }
}
