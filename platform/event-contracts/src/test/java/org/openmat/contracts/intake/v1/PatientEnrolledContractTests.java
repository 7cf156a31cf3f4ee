package org.openmat.contracts.intake.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openmat.contracts.ContractFixtures;
import org.openmat.contracts.EventJson;
import org.openmat.contracts.MalformedEventException;

/** How v1 consumers cope with what a later producer may send. */
class PatientEnrolledContractTests {

    private static final String FIXTURE = "intake.PatientEnrolled.v1.json";

    private final PatientEnrolled sample = new PatientEnrolled(
            UUID.fromString("5f0c6a8e-1d2b-4c3a-9e8f-7a6b5c4d3e2f"),
            Instant.parse("2026-03-07T14:30:00Z"),
            UUID.fromString("0b8e2f4a-3c1d-4e5f-8a9b-1c2d3e4f5a6b"),
            "NY", "NJ", "America/New_York", "ELIGIBLE_WITH_FLAGS",
            List.of("BENZODIAZEPINES", "RECENT_FENTANYL"), "pharm-a",
            "a0000000-0000-4000-8000-000000000001");

    @Test
    void toleratesFieldsAddedByALaterMinorRevision() {
        byte[] withExtra = new String(ContractFixtures.bytes(FIXTURE))
                .replace("\"homeState\"", "\"addedLater\": 42, \"homeState\"").getBytes();
        assertThat(EventJson.read(withExtra, PatientEnrolled.class)).isEqualTo(sample);
    }

    @Test
    void readsAnEventFromBeforeTheSubjectWasAdded() {
        byte[] older = new String(ContractFixtures.bytes(FIXTURE))
                .replace(",\n  \"patientSubject\": \"a0000000-0000-4000-8000-000000000001\"", "").getBytes();
        assertThat(EventJson.read(older, PatientEnrolled.class).patientSubject()).isNull();
    }

    @Test
    void rejectsDataThatIsNotAPatientEnrolled() {
        assertThatThrownBy(() -> EventJson.read("{\"patientId\": 7".getBytes(), PatientEnrolled.class))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> EventJson.read("{\"patientId\": null}".getBytes(), PatientEnrolled.class))
                .isInstanceOf(MalformedEventException.class);
    }
}
