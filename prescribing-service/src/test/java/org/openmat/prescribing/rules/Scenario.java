package org.openmat.prescribing.rules;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.openmat.contracts.UsState;
import org.openmat.prescribing.catalogue.BuprenorphineCatalogue;
import org.openmat.prescribing.catalogue.CatalogueProduct;
import org.openmat.prescribing.catalogue.DeaSchedule;

/** A prescription that passes every rule; each test changes one thing and names what should fail. */
final class Scenario {

    static final Instant NOW = Instant.parse("2026-03-10T15:00:00Z");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final UsState OHIO = UsState.OH;
    static final UsState KENTUCKY = UsState.KY;
    private static final BuprenorphineCatalogue CATALOGUE = BuprenorphineCatalogue.loadDefault();

    Instant now = NOW;
    PrescribingPolicy policy = PrescribingPolicy.defaults();

    String patientId = "patient-1";
    String prescriberId = "clinician-1";
    CatalogueProduct product = product("BUP-NAL-SL-FILM-8-2");
    TreatmentPhase phase = TreatmentPhase.MAINTENANCE;
    BigDecimal dosePerDayMg = mg("16");
    BigDecimal dayOneDoseMg;
    int quantity = 28;
    int daysSupply = 14;
    int refills;
    Instant issuedAt = NOW;
    String splitGroupId;
    List<WarningOverride> overrides = new ArrayList<>();

    EncounterStatus visitStatus = EncounterStatus.COMPLETED;
    String visitPatientId = "patient-1";
    String visitClinicianId = "clinician-1";
    UsState patientState = OHIO;
    Instant visitCompletedAt = NOW.minus(Duration.ofMinutes(10));
    boolean inPersonEvaluationAtVisit;

    List<StateLicence> licences = new ArrayList<>(List.of(
            new StateLicence(OHIO, "OH-35.123456", LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31))));
    List<DeaRegistration> deaRegistrations = new ArrayList<>(List.of(deaRegistration(
            OHIO, EnumSet.of(DeaSchedule.II, DeaSchedule.III, DeaSchedule.IV, DeaSchedule.V),
            LocalDate.of(2030, 12, 31))));
    List<PdmpRecord> pdmpRecords = new ArrayList<>(List.of(
            new PdmpReview(OHIO, NOW.minus(Duration.ofMinutes(30)), 12, "no other prescribers")));
    List<PriorTelemedicinePrescription> priorTelemedicinePrescriptions = new ArrayList<>();
    boolean inPersonEvaluationOnRecord;
    Set<IntakeFlag> intakeFlags = EnumSet.noneOf(IntakeFlag.class);
    ZoneId patientZone = NEW_YORK;

    static CatalogueProduct product(String code) {
        return CATALOGUE.find(code).orElseThrow();
    }

    static BigDecimal mg(String value) {
        return new BigDecimal(value);
    }

    static DeaRegistration deaRegistration(UsState state, Set<DeaSchedule> schedules, LocalDate validUntil) {
        return new DeaRegistration("FC1234563", state, schedules, LocalDate.of(2020, 1, 1), validUntil);
    }

    /** Moves the whole encounter (clock, visit, PDMP review) so that the prescription is issued at the instant. */
    Scenario issuedAt(Instant instant) {
        now = instant;
        issuedAt = instant;
        visitCompletedAt = instant.minus(Duration.ofMinutes(10));
        pdmpRecords = new ArrayList<>(List.of(
                new PdmpReview(patientState, instant.minus(Duration.ofMinutes(30)), 12, "no other prescribers")));
        return this;
    }

    /** Issues at 10:00 on the given date in the patient's time zone. */
    Scenario issuedOn(LocalDate date) {
        return issuedAt(date.atTime(LocalTime.of(10, 0)).atZone(patientZone).toInstant());
    }

    Scenario induction(String dayOneMg, String dailyMg, int quantity, int daysSupply) {
        this.phase = TreatmentPhase.INDUCTION;
        this.dayOneDoseMg = mg(dayOneMg);
        this.dosePerDayMg = mg(dailyMg);
        this.quantity = quantity;
        this.daysSupply = daysSupply;
        return this;
    }

    Scenario supply(int quantity, int daysSupply) {
        this.quantity = quantity;
        this.daysSupply = daysSupply;
        return this;
    }

    PrescriptionRequest request() {
        return new PrescriptionRequest(patientId, prescriberId, product, phase, dosePerDayMg, dayOneDoseMg,
                quantity, daysSupply, refills, issuedAt, splitGroupId, overrides);
    }

    PrescribingContext context() {
        Encounter visit = new Encounter("visit-1", visitPatientId, visitClinicianId, visitStatus, patientState,
                visitCompletedAt, VisitModality.VIDEO, inPersonEvaluationAtVisit);
        return new PrescribingContext(visit, new PrescriberCredentials(licences, deaRegistrations), pdmpRecords,
                priorTelemedicinePrescriptions, inPersonEvaluationOnRecord, intakeFlags, patientZone);
    }

    RuleOutcome evaluate() {
        return new PrescribingRules(policy).evaluate(request(), context(), Clock.fixed(now, ZoneOffset.UTC));
    }
}
