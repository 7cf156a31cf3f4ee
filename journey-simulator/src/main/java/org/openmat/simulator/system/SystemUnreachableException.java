package org.openmat.simulator.system;

/** The system could not be reached (connection refused, timeout), as opposed to an HTTP answer. */
public class SystemUnreachableException extends RuntimeException {

    public SystemUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
