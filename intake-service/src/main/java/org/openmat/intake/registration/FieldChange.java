package org.openmat.intake.registration;

/** One field of a patient record before and after a change, kept in the record's history. */
public record FieldChange(String field, Object from, Object to) {
}
