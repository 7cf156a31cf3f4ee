package org.openmat.intake.screening.domain;

/** Whom to call in an emergency; {@code phone} is kept as submitted, see {@link PhoneNumbers} for its forms. */
public record EmergencyContact(String name, String relationship, String phone) {
}
