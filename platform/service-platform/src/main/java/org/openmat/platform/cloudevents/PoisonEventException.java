package org.openmat.platform.cloudevents;

/** A record that can never be processed; it goes straight to the dead-letter topic. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }
}
