package org.openmat.localstack;

import java.util.Optional;
import java.util.UUID;

/** A user from {@code deploy/keycloak/mat-realm.json}; {@code id} is the JWT {@code sub}. */
public record DemoUser(String username, String password, UUID id, String role, Optional<String> partnerId) {
}
