package org.openmat.localstack;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The demo users of the {@code mat} realm; a test checks these match the realm file. */
public final class DemoUsers {

    public static final String PASSWORD = "demo";
    public static final String CLIENT_ID = "mat-api";

    public static final DemoUser PATIENT = user("patient.demo", "a0000000-0000-4000-8000-000000000001", "patient");
    public static final DemoUser PATIENT_2 = user("patient2.demo", "a0000000-0000-4000-8000-000000000002", "patient");
    public static final DemoUser PATIENT_3 = user("patient3.demo", "a0000000-0000-4000-8000-000000000003", "patient");
    public static final DemoUser CLINICIAN =
            user("clinician.demo", "c0000000-0000-4000-8000-000000000001", "clinician");
    public static final DemoUser OPS = user("ops.demo", "d0000000-0000-4000-8000-000000000001", "ops");
    public static final DemoUser PHARMACY =
            pharmacy("pharmacy.demo", "f0000000-0000-4000-8000-000000000001", "pharm-a");
    public static final DemoUser PHARMACY_2 =
            pharmacy("pharmacy2.demo", "f0000000-0000-4000-8000-000000000002", "pharm-b");
    public static final DemoUser ADMIN = user("admin.demo", "e0000000-0000-4000-8000-000000000001", "admin");

    public static final List<DemoUser> ALL = List.of(PATIENT, PATIENT_2, PATIENT_3, CLINICIAN, OPS, PHARMACY,
            PHARMACY_2, ADMIN);

    private DemoUsers() {
    }

    private static DemoUser user(String username, String id, String role) {
        return new DemoUser(username, PASSWORD, UUID.fromString(id), role, Optional.empty());
    }

    private static DemoUser pharmacy(String username, String id, String partnerId) {
        return new DemoUser(username, PASSWORD, UUID.fromString(id), "pharmacy", Optional.of(partnerId));
    }
}
