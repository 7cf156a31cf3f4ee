package org.openmat.simulator.system;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/** One HTTP answer: status, body, and the problem type's last segment when it is a problem+json. */
public record ApiResponse(int status, String body) {

    public boolean is(int expected) {
        return status == expected;
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public JsonNode json() {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        return Json.MAPPER.readTree(body);
    }

    /** e.g. {@code slot-taken} for {@code https://openmat.org/problems/slot-taken}; empty when not a problem. */
    public String problemType() {
        if (isSuccess() || body == null || !body.contains("\"type\"")) {
            return "";
        }
        try {
            String type = json().path("type").asString("");
            return type.substring(type.lastIndexOf('/') + 1);
        } catch (RuntimeException notJson) {
            return "";
        }
    }

    /**
     * How an unexpected answer is counted in the error tally, e.g. {@code 409 slot-taken} or
     * {@code 422 prescription-rules-violated [PDMP_REVIEW_MISSING]}: status, problem type and rule codes, never data.
     */
    public String kind() {
        String type = problemType();
        if (type.isEmpty()) {
            return Integer.toString(status);
        }
        List<String> codes = new ArrayList<>();
        for (String list : List.of("violations", "warnings")) {
            json().path(list).forEach(finding -> codes.add(finding.path("code").asString("")));
        }
        return status + " " + type + (codes.isEmpty() ? "" : " " + codes);
    }
}
