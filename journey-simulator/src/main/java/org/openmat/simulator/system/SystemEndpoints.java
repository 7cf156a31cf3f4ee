package org.openmat.simulator.system;

import java.net.URI;
import java.util.Objects;

/**
 * Where the system under simulation runs: the four services, the Keycloak realm's issuer, and the Keycloak
 * administrator the simulator creates its synthetic users with.
 *
 * @param keycloakIssuer e.g. {@code http://localhost:8180/realms/mat}; the realm name is its last path segment
 */
public record SystemEndpoints(URI intake, URI scheduling, URI prescribing, URI followup, URI keycloakIssuer,
        String keycloakAdmin, String keycloakAdminPassword, String clientId) {

    public SystemEndpoints {
        Objects.requireNonNull(intake, "intake");
        Objects.requireNonNull(scheduling, "scheduling");
        Objects.requireNonNull(prescribing, "prescribing");
        Objects.requireNonNull(followup, "followup");
        Objects.requireNonNull(keycloakIssuer, "keycloakIssuer");
        if (!keycloakIssuer.getPath().matches("/realms/[^/]+/?")) {
            throw new IllegalArgumentException("the Keycloak issuer must look like http://host:port/realms/<realm>");
        }
    }

    /** The run command's fixed ports, admin/admin and the public client {@code mat-api}. */
    public static SystemEndpoints local() {
        return new SystemEndpoints(URI.create("http://localhost:8081"), URI.create("http://localhost:8082"),
                URI.create("http://localhost:8083"), URI.create("http://localhost:8084"),
                URI.create("http://localhost:8180/realms/mat"), "admin", "admin", "mat-api");
    }

    public SystemEndpoints withKeycloakAdmin(String username, String password) {
        return new SystemEndpoints(intake, scheduling, prescribing, followup, keycloakIssuer, username, password,
                clientId);
    }

    public String realm() {
        String path = keycloakIssuer.getPath().replaceAll("/$", "");
        return path.substring(path.lastIndexOf('/') + 1);
    }

    public URI keycloakBase() {
        return keycloakIssuer.resolve("/");
    }

    public URI tokenUri() {
        return URI.create(keycloakIssuer.toString().replaceAll("/$", "") + "/protocol/openid-connect/token");
    }

    public URI service(Service service) {
        return switch (service) {
            case INTAKE -> intake;
            case SCHEDULING -> scheduling;
            case PRESCRIBING -> prescribing;
            case FOLLOWUP -> followup;
        };
    }
}
