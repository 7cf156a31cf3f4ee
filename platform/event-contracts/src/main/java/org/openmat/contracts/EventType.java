package org.openmat.contracts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Names the CloudEvent {@code type} and the topic of an integration event record. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    /** Reverse-DNS type with its version suffix, e.g. {@code org.openmat.intake.PatientEnrolled.v1}. */
    String value();

    /** The topic the event is published to (see {@link Topics}). */
    String topic();
}
