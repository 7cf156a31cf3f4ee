package org.openmat.platform.problem;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpStatus;

/** Thrown by a service for a request it refuses; rendered as problem+json with the given type, title and detail. */
public class ApiProblemException extends RuntimeException {

    private final HttpStatus status;
    private final URI type;
    private final String title;
    private final Map<String, Object> properties;

    public ApiProblemException(HttpStatus status, URI type, String title, String detail, Map<String, Object> properties) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.properties = Map.copyOf(properties);
    }

    public ApiProblemException(HttpStatus status, URI type, String title, String detail) {
        this(status, type, title, detail, Map.of());
    }

    /** The answer for a resource that does not exist or that the caller may not know exists. */
    public static ApiProblemException notFound(String what) {
        return new ApiProblemException(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", what + " was not found");
    }

    public static ApiProblemException conflict(URI type, String title, String detail) {
        return new ApiProblemException(HttpStatus.CONFLICT, type, title, detail);
    }

    public HttpStatus status() {
        return status;
    }

    public URI type() {
        return type;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
