package org.openmat.prescribing.pharmacy.partners;

import java.net.URI;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openmat.prescribing.pharmacy.webhook.WebhookSecret;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registry of partner pharmacies and their webhook signing secrets. */
@Service
public class PartnerPharmacies {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PartnerPharmacies(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A secret as created; the only time its {@code whsec_} form is shown. */
    public record NewSecret(UUID secretId, String secret, Instant activeFrom) {

        @Override
        public String toString() {
            return "NewSecret[" + secretId + "]";
        }
    }

    /**
     * Creates or replaces a partner. A webhook partner without a secret gets one (given or generated), returned once.
     */
    @Transactional
    public Optional<NewSecret> register(PartnerPharmacy partner, Optional<String> givenSecret) {
        jdbc.update("""
                INSERT INTO partner_pharmacy (id, name, ncpdp_id, npi, states, kafka_topic, webhook_url, active, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, ncpdp_id = excluded.ncpdp_id, npi = excluded.npi,
                    states = excluded.states, kafka_topic = excluded.kafka_topic, webhook_url = excluded.webhook_url,
                    active = excluded.active, updated_at = excluded.updated_at""",
                partner.id(), partner.name(), partner.ncpdpId(), partner.npi(), String.join(",", partner.states()),
                partner.kafkaTopic(), partner.webhookUrl() == null ? null : partner.webhookUrl().toString(),
                partner.active(), Timestamp.from(now()));
        if (givenSecret.isPresent()) {
            return Optional.of(rotate(partner.id(), givenSecret, Duration.ZERO));
        }
        boolean needsSecret = partner.webhookUrl() != null
                && secrets(partner.id()).stream().noneMatch(secret -> secret.toWebhookSecret().activeAt(now()));
        return needsSecret ? Optional.of(rotate(partner.id(), Optional.empty(), Duration.ZERO)) : Optional.empty();
    }

    /**
     * Adds a signing secret active from now; secrets active until now are retired after {@code overlap}, during which
     * deliveries carry a signature of each so receivers can switch without losing a message.
     */
    @Transactional
    public NewSecret rotate(String partnerId, Optional<String> givenSecret, Duration overlap) {
        Instant now = now();
        WebhookSecret secret = givenSecret.map(WebhookSecret::parse).orElseGet(() -> WebhookSecret.generate(random, now));
        jdbc.update("""
                UPDATE partner_webhook_secret SET active_until = ?
                WHERE partner_id = ? AND active_from < ? AND (active_until IS NULL OR active_until > ?)""",
                Timestamp.from(now.plus(overlap)), partnerId, Timestamp.from(now), Timestamp.from(now));
        UUID id = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO partner_webhook_secret (id, partner_id, secret, active_from, active_until)
                VALUES (?, ?, ?, ?, NULL)""", id, partnerId, secret.encoded(), Timestamp.from(now));
        return new NewSecret(id, secret.encoded(), now);
    }

    public Optional<PartnerPharmacy> find(String partnerId) {
        return jdbc.query("SELECT * FROM partner_pharmacy WHERE id = ?", PartnerPharmacies::row, partnerId)
                .stream().findFirst();
    }

    public List<PartnerPharmacy> list() {
        return jdbc.query("SELECT * FROM partner_pharmacy ORDER BY id", PartnerPharmacies::row);
    }

    public List<StoredSecret> secrets(String partnerId) {
        return jdbc.query("""
                SELECT id, secret, active_from, active_until FROM partner_webhook_secret
                WHERE partner_id = ? ORDER BY active_from DESC""",
                (rs, row) -> new StoredSecret(rs.getObject("id", UUID.class), rs.getString("secret"),
                        rs.getTimestamp("active_from").toInstant(),
                        rs.getTimestamp("active_until") == null ? null : rs.getTimestamp("active_until").toInstant()),
                partnerId);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static PartnerPharmacy row(ResultSet rs, int row) throws SQLException {
        String states = rs.getString("states");
        String url = rs.getString("webhook_url");
        return new PartnerPharmacy(rs.getString("id"), rs.getString("name"), rs.getString("ncpdp_id"),
                rs.getString("npi"), states.isEmpty() ? List.of() : Arrays.asList(states.split(",")),
                rs.getBoolean("kafka_topic"), url == null ? null : URI.create(url), rs.getBoolean("active"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
