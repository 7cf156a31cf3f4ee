package org.openmat.prescribing.consents;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.openmat.contracts.intake.v1.ConsentGranted;
import org.openmat.contracts.intake.v1.ConsentRevoked;
import org.openmat.platform.cloudevents.PoisonEventException;
import org.openmat.prescribing.consents.domain.ConsentOnRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The patients' Part 2 consents from intake's events, with their revocations, whatever order those arrive in. */
@Component
public class ConsentReplica {

    private final JdbcTemplate jdbc;

    ConsentReplica(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void granted(ConsentGranted event) {
        if (event.timeZone() != null && !ZoneId.getAvailableZoneIds().contains(event.timeZone())) {
            throw new PoisonEventException("ConsentGranted with an unknown time zone");
        }
        jdbc.update("""
                INSERT INTO consent (consent_id, patient_id, signed_at, recipient_classes, named_pharmacy_ids,
                                     information_categories, purposes, expires_on, expiry_event, time_zone)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (consent_id) DO NOTHING""",
                event.consentId(), event.patientId(), Timestamp.from(event.signedAt()),
                join(event.recipientClasses()), join(event.namedPartnerPharmacyIds()),
                join(event.informationCategories()), join(event.purposes()),
                event.expiresOn() == null ? null : Date.valueOf(event.expiresOn()), event.expiryEvent(),
                event.timeZone());
    }

    public void revoked(ConsentRevoked event) {
        jdbc.update("""
                INSERT INTO consent_revocation (consent_id, patient_id, revoked_at) VALUES (?, ?, ?)
                ON CONFLICT (consent_id) DO NOTHING""",
                event.consentId(), event.patientId(), Timestamp.from(event.revokedAt()));
    }

    public List<ConsentOnRecord> ofPatient(UUID patientId) {
        return jdbc.query("""
                SELECT c.*, r.revoked_at FROM consent c LEFT JOIN consent_revocation r ON r.consent_id = c.consent_id
                WHERE c.patient_id = ?""", ConsentReplica::row, patientId);
    }

    private static ConsentOnRecord row(ResultSet rs, int row) throws SQLException {
        Date expiresOn = rs.getDate("expires_on");
        Timestamp revokedAt = rs.getTimestamp("revoked_at");
        String zone = rs.getString("time_zone");
        return new ConsentOnRecord(rs.getObject("consent_id", UUID.class), rs.getTimestamp("signed_at").toInstant(),
                split(rs.getString("recipient_classes")), split(rs.getString("named_pharmacy_ids")),
                split(rs.getString("information_categories")), split(rs.getString("purposes")),
                expiresOn == null ? null : expiresOn.toLocalDate(), rs.getString("expiry_event"),
                zone == null ? ZoneOffset.UTC : ZoneId.of(zone), revokedAt == null ? null : revokedAt.toInstant());
    }

    private static String join(Collection<String> codes) {
        return String.join(",", codes);
    }

    private static Set<String> split(String codes) {
        return codes.isEmpty() ? Set.of() : Arrays.stream(codes.split(",")).collect(Collectors.toSet());
    }
}
