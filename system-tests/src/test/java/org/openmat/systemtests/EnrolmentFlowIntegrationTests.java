package org.openmat.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openmat.testsupport.HttpJson;
import org.openmat.testsupport.RealPostgres;
import org.openmat.testsupport.TestTokens;

/** A patient signs up with intake; followup, in another process with its own database, learns of it through Kafka. */
class EnrolmentFlowIntegrationTests {

    private static final String SIGN_UP = """
            {"legalName": {"given": "Sam", "family": "Lee"}, "dateOfBirth": "1979-09-30",
             "phone": "808-555-0100", "email": "sam@example.org",
             "homeAddress": {"line1": "1 Kapiolani Blvd", "city": "Honolulu", "state": "HI", "postalCode": "96813"},
             "currentState": "HI", "timeZone": "Pacific/Honolulu"}""";

    private static RunningServices services;

    @BeforeAll
    static void startServices() {
        services = RunningServices.start("intake-service", "followup-service");
    }

    @AfterAll
    static void stopServices() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void aPatientRegisteredWithIntakeIsKnownToFollowupExactlyOnce() throws Exception {
        String token = TestTokens.issue(UUID.randomUUID().toString(), "patient");
        HttpJson intake = new HttpJson(services.service("intake-service").baseUri().toString());

        HttpJson.Response registered = intake.post("/api/patients", token, SIGN_UP);
        assertThat(registered.status()).isEqualTo(201);
        UUID patientId = UUID.fromString(registered.body().get("patientId").asString());
        assertThat(intake.post("/api/patients", token, "{}").status()).as("invalid body").isEqualTo(400);

        String followupDb = services.property("followup-service", "spring.datasource.url");
        await().atMost(Duration.ofSeconds(60)).until(() -> enrolledRows(followupDb, patientId) == 1);
        assertThat(timeZoneOf(followupDb, patientId)).isEqualTo("Pacific/Honolulu");

        assertThat(intake.post("/api/patients", token, SIGN_UP).status()).isEqualTo(200);
        Thread.sleep(2000);
        assertThat(enrolledRows(followupDb, patientId)).isEqualTo(1);
    }

    private static long enrolledRows(String jdbcUrl, UUID patientId) throws SQLException {
        return query(jdbcUrl, "SELECT count(*) FROM patient_replica WHERE patient_id = ?", patientId, rs -> rs.getLong(1));
    }

    private static String timeZoneOf(String jdbcUrl, UUID patientId) throws SQLException {
        return query(jdbcUrl, "SELECT time_zone FROM patient_replica WHERE patient_id = ?", patientId, rs -> rs.getString(1));
    }

    interface Column<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static <T> T query(String jdbcUrl, String sql, UUID id, Column<T> column) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, RealPostgres.instance().username(), RealPostgres.instance().password());
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return column.read(rs);
            }
        }
    }
}
