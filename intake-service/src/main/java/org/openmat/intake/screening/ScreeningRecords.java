package org.openmat.intake.screening;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

import org.openmat.intake.screening.domain.ScreeningQuestionnaire;
import org.openmat.intake.screening.domain.ScreeningResponse;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Screening submissions, appended and never changed; answers are kept in their coded form as JSONB. */
@Repository
class ScreeningRecords {

    // A mapper of its own, so that stored answers do not change shape when the HTTP mapper is customised.
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    ScreeningRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the response as the patient's next submission; a concurrent submission makes this fail on the key. */
    StoredScreening append(UUID patientId, ScreeningResponse response, String submittedBy) {
        UUID id = UUID.randomUUID();
        Integer submission = jdbc.queryForObject("""
                INSERT INTO screening_response (id, patient_id, submission, questionnaire_id, questionnaire_version,
                    answers, submitted_at, submitted_by)
                SELECT ?, ?, COALESCE(MAX(submission), 0) + 1, ?, ?, ?::jsonb, ?, ?
                  FROM screening_response WHERE patient_id = ?
                RETURNING submission""", Integer.class,
                id, patientId, response.questionnaire().id(), response.questionnaire().version(),
                JSON.writeValueAsString(CodedAnswers.of(response.answers())), Timestamp.from(response.submittedAt()),
                submittedBy, patientId);
        return new StoredScreening(id, patientId, submission, response);
    }

    Optional<StoredScreening> latest(UUID patientId) {
        return jdbc.query("""
                SELECT id, patient_id, submission, questionnaire_id, questionnaire_version, answers::text, submitted_at
                  FROM screening_response WHERE patient_id = ? ORDER BY submission DESC LIMIT 1""",
                ScreeningRecords::read, patientId).stream().findFirst();
    }

    private static StoredScreening read(ResultSet rs, int row) throws SQLException {
        ScreeningQuestionnaire questionnaire = ScreeningQuestionnaire.find(rs.getString(4), rs.getString(5))
                .orElseThrow(() -> new IllegalStateException("stored screening answers an unpublished questionnaire"));
        CodedAnswers.Decoded decoded = JSON.readValue(rs.getString(6), CodedAnswers.class).decode();
        if (!decoded.unreadable().isEmpty()) {
            throw new IllegalStateException("stored screening answers hold unknown codes");
        }
        ScreeningResponse response = new ScreeningResponse(questionnaire, decoded.answers(),
                rs.getTimestamp(7).toInstant());
        return new StoredScreening(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3), response);
    }
}
