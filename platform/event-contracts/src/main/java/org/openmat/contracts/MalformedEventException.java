package org.openmat.contracts;

/** Event bytes that can never be read, however often they are retried. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
