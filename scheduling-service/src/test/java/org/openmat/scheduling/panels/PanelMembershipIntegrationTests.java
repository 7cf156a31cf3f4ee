package org.openmat.scheduling.panels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openmat.contracts.Topics;
import org.openmat.contracts.scheduling.v1.PanelAssignmentChanged;
import org.openmat.platform.problem.ApiProblemException;
import org.openmat.scheduling.availability.domain.VisitType;
import org.openmat.scheduling.clinicians.Clinician;
import org.openmat.scheduling.panels.SchedulingFixtures.TestPatient;
import org.openmat.scheduling.visits.Visit;
import org.openmat.testsupport.ServiceIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;

@ServiceIntegrationTest
class PanelMembershipIntegrationTests {

    @Autowired ApplicationContext context;
    @Autowired PanelPolicy policy;
    @Autowired PanelAssignments panels;
    SchedulingFixtures fixtures;
    TestPatient patient;
    Clinician first;
    Clinician second;

    @BeforeEach
    void aPatientAndTwoClinicians() {
        fixtures = SchedulingFixtures.of(context);
        patient = fixtures.enrol("NY");
        first = fixtures.clinician(5, "NY");
        second = fixtures.clinician(5, "NY");
    }

    @Test
    void aPatientJoinsThePanelOfTheClinicianOfTheirFirstBookedInductionOnly() {
        fixtures.book(patient.patientId(), first, VisitType.INDUCTION, inDays(3));
        fixtures.book(patient.patientId(), second, VisitType.INDUCTION, inDays(5));

        assertThat(clinicianOf(patient)).isEqualTo(first.id());
        List<PanelAssignmentChanged> changes = assignments(patient, 1);
        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.clinicianId()).isEqualTo(first.id());
            assertThat(change.clinicianSubject()).isEqualTo(first.subject());
            assertThat(change.previousClinicianId()).isNull();
            assertThat(change.reason()).isEqualTo("BOOKED_INDUCTION");
        });
    }

    @Test
    void aFollowUpBookingAloneDoesNotPutAPatientOnAPanel() {
        fixtures.book(patient.patientId(), first, VisitType.FOLLOW_UP, inDays(3));

        assertThat(panels.of(patient.patientId())).isEmpty();
        assertThat(SchedulingFixtures.published(Topics.SCHEDULING_PANELS, PanelAssignmentChanged.class,
                patient.patientId(), 1, Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void aPatientNotYetOnAPanelJoinsThatOfTheClinicianOfTheirFirstCompletedVisit() {
        Visit visit = fixtures.book(patient.patientId(), first, VisitType.FOLLOW_UP, inDays(-1));
        fixtures.complete(visit, first.subject());
        fixtures.complete(fixtures.book(patient.patientId(), second, VisitType.FOLLOW_UP, inDays(-2)),
                second.subject());

        assertThat(clinicianOf(patient)).isEqualTo(first.id());
        assertThat(assignments(patient, 1)).singleElement().satisfies(change -> {
            assertThat(change.clinicianId()).isEqualTo(first.id());
            assertThat(change.reason()).isEqualTo("FIRST_COMPLETED_VISIT");
        });
    }

    @Test
    void cancellingTheInductionThatPutAPatientOnAPanelTakesThemOffIt() {
        Visit induction = fixtures.book(patient.patientId(), first, VisitType.INDUCTION, inDays(3));
        fixtures.cancel(induction);

        assertThat(panels.of(patient.patientId())).isEmpty();
        List<PanelAssignmentChanged> changes = assignments(patient, 2);
        assertThat(changes).extracting(PanelAssignmentChanged::reason).containsExactly("BOOKED_INDUCTION", "REMOVED");
        assertThat(changes.get(1).clinicianId()).isNull();
        assertThat(changes.get(1).previousClinicianId()).isEqualTo(first.id());
        assertThat(changes.get(1).previousClinicianSubject()).isEqualTo(first.subject());
    }

    @Test
    void aFullPanelTakesNoNewPatientButStillHasRoomForItsOwn() {
        Clinician full = fixtures.clinician(1, "NY");
        fixtures.book(patient.patientId(), full, VisitType.INDUCTION, inDays(3));
        TestPatient newcomer = fixtures.enrol("NY");

        assertThatThrownBy(() -> fixtures.inTransaction(() -> {
            policy.requireRoomFor(newcomer.patientId(), full.id());
            return null;
        })).isInstanceOfSatisfying(ApiProblemException.class, problem -> {
            assertThat(problem.status()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(problem.type()).hasToString("https://openmat.org/problems/caseload-full");
        });
        fixtures.inTransaction(() -> {
            policy.requireRoomFor(patient.patientId(), full.id());
            policy.requireRoomFor(newcomer.patientId(), first.id());
            return null;
        });
    }

    private UUID clinicianOf(TestPatient patient) {
        return panels.of(patient.patientId()).orElseThrow().clinicianId();
    }

    private static List<PanelAssignmentChanged> assignments(TestPatient patient, int atLeast) {
        return SchedulingFixtures.published(Topics.SCHEDULING_PANELS, PanelAssignmentChanged.class,
                patient.patientId(), atLeast, Duration.ofSeconds(20));
    }

    static Instant inDays(int days) {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofDays(days));
    }
}
