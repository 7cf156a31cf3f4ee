package org.openmat.intake.screening;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openmat.contracts.EventCatalog;
import org.openmat.contracts.EventJson;
import org.openmat.contracts.Topics;
import org.openmat.contracts.scheduling.v1.PanelAssignmentChanged;
import org.openmat.intake.IntakeTestPatients;
import org.openmat.intake.IntakeTestPatients.TestPatient;
import org.openmat.platform.cloudevents.CloudEventRecords;
import org.openmat.testsupport.HttpJson;
import org.openmat.testsupport.KafkaProbe;
import org.openmat.testsupport.RealKafka;
import org.springframework.jdbc.core.JdbcTemplate;

/** Test patients, screening bodies and panel assignments for the screening and eligibility integration tests. */
public final class ScreeningTestSupport {

    public static final String NEW_YORK = "America/New_York";

    private ScreeningTestSupport() {
    }

    /** An adult patient located in New York; the one place these tests sign patients up. */
    public static TestPatient adult(int port) {
        return aged(port, 37, "NY");
    }

    /** A patient who turned {@code years} old ten days ago (in New York), located in {@code state}. */
    public static TestPatient aged(int port, int years, String state) {
        LocalDate dateOfBirth = LocalDate.now(ZoneId.of(NEW_YORK)).minusYears(years).minusDays(10);
        return IntakeTestPatients.register(port, dateOfBirth.toString(), state, NEW_YORK);
    }

    /** Answers that raise no flag (heroin, snorted, two days ago); change one entry at a time. */
    public static Map<String, Object> noRiskAnswers() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("opioidsUsed", List.of(Map.of("opioid", "heroin", "routes", List.of("intranasal"))));
        answers.put("lastOpioidUse", Instant.now().minus(2, ChronoUnit.DAYS).toString());
        answers.put("buprenorphineTreatment", "none");
        answers.put("methadoneTreatment", "past");
        answers.put("benzodiazepineUse", false);
        answers.put("alcoholUse", "never");
        answers.put("otherSedativeUse", false);
        answers.put("pregnantOrPossiblyPregnant", false);
        answers.put("breastfeeding", false);
        answers.put("severeLiverDisease", false);
        answers.put("allergicToBuprenorphine", false);
        answers.put("allergicToNaloxone", false);
        answers.put("withdrawalSelfRating", 4);
        answers.put("emergencyContact", new LinkedHashMap<>(Map.of(
                "name", "Sam Okafor", "relationship", "brother", "phone", "(212) 555-0199")));
        return answers;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> emergencyContact(Map<String, Object> answers) {
        return (Map<String, Object>) answers.get("emergencyContact");
    }

    public static HttpJson.Response submit(int port, TestPatient patient, Map<String, Object> answers) {
        return HttpJson.localhost(port).post("/api/patients/me/screening", patient.token(), HttpJson.json(answers));
    }
}
