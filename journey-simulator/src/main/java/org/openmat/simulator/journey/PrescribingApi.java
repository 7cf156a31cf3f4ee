package org.openmat.simulator.journey;

import static org.openmat.simulator.journey.StepCalls.expect;
import static org.openmat.simulator.journey.StepCalls.instant;
import static org.openmat.simulator.journey.StepCalls.uuid;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.openmat.simulator.journey.ApiViews.IssuedPrescription;
import org.openmat.simulator.system.ApiResponse;
import org.openmat.simulator.system.Credentials;
import tools.jackson.databind.JsonNode;

/** The clinician's PDMP review and prescription in prescribing, and the partner pharmacy's side of it. */
public final class PrescribingApi {

    private final StepCalls calls;

    PrescribingApi(StepCalls calls) {
        this.calls = calls;
    }

    /** Empty while prescribing does not have the patient on this clinician's panel yet (scheduling's event). */
    public Optional<UUID> recordPdmpReview(Credentials clinician, UUID patientId, String state, Instant reviewedAt) {
        String step = "prescribing: PDMP review";
        ApiResponse response = calls.post(step, "/api/patients/" + patientId + "/pdmp-reviews", clinician, Map.of(
                "state", state, "reviewedAt", reviewedAt.toString(), "lookbackMonths", 12,
                "result", "No other controlled-substance prescriptions in the last 12 months"));
        if (response.is(404)) {
            calls.retried(step, response, "panel replica not there yet");
            return Optional.empty();
        }
        return Optional.of(uuid(expect(step, response, Set.of(201)).json(), "checkId"));
    }

    /** The code of an orderable buprenorphine/naloxone 8/2 mg sublingual film, from the catalogue. */
    public String buprenorphineNaloxoneProduct(Credentials clinician) {
        String step = "prescribing: catalogue";
        for (JsonNode product : expect(step, calls.get(step, "/api/catalogue/products", clinician), Set.of(200))
                .json()) {
            if (product.path("orderable").asBoolean() && product.path("containsNaloxone").asBoolean()
                    && product.path("sublingualEquivalentMg").asDouble() == 8.0
                    && product.path("form").asString().contains("FILM")) {
                return product.path("code").asString();
            }
        }
        throw new StepFailedException(step, "no orderable buprenorphine/naloxone 8/2 mg film");
    }

    /**
     * An induction: 8 mg on day 1, 16 mg a day after, 7 days. Empty while prescribing does not know the visit as
     * completed yet (scheduling's event in flight).
     */
    public Optional<IssuedPrescription> issueInduction(Credentials clinician, UUID patientId, UUID visitId,
            String productCode) {
        String step = "prescribing: issue prescription";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("visitId", visitId.toString());
        body.put("productCode", productCode);
        body.put("phase", "INDUCTION");
        body.put("dayOneDoseMg", 8);
        body.put("dosePerDayMg", 16);
        body.put("sig", "Day 1: 1 film under the tongue, a second after 2 hours if needed; then 2 films once a day");
        body.put("quantity", 13);
        body.put("daysSupply", 7);
        body.put("refills", 0);
        ApiResponse response = calls.post(step, "/api/patients/" + patientId + "/prescriptions", clinician, body);
        if (response.is(422) && response.kind().endsWith("[VISIT_NOT_COMPLETED]")) {
            calls.retried(step, response, "visit replica not there yet");
            return Optional.empty();
        }
        JsonNode issued = expect(step, response, Set.of(201)).json();
        return Optional.of(new IssuedPrescription(uuid(issued, "prescriptionId"), instant(issued, "issuedAt"),
                issued.path("disclosure").path("status").asString("")));
    }

    /** The pharmacy reads a prescription; the status is 404 for one never disclosed to it. */
    public int pharmacyRead(Credentials pharmacy, UUID prescriptionId) {
        String step = "pharmacy: read prescription";
        return expect(step, calls.get(step, "/api/pharmacy/prescriptions/" + prescriptionId, pharmacy),
                Set.of(200, 404)).status();
    }

    public void reportDispensed(Credentials pharmacy, UUID prescriptionId) {
        String step = "pharmacy: report dispensed";
        expect(step, calls.post(step, "/api/pharmacy/prescriptions/" + prescriptionId + "/fills", pharmacy,
                Map.of("status", "DISPENSED")), Set.of(200));
    }
}
