package org.openmat.intake.eligibility;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.openmat.intake.eligibility.domain.EligibilityDecision;
import org.openmat.intake.eligibility.domain.EligibilityFlag;
import org.openmat.intake.eligibility.domain.EligibilityOutcome;
import org.openmat.intake.eligibility.domain.IneligibilityReason;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Every eligibility decision with its reasons, appended and never changed. */
@Repository
class EligibilityDecisions {

    private static final String COLUMNS = "outcome, flag_codes, reason_codes, decided_at, screening_response_id";

    private final JdbcTemplate jdbc;

    EligibilityDecisions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void append(UUID patientId, StoredDecision stored, String decidedBy) {
        EligibilityDecision decision = stored.decision();
        jdbc.update("""
                INSERT INTO eligibility_decision (patient_id, screening_response_id, decided_at, decided_by, outcome,
                    flag_codes, reason_codes) VALUES (?, ?, ?, ?, ?, ?, ?)""",
                patientId, stored.screeningResponseId(), Timestamp.from(stored.decidedAt()), decidedBy,
                decision.outcomeCode(), decision.flagCodes().toArray(String[]::new),
                decision.reasonCodes().toArray(String[]::new));
    }

    Optional<StoredDecision> latest(UUID patientId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM eligibility_decision WHERE patient_id = ?"
                + " ORDER BY id DESC LIMIT 1",
                EligibilityDecisions::read, patientId).stream().findFirst();
    }

    Optional<StoredDecision> onScreening(UUID screeningResponseId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM eligibility_decision WHERE screening_response_id = ?"
                + " ORDER BY id DESC LIMIT 1", EligibilityDecisions::read, screeningResponseId).stream().findFirst();
    }

    private static StoredDecision read(ResultSet rs, int row) throws SQLException {
        EligibilityDecision decision = new EligibilityDecision(EligibilityOutcome.valueOf(rs.getString(1)),
                codes(rs.getArray(2), EligibilityFlag::valueOf), codes(rs.getArray(3), IneligibilityReason::valueOf));
        return new StoredDecision(decision, rs.getTimestamp(4).toInstant(), rs.getObject(5, UUID.class));
    }

    private static <E> Set<E> codes(Array array, Function<String, E> parse) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(parse).collect(Collectors.toSet());
    }
}
