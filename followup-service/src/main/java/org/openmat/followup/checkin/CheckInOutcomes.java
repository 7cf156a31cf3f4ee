package org.openmat.followup.checkin;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.openmat.followup.checkin.domain.CheckInAssessment;
import org.openmat.followup.checkin.domain.SowsAnswers;
import org.openmat.followup.checkin.domain.SowsItem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stores answered questionnaires with their outcome; reads back the answer itself only for the patient's clinician. */
@Component
class CheckInOutcomes {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    CheckInOutcomes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The item ratings and the patient's words, as their clinician reviews them. */
    record Answer(Map<String, Integer> ratings, String patientNote) {
    }

    void store(UUID checkInId, Instant answeredAt, SowsAnswers answers, CheckInAssessment assessment,
            boolean helpRequested, String patientNote) {
        Map<String, Integer> ratings = new LinkedHashMap<>();
        answers.asMap().forEach((item, rating) -> ratings.put(item.key(), rating));
        var score = assessment.score();
        jdbc.update("""
                INSERT INTO check_in_outcome (check_in_id, answered_at, ratings, sows_total, withdrawal_subtotal,
                    craving, band, rule_id, no_withdrawal, help_requested, patient_note)
                VALUES (?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?)""",
                checkInId, Timestamp.from(answeredAt), JSON.writeValueAsString(ratings), score.total(),
                score.withdrawalSubtotal(), score.craving(), score.band().name(), assessment.verdict().ruleId(),
                assessment.verdict().noWithdrawal(), helpRequested, patientNote);
    }

    Optional<Answer> answerOf(UUID checkInId) {
        return jdbc.query("SELECT ratings::text AS ratings, patient_note FROM check_in_outcome WHERE check_in_id = ?",
                (rs, row) -> new Answer(inItemOrder(JSON.readValue(rs.getString("ratings"),
                        new TypeReference<Map<String, Integer>>() { })), rs.getString("patient_note")),
                checkInId).stream().findFirst();
    }

    private static Map<String, Integer> inItemOrder(Map<String, Integer> stored) {
        Map<String, Integer> ordered = new LinkedHashMap<>();
        for (SowsItem item : SowsItem.values()) {
            ordered.put(item.key(), stored.get(item.key()));
        }
        return ordered;
    }
}
