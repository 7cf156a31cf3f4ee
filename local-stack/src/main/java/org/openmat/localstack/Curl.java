package org.openmat.localstack;

import java.net.URI;

/** Ready-to-paste shell snippets; sed instead of jq so they work on a bare machine. */
final class Curl {

    private Curl() {
    }

    static String registerPatient(URI tokenUri, URI intakeBase) {
        DemoUser patient = DemoUsers.PATIENT_2;
        return "TOKEN=$(curl -s -d grant_type=password -d client_id=" + DemoUsers.CLIENT_ID
                + " -d username=" + patient.username() + " -d password=" + patient.password() + " \\\n    "
                + tokenUri + " | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')\n"
                + "curl -i -X POST " + intakeBase.resolve("/api/patients")
                + " -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' \\\n    -d '"
                + "{\"legalName\":{\"given\":\"Sam\",\"family\":\"Okafor\"},\"dateOfBirth\":\"1990-09-30\","
                + "\"phone\":\"+17185550199\",\"email\":\"patient2@demo.openmat.local\","
                + "\"homeAddress\":{\"line1\":\"7 Sample Avenue\",\"city\":\"Brooklyn\",\"state\":\"NY\","
                + "\"postalCode\":\"11201\"},\"currentState\":\"NY\",\"timeZone\":\"America/New_York\","
                + "\"preferredPharmacyId\":\"pharm-b\",\"coverage\":{\"kind\":\"SELF_PAY\"}}'";
    }
}
