package org.openmat.platform.security;

/** The Keycloak realm roles of the program. */
public final class Roles {

    public static final String PATIENT = "patient";
    public static final String CLINICIAN = "clinician";
    public static final String OPS = "ops";
    public static final String PHARMACY = "pharmacy";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
