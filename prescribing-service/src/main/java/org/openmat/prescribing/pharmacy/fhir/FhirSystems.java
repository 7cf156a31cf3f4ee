package org.openmat.prescribing.pharmacy.fhir;

/** Code systems, identifier systems and extension URLs used on the MedicationRequests sent to partner pharmacies. */
public final class FhirSystems {

    public static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    public static final String UCUM = "http://unitsofmeasure.org";
    /** National Provider Identifier (HL7 THO NamingSystem us-npi). */
    public static final String NPI = "http://hl7.org/fhir/sid/us-npi";
    /** DEA registration number (HL7 THO NamingSystem USDEANumber). */
    public static final String DEA = "http://terminology.hl7.org/NamingSystem/USDEANumber";
    /** NCPDP provider (pharmacy) id (HL7 THO NamingSystem NCPDPProviderIdentificationNumber). */
    public static final String NCPDP_PROVIDER_ID =
            "http://terminology.hl7.org/NamingSystem/NCPDPProviderIdentificationNumber";
    /** Identifiers that are URIs, here {@code urn:uuid:...}. */
    public static final String URI_IDENTIFIER = "urn:ietf:rfc:3986";
    public static final String MEDICATION_REQUEST_CATEGORY =
            "http://terminology.hl7.org/CodeSystem/medicationrequest-category";
    public static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    public static final String CONFIDENTIALITY = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";
    /**
     * Extension whose valueReference points at the patient's 42 CFR Part 2 consent ({@code Consent/<id>}) under
     * which the MedicationRequest is disclosed. Defined by OpenMAT; receivers that do not know it may ignore it,
     * since the redisclosure notice also travels as a note and the Part 2 labels in meta.security.
     */
    public static final String PART2_CONSENT_EXTENSION =
            "https://openmat.org/fhir/StructureDefinition/part2-consent";

    private FhirSystems() {
    }
}
