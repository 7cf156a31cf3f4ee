package org.openmat.simulator.system;

/** A Keycloak user of the realm under simulation; {@code toString} hides the password. */
public record Credentials(String username, String password) {

    @Override
    public String toString() {
        return "Credentials[" + username + "]";
    }
}
