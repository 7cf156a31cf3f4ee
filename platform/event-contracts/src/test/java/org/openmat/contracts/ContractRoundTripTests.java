package org.openmat.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openmat.contracts.followup.v1.CheckInCompleted;
import org.openmat.contracts.followup.v1.CheckInOverdue;
import org.openmat.contracts.followup.v1.CheckInReminderDue;
import org.openmat.contracts.followup.v1.CheckInScheduled;
import org.openmat.contracts.followup.v1.EscalationRaised;
import org.openmat.contracts.followup.v1.EscalationResolved;
import org.openmat.contracts.intake.v1.ConsentGranted;
import org.openmat.contracts.intake.v1.ConsentRevoked;
import org.openmat.contracts.intake.v1.PatientDetailsChanged;
import org.openmat.contracts.intake.v1.PatientEnrolled;
import org.openmat.contracts.prescribing.v1.PharmacyDisclosureRecorded;
import org.openmat.contracts.prescribing.v1.PharmacyDisclosureWithheld;
import org.openmat.contracts.prescribing.v1.PrescriptionCancelled;
import org.openmat.contracts.prescribing.v1.PrescriptionFillUpdated;
import org.openmat.contracts.prescribing.v1.PrescriptionIssued;
import org.openmat.contracts.scheduling.v1.ClinicianProfileChanged;
import org.openmat.contracts.scheduling.v1.PanelAssignmentChanged;
import org.openmat.contracts.scheduling.v1.VisitBooked;
import org.openmat.contracts.scheduling.v1.VisitCancelled;
import org.openmat.contracts.scheduling.v1.VisitCompleted;
import org.openmat.contracts.scheduling.v1.VisitNoShow;
import org.openmat.contracts.scheduling.v1.VisitReminderDue;
import org.openmat.contracts.scheduling.v1.VisitRescheduled;

/**
 * Every published contract against its JSON sample: renaming, removing or retyping a field breaks the build, because
 * consumers already running read exactly this shape.
 */
class ContractRoundTripTests {

    private static final UUID PATIENT = UUID.fromString("0b8e2f4a-3c1d-4e5f-8a9b-1c2d3e4f5a6b");
    private static final UUID PRESCRIPTION = UUID.fromString("8b9c0d1e-2f3a-4b4c-9d5e-6f7a8b9c0d1e");
    private static final UUID VISIT = UUID.fromString("6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d");
    private static final UUID CLINICIAN = UUID.fromString("4f5a6b7c-8d9e-4f0a-9b1c-2d3e4f5a6b7c");
    private static final String CLINICIAN_SUBJECT = "c1a2b3c4-d5e6-4f70-8192-a3b4c5d6e7f8";
    private static final UUID CONSENT = UUID.fromString("9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a");
    private static final UUID CHECK_IN = UUID.fromString("c0000000-0000-4000-8000-0000000000c1");
    private static final UUID ESCALATION = UUID.fromString("e5000000-0000-4000-8000-0000000000e1");

    static Stream<Arguments> contracts() {
        return Stream.of(
                Arguments.of(PATIENT.toString(), "intake.PatientEnrolled.v1.json", "org.openmat.intake.PatientEnrolled.v1", new PatientEnrolled(
                        UUID.fromString("5f0c6a8e-1d2b-4c3a-9e8f-7a6b5c4d3e2f"), Instant.parse("2026-03-07T14:30:00Z"),
                        PATIENT, "NY", "NJ", "America/New_York", "ELIGIBLE_WITH_FLAGS",
                        List.of("BENZODIAZEPINES", "RECENT_FENTANYL"), "pharm-a",
                        "a0000000-0000-4000-8000-000000000001")),
                Arguments.of(PATIENT.toString(), "intake.PatientDetailsChanged.v1.json", "org.openmat.intake.PatientDetailsChanged.v1",
                        new PatientDetailsChanged(UUID.fromString("7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"),
                                Instant.parse("2026-03-09T08:15:00Z"), PATIENT, "PA", "America/New_York", "pharm-b",
                                "ELIGIBLE_WITH_FLAGS", List.of("PREGNANCY"))),
                Arguments.of(PATIENT.toString(), "intake.ConsentGranted.v1.json", "org.openmat.intake.ConsentGranted.v1", new ConsentGranted(
                        UUID.fromString("1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"), Instant.parse("2026-03-07T14:40:00Z"),
                        PATIENT, CONSENT, Instant.parse("2026-03-07T14:39:30Z"),
                        List.of("TREATING_PROVIDERS_AND_PARTNER_PHARMACIES"), List.of(),
                        List.of("PRESCRIPTIONS_AND_MEDICATIONS", "VISIT_RECORDS"),
                        List.of("TREATMENT", "PAYMENT", "HEALTH_CARE_OPERATIONS"), null, "END_OF_TREATMENT",
                        "America/New_York", "part2-consent-v1")),
                Arguments.of(PATIENT.toString(), "intake.ConsentRevoked.v1.json", "org.openmat.intake.ConsentRevoked.v1", new ConsentRevoked(
                        UUID.fromString("2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a"), Instant.parse("2026-04-01T09:00:00Z"),
                        PATIENT, CONSENT, Instant.parse("2026-04-01T08:59:59Z"),
                        List.of("TREATING_PROVIDERS_AND_PARTNER_PHARMACIES"), List.of("pharm-a"))),
                Arguments.of(PATIENT.toString(), "scheduling.PanelAssignmentChanged.v1.json", "org.openmat.scheduling.PanelAssignmentChanged.v1",
                        new PanelAssignmentChanged(UUID.fromString("3e4f5a6b-7c8d-4e9f-8a1b-2c3d4e5f6a7b"),
                                Instant.parse("2026-03-08T16:00:00Z"), PATIENT,
                                UUID.fromString("4f5a6b7c-8d9e-4f0a-9b1c-2d3e4f5a6b7c"),
                                "c1a2b3c4-d5e6-4f70-8192-a3b4c5d6e7f8", null, null, "BOOKED_INDUCTION")),
                Arguments.of(PATIENT.toString(), "scheduling.VisitBooked.v1.json", "org.openmat.scheduling.VisitBooked.v1",
                        new VisitBooked(id("11111111-1111-4111-8111-111111111111"), at("2026-03-05T12:00:00Z"), VISIT,
                                PATIENT, CLINICIAN, CLINICIAN_SUBJECT, "INDUCTION", at("2026-03-09T13:00:00Z"),
                                at("2026-03-09T14:00:00Z"), "NY")),
                Arguments.of(PATIENT.toString(), "scheduling.VisitRescheduled.v1.json", "org.openmat.scheduling.VisitRescheduled.v1",
                        new VisitRescheduled(id("22222222-2222-4222-8222-222222222222"), at("2026-03-06T12:00:00Z"),
                                VISIT, PATIENT, CLINICIAN, at("2026-03-09T13:00:00Z"), at("2026-03-10T13:00:00Z"),
                                at("2026-03-10T14:00:00Z"))),
                Arguments.of(PATIENT.toString(), "scheduling.VisitCancelled.v1.json", "org.openmat.scheduling.VisitCancelled.v1",
                        new VisitCancelled(id("33333333-3333-4333-8333-333333333333"), at("2026-03-07T12:00:00Z"),
                                VISIT, PATIENT, CLINICIAN, at("2026-03-10T13:00:00Z"), "PATIENT")),
                Arguments.of(PATIENT.toString(), "scheduling.VisitCompleted.v1.json", "org.openmat.scheduling.VisitCompleted.v1",
                        new VisitCompleted(id("44444444-4444-4444-8444-444444444444"), at("2026-03-10T14:05:00Z"),
                                VISIT, PATIENT, CLINICIAN, CLINICIAN_SUBJECT, "INDUCTION", "NJ", "AUDIO_ONLY", false,
                                true, at("2026-03-10T13:02:00Z"), at("2026-03-10T14:04:00Z"))),
                Arguments.of(PATIENT.toString(), "scheduling.VisitNoShow.v1.json", "org.openmat.scheduling.VisitNoShow.v1",
                        new VisitNoShow(id("55555555-5555-4555-8555-555555555555"), at("2026-03-10T13:30:00Z"),
                                VISIT, PATIENT, CLINICIAN, at("2026-03-10T13:00:00Z"))),
                Arguments.of(PATIENT.toString(), "scheduling.VisitReminderDue.v1.json", "org.openmat.scheduling.VisitReminderDue.v1",
                        new VisitReminderDue(id("66666666-6666-4666-8666-666666666666"), at("2026-03-09T13:00:00Z"),
                                VISIT, PATIENT, CLINICIAN, at("2026-03-10T13:00:00Z"), "P1D")),
                Arguments.of(CLINICIAN.toString(), "scheduling.ClinicianProfileChanged.v1.json",
                        "org.openmat.scheduling.ClinicianProfileChanged.v1", new ClinicianProfileChanged(
                                id("77777777-7777-4777-8777-777777777777"), at("2026-03-01T09:00:00Z"), CLINICIAN,
                                CLINICIAN_SUBJECT, "1234567893", "America/New_York", true,
                                List.of(new ClinicianProfileChanged.StateLicence("NY", "NY-123456", LocalDate.parse("2027-06-30")),
                                        new ClinicianProfileChanged.StateLicence("NJ", "25MA0123", LocalDate.parse("2026-12-31"))),
                                List.of(new ClinicianProfileChanged.DeaRegistration("NY", "AB1234563", true,
                                        LocalDate.parse("2027-03-31"))))),
                Arguments.of(PATIENT.toString(), "prescribing.PrescriptionIssued.v1.json",
                        "org.openmat.prescribing.PrescriptionIssued.v1", new PrescriptionIssued(
                                id("88888888-8888-4888-8888-888888888888"), at("2026-03-10T14:20:00Z"), PRESCRIPTION,
                                PATIENT, CLINICIAN, VISIT, null, "INDUCTION", true, "1010604", 7, 0, "pharm-a",
                                at("2026-03-10T14:19:30Z"))),
                Arguments.of(PATIENT.toString(), "prescribing.PrescriptionCancelled.v1.json",
                        "org.openmat.prescribing.PrescriptionCancelled.v1", new PrescriptionCancelled(
                                id("99999999-9999-4999-8999-999999999999"), at("2026-03-10T15:00:00Z"), PRESCRIPTION,
                                PATIENT, CLINICIAN, true, at("2026-03-10T14:59:00Z"))),
                Arguments.of(PATIENT.toString(), "prescribing.PrescriptionFillUpdated.v1.json",
                        "org.openmat.prescribing.PrescriptionFillUpdated.v1", new PrescriptionFillUpdated(
                                id("aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa"), at("2026-03-10T18:00:00Z"), PRESCRIPTION,
                                PATIENT, CLINICIAN, "pharm-a", "NOT_DISPENSED", "OUT_OF_STOCK", at("2026-03-10T17:58:00Z"))),
                Arguments.of(PATIENT.toString(), "prescribing.PharmacyDisclosureRecorded.v1.json",
                        "org.openmat.prescribing.PharmacyDisclosureRecorded.v1", new PharmacyDisclosureRecorded(
                                id("bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb"), at("2026-03-10T14:20:01Z"),
                                id("cccccccc-cccc-4ccc-8ccc-cccccccccccc"), PRESCRIPTION, PATIENT, "pharm-a", CONSENT,
                                "KAFKA_TOPIC", at("2026-03-10T14:20:01Z"))),
                Arguments.of(PATIENT.toString(), "prescribing.PharmacyDisclosureWithheld.v1.json",
                        "org.openmat.prescribing.PharmacyDisclosureWithheld.v1", new PharmacyDisclosureWithheld(
                                id("dddddddd-dddd-4ddd-8ddd-dddddddddddd"), at("2026-03-10T14:20:01Z"), PRESCRIPTION,
                                PATIENT, CLINICIAN, "pharm-a", "NO_CONSENT_COVERING_PHARMACY")),
                Arguments.of(PATIENT.toString(), "followup.CheckInScheduled.v1.json",
                        "org.openmat.followup.CheckInScheduled.v1", new CheckInScheduled(
                                id("e1000000-0000-4000-8000-000000000001"), at("2026-10-28T18:00:05Z"), CHECK_IN,
                                PATIENT, PRESCRIPTION, CLINICIAN, LocalDate.parse("2026-10-28"), "America/New_York",
                                "PATIENT", LocalDate.parse("2026-11-04"), at("2026-11-03T05:00:00Z"),
                                at("2026-11-06T05:00:00Z"))),
                Arguments.of(PATIENT.toString(), "followup.CheckInReminderDue.v1.json",
                        "org.openmat.followup.CheckInReminderDue.v1", new CheckInReminderDue(
                                id("e1000000-0000-4000-8000-000000000002"), at("2026-11-03T14:00:00Z"), CHECK_IN,
                                PATIENT, "WINDOW_OPENING_DAY", LocalDate.parse("2026-11-04"),
                                at("2026-11-03T05:00:00Z"), at("2026-11-06T05:00:00Z"))),
                Arguments.of(PATIENT.toString(), "followup.CheckInCompleted.v1.json",
                        "org.openmat.followup.CheckInCompleted.v1", new CheckInCompleted(
                                id("e1000000-0000-4000-8000-000000000003"), at("2026-11-04T15:12:00Z"), CHECK_IN,
                                PATIENT, CLINICIAN, at("2026-11-04T15:12:00Z"), 23, 20, 3, "SEVERE", "strict-v1", "v1",
                                false, true)),
                Arguments.of(PATIENT.toString(), "followup.CheckInOverdue.v1.json",
                        "org.openmat.followup.CheckInOverdue.v1", new CheckInOverdue(
                                id("e1000000-0000-4000-8000-000000000004"), at("2026-11-06T05:00:30Z"), CHECK_IN,
                                PATIENT, CLINICIAN, LocalDate.parse("2026-11-04"), at("2026-11-06T05:00:00Z"))),
                Arguments.of(PATIENT.toString(), "followup.EscalationRaised.v1.json",
                        "org.openmat.followup.EscalationRaised.v1", new EscalationRaised(
                                id("e1000000-0000-4000-8000-000000000005"), at("2026-11-04T15:12:00Z"), ESCALATION,
                                CHECK_IN, PATIENT, CLINICIAN, List.of("withdrawal-severe", "patient-asked-for-help"),
                                "SEVERE")),
                Arguments.of(PATIENT.toString(), "followup.EscalationResolved.v1.json",
                        "org.openmat.followup.EscalationResolved.v1", new EscalationResolved(
                                id("e1000000-0000-4000-8000-000000000006"), at("2026-11-04T17:40:00Z"), ESCALATION,
                                CHECK_IN, PATIENT, CLINICIAN, "CLINICIAN", at("2026-11-04T15:12:00Z"))));
    }

    private static UUID id(String value) {
        return UUID.fromString(value);
    }

    private static Instant at(String value) {
        return Instant.parse(value);
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("contracts")
    void readsThePublishedSample(String subject, String fixture, String type, IntegrationEvent sample) {
        assertThat(EventJson.read(ContractFixtures.bytes(fixture), sample.getClass())).isEqualTo(sample);
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("contracts")
    void writesExactlyThePublishedShape(String subject, String fixture, String type, IntegrationEvent sample) {
        assertThat(ContractFixtures.tree(EventJson.write(sample))).isEqualTo(ContractFixtures.tree(ContractFixtures.bytes(fixture)));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("contracts")
    void declaresItsVersionedTypeAndIsKeyedByItsAggregate(String subject, String fixture, String type,
            IntegrationEvent sample) {
        assertThat(EventCatalog.typeOf(sample.getClass())).isEqualTo(type).endsWith(".v1");
        assertThat(sample.subject()).isEqualTo(subject);
    }
}
