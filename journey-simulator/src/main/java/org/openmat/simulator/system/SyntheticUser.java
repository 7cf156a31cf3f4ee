package org.openmat.simulator.system;

import java.util.Optional;
import java.util.UUID;

/**
 * A user the simulator creates in the realm: its id becomes the JWT {@code sub}, so the simulator knows every subject
 * without asking Keycloak.
 */
public record SyntheticUser(UUID id, String username, String password, String role, String firstName,
        String lastName, Optional<String> partnerId) {

    public Credentials credentials() {
        return new Credentials(username, password);
    }

    public String email() {
        return username + "@sim.openmat.invalid";
    }

    @Override
    public String toString() {
        return "SyntheticUser[" + username + ", " + role + "]";
    }
}
