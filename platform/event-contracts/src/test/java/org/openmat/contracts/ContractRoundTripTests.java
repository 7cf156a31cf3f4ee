package org.openmat.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openmat.contracts.intake.v1.ConsentGranted;
import org.openmat.contracts.intake.v1.ConsentRevoked;
import org.openmat.contracts.intake.v1.PatientDetailsChanged;
import org.openmat.contracts.intake.v1.PatientEnrolled;
import org.openmat.contracts.scheduling.v1.PanelAssignmentChanged;

/**
 * Every published contract against its JSON sample: renaming, removing or retyping a field breaks the build, because
 * consumers already running read exactly this shape.
 */
class ContractRoundTripTests {

    private static final UUID PATIENT = UUID.fromString("0b8e2f4a-3c1d-4e5f-8a9b-1c2d3e4f5a6b");
    private static final UUID CONSENT = UUID.fromString("9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a");

    static Stream<Arguments> contracts() {
        return Stream.of(
                Arguments.of("intake.PatientEnrolled.v1.json", "org.openmat.intake.PatientEnrolled.v1", new PatientEnrolled(
                        UUID.fromString("5f0c6a8e-1d2b-4c3a-9e8f-7a6b5c4d3e2f"), Instant.parse("2026-03-07T14:30:00Z"),
                        PATIENT, "NY", "NJ", "America/New_York", "ELIGIBLE_WITH_FLAGS",
                        List.of("BENZODIAZEPINES", "RECENT_FENTANYL"), "pharm-a")),
                Arguments.of("intake.PatientDetailsChanged.v1.json", "org.openmat.intake.PatientDetailsChanged.v1",
                        new PatientDetailsChanged(UUID.fromString("7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"),
                                Instant.parse("2026-03-09T08:15:00Z"), PATIENT, "PA", "America/New_York", "pharm-b",
                                "ELIGIBLE_WITH_FLAGS", List.of("PREGNANCY"))),
                Arguments.of("intake.ConsentGranted.v1.json", "org.openmat.intake.ConsentGranted.v1", new ConsentGranted(
                        UUID.fromString("1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"), Instant.parse("2026-03-07T14:40:00Z"),
                        PATIENT, CONSENT, Instant.parse("2026-03-07T14:39:30Z"),
                        List.of("TREATING_PROVIDERS_AND_PARTNER_PHARMACIES"), List.of(),
                        List.of("PRESCRIPTIONS_AND_MEDICATIONS", "VISIT_RECORDS"),
                        List.of("TREATMENT", "PAYMENT", "HEALTH_CARE_OPERATIONS"), null, "END_OF_TREATMENT",
                        "America/New_York", "part2-consent-v1")),
                Arguments.of("intake.ConsentRevoked.v1.json", "org.openmat.intake.ConsentRevoked.v1", new ConsentRevoked(
                        UUID.fromString("2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a"), Instant.parse("2026-04-01T09:00:00Z"),
                        PATIENT, CONSENT, Instant.parse("2026-04-01T08:59:59Z"),
                        List.of("TREATING_PROVIDERS_AND_PARTNER_PHARMACIES"), List.of("pharm-a"))),
                Arguments.of("scheduling.PanelAssignmentChanged.v1.json", "org.openmat.scheduling.PanelAssignmentChanged.v1",
                        new PanelAssignmentChanged(UUID.fromString("3e4f5a6b-7c8d-4e9f-8a1b-2c3d4e5f6a7b"),
                                Instant.parse("2026-03-08T16:00:00Z"), PATIENT,
                                UUID.fromString("4f5a6b7c-8d9e-4f0a-9b1c-2d3e4f5a6b7c"),
                                "c1a2b3c4-d5e6-4f70-8192-a3b4c5d6e7f8", null, null, "BOOKED_INDUCTION")));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("contracts")
    void readsThePublishedSample(String fixture, String type, IntegrationEvent sample) {
        assertThat(EventJson.read(ContractFixtures.bytes(fixture), sample.getClass())).isEqualTo(sample);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("contracts")
    void writesExactlyThePublishedShape(String fixture, String type, IntegrationEvent sample) {
        assertThat(ContractFixtures.tree(EventJson.write(sample))).isEqualTo(ContractFixtures.tree(ContractFixtures.bytes(fixture)));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("contracts")
    void declaresItsVersionedTypeAndIsKeyedByPatient(String fixture, String type, IntegrationEvent sample) {
        assertThat(EventCatalog.typeOf(sample.getClass())).isEqualTo(type).endsWith(".v1");
        assertThat(sample.subject()).isEqualTo(PATIENT.toString());
    }
}
