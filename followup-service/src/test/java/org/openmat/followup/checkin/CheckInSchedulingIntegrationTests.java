package org.openmat.followup.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.openmat.followup.FollowupTestEvents.awaitCheckInOf;
import static org.openmat.followup.FollowupTestEvents.data;
import static org.openmat.followup.FollowupTestEvents.enrol;
import static org.openmat.followup.FollowupTestEvents.induction;
import static org.openmat.followup.FollowupTestEvents.prescribing;
import static org.openmat.followup.FollowupTestEvents.published;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openmat.contracts.Topics;
import org.openmat.contracts.followup.v1.CheckInScheduled;
import org.openmat.contracts.intake.v1.PatientEnrolled;
import org.openmat.contracts.prescribing.v1.PrescriptionIssued;
import org.openmat.contracts.scheduling.v1.VisitCompleted;
import org.openmat.followup.FollowupIntegrationTest;
import org.openmat.followup.FollowupTestEvents;
import org.openmat.followup.FollowupTestEvents.TestPatient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@FollowupIntegrationTest
class CheckInSchedulingIntegrationTests {

    @Autowired JdbcTemplate jdbc;

    @Test
    void opensExactlyOneCheckInWhenTheInductionEventIsDeliveredTwiceOrResentWithANewId() {
        TestPatient patient = enrol(jdbc, "NY", "America/New_York");
        PrescriptionIssued issued = induction(patient.patientId(), UUID.randomUUID(),
                Instant.parse("2026-06-10T18:00:00Z"));
        PrescriptionIssued resent = new PrescriptionIssued(UUID.randomUUID(), issued.occurredAt(),
                issued.prescriptionId(), issued.patientId(), issued.clinicianId(), issued.visitId(), null, "INDUCTION",
                true, "1010604", 7, 0, "pharm-a", issued.issuedAt());

        prescribing(issued);
        prescribing(issued);
        prescribing(resent);

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM processed_event WHERE event_id = ?", Long.class, resent.eventId()) == 1);
        UUID checkInId = awaitCheckInOf(jdbc, issued.prescriptionId());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM check_in WHERE patient_id = ?", Long.class,
                patient.patientId())).isEqualTo(1);
        List<CheckInScheduled> scheduled = published(patient.patientId(), CheckInScheduled.class, 1).stream()
                .map(e -> data(e, CheckInScheduled.class))
                .filter(e -> e.checkInId().equals(checkInId))
                .toList();
        assertThat(scheduled).hasSize(1);
        assertThat(scheduled.get(0).dueDate()).isEqualTo(LocalDate.parse("2026-06-17"));
        assertThat(scheduled.get(0).windowOpensAt()).isEqualTo(Instant.parse("2026-06-16T04:00:00Z"));
        assertThat(scheduled.get(0).timeZoneSource()).isEqualTo("PATIENT");
        assertThat(jdbc.queryForList("SELECT kind FROM check_in_reminder WHERE check_in_id = ? ORDER BY send_at",
                String.class, checkInId))
                .containsExactly("DAY_BEFORE_WINDOW_OPENS", "WINDOW_OPENING_DAY", "DUE_DAY");
    }

    @Test
    void maintenancePrescriptionsOpenNoCheckIn() {
        TestPatient patient = enrol(jdbc, "NY", "America/New_York");
        PrescriptionIssued maintenance = new PrescriptionIssued(UUID.randomUUID(), Instant.now(), UUID.randomUUID(),
                patient.patientId(), UUID.randomUUID(), UUID.randomUUID(), null, "MAINTENANCE", false, "1010604", 28,
                1, "pharm-a", Instant.now());

        prescribing(maintenance);

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM processed_event WHERE event_id = ?", Long.class, maintenance.eventId()) == 1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM check_in WHERE patient_id = ?", Long.class,
                patient.patientId())).isZero();
    }

    @Test
    void aCancelledInductionPrescriptionCancelsItsCheckInAndItsReminders() {
        TestPatient patient = enrol(jdbc, "NY", "America/New_York");
        PrescriptionIssued issued = induction(patient.patientId(), UUID.randomUUID(), Instant.now());
        prescribing(issued);
        UUID checkInId = awaitCheckInOf(jdbc, issued.prescriptionId());

        prescribing(FollowupTestEvents.cancellation(issued));

        await().atMost(Duration.ofSeconds(30)).until(() -> "CANCELLED".equals(jdbc.queryForObject(
                "SELECT status FROM check_in WHERE id = ?", String.class, checkInId)));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM check_in_reminder WHERE check_in_id = ?", Long.class,
                checkInId)).isZero();
    }

    @Test
    void aCancellationSeenBeforeItsPrescriptionLeavesNoOpenCheckIn() {
        TestPatient patient = enrol(jdbc, "NY", "America/New_York");
        PrescriptionIssued issued = induction(patient.patientId(), UUID.randomUUID(), Instant.now());

        prescribing(FollowupTestEvents.cancellation(issued));
        prescribing(issued);

        UUID checkInId = awaitCheckInOf(jdbc, issued.prescriptionId());
        assertThat(jdbc.queryForObject("SELECT status FROM check_in WHERE id = ?", String.class, checkInId))
                .isEqualTo("CANCELLED");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM check_in_reminder WHERE check_in_id = ?", Long.class,
                checkInId)).isZero();
    }

    @Test
    void countsDaysInTheFallbackZoneUntilIntakeReportsThePatientsOwnThenReplans() {
        UUID patientId = UUID.randomUUID();
        PrescriptionIssued issued = induction(patientId, UUID.randomUUID(), Instant.parse("2026-06-10T18:00:00Z"));
        prescribing(issued);
        UUID checkInId = awaitCheckInOf(jdbc, issued.prescriptionId());
        assertThat(jdbc.queryForMap("SELECT time_zone, time_zone_source FROM check_in WHERE id = ?", checkInId))
                .containsEntry("time_zone", "America/New_York").containsEntry("time_zone_source", "FALLBACK");

        FollowupTestEvents.publish(Topics.INTAKE_PATIENTS, "intake-service", new PatientEnrolled(UUID.randomUUID(),
                Instant.now(), patientId, "HI", "HI", "Pacific/Honolulu", "ELIGIBLE", List.of(), null, "s-" + patientId));

        await().atMost(Duration.ofSeconds(30)).until(() -> "PATIENT".equals(jdbc.queryForObject(
                "SELECT time_zone_source FROM check_in WHERE id = ?", String.class, checkInId)));
        List<CheckInScheduled> schedules = published(patientId, CheckInScheduled.class, 2).stream()
                .map(e -> data(e, CheckInScheduled.class)).toList();
        assertThat(schedules).extracting(CheckInScheduled::timeZoneSource).containsExactly("FALLBACK", "PATIENT");
        CheckInScheduled replanned = schedules.get(1);
        assertThat(replanned.timeZone()).isEqualTo("Pacific/Honolulu");
        assertThat(replanned.inductionDate()).isEqualTo(LocalDate.parse("2026-06-10"));
        assertThat(replanned.windowOpensAt()).isEqualTo(Instant.parse("2026-06-16T10:00:00Z"));
        assertThat(replanned.windowClosesAt()).isEqualTo(Instant.parse("2026-06-19T10:00:00Z"));
        assertThat(jdbc.queryForObject("""
                SELECT send_at FROM check_in_reminder WHERE check_in_id = ? AND kind = 'DUE_DAY'""",
                java.sql.Timestamp.class, checkInId).toInstant()).isEqualTo(Instant.parse("2026-06-17T19:00:00Z"));
    }

    @Test
    void countsAnInductionUnderTheStateOfItsInductionVisitWhicheverEventArrivesFirst() {
        TestPatient patient = enrol(jdbc, "NY", "America/New_York");
        PrescriptionIssued issued = induction(patient.patientId(), UUID.randomUUID(), Instant.now());
        prescribing(issued);
        UUID checkInId = awaitCheckInOf(jdbc, issued.prescriptionId());
        assertThat(jdbc.queryForMap("SELECT patient_state, state_source FROM check_in WHERE id = ?", checkInId))
                .containsEntry("patient_state", "NY").containsEntry("state_source", "PATIENT_RECORD");

        FollowupTestEvents.publish(Topics.SCHEDULING_VISITS, "scheduling-service", new VisitCompleted(
                UUID.randomUUID(), Instant.now(), issued.visitId(), patient.patientId(), issued.clinicianId(), "c",
                "INDUCTION", "NJ", "VIDEO", false, true, Instant.now().minusSeconds(3600), Instant.now()));

        await().atMost(Duration.ofSeconds(30)).until(() -> "NJ".equals(jdbc.queryForObject(
                "SELECT patient_state FROM check_in WHERE id = ?", String.class, checkInId)));
        assertThat(jdbc.queryForObject("SELECT state_source FROM check_in WHERE id = ?", String.class, checkInId))
                .isEqualTo("INDUCTION_VISIT");
    }
}
