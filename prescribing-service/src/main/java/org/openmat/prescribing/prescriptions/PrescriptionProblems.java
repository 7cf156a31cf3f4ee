package org.openmat.prescribing.prescriptions;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.openmat.platform.problem.ApiProblemException;
import org.openmat.platform.problem.ProblemTypes;
import org.openmat.prescribing.rules.Violation;
import org.openmat.prescribing.rules.Warning;
import org.springframework.http.HttpStatus;

/** The problems prescribing answers with, each with a stable type and the rule codes that caused it. */
public final class PrescriptionProblems {

    public static final URI RULES_VIOLATED = ProblemTypes.of("prescription-rules-violated");
    public static final URI OVERRIDE_REQUIRED = ProblemTypes.of("override-required");
    public static final URI NOT_CANCELLABLE = ProblemTypes.of("prescription-not-cancellable");
    public static final URI FILL_NOT_ACCEPTED = ProblemTypes.of("fill-status-not-accepted");
    public static final URI PATIENT_NOT_REPLICATED = ProblemTypes.of("patient-not-replicated");

    private PrescriptionProblems() {
    }

    /** One rule finding: its stable code and an explanation for the clinician. */
    public record Finding(String code, String detail) {
    }

    static ApiProblemException rulesViolated(List<Violation> violations) {
        return violated(violations.stream().map(v -> new Finding(v.code().name(), v.detail())).toList());
    }

    static ApiProblemException violated(List<Finding> findings) {
        return new ApiProblemException(HttpStatus.UNPROCESSABLE_CONTENT, RULES_VIOLATED, "Prescription not allowed",
                "The prescription breaks " + findings.size() + " prescribing rule(s); nothing was stored",
                Map.of("violations", findings));
    }

    static ApiProblemException overrideRequired(List<Warning> warnings) {
        return new ApiProblemException(HttpStatus.CONFLICT, OVERRIDE_REQUIRED, "Override required",
                warnings.size() + " warning(s) need an override with a reason before the prescription can be issued",
                Map.of("warnings", warnings.stream().map(w -> new Finding(w.code().name(), w.detail())).toList()));
    }

    static ApiProblemException notCancellable(String why) {
        return ApiProblemException.conflict(NOT_CANCELLABLE, "Prescription cannot be cancelled", why);
    }

    static ApiProblemException fillNotAccepted(String why) {
        return ApiProblemException.conflict(FILL_NOT_ACCEPTED, "Fill status not accepted", why);
    }

    static ApiProblemException patientNotReplicated() {
        return ApiProblemException.conflict(PATIENT_NOT_REPLICATED, "Patient record not available yet",
                "Prescribing has not yet received this patient's enrolment; try again shortly");
    }
}
