package org.openmat.intake.screening.domain;

/** The stable linkIds of the screening questionnaire items; stored answers and FHIR exports are keyed by them. */
public final class ScreeningLinkIds {

    public static final String OPIOIDS_USED = "opioids-used";
    public static final String OPIOID_ROUTES = "opioids-used.routes";
    public static final String LAST_OPIOID_USE = "last-opioid-use";
    public static final String BUPRENORPHINE_TREATMENT = "buprenorphine-treatment";
    public static final String METHADONE_TREATMENT = "methadone-treatment";
    public static final String BENZODIAZEPINE_USE = "benzodiazepine-use";
    public static final String ALCOHOL_USE = "alcohol-use";
    public static final String OTHER_SEDATIVE_USE = "other-sedative-use";
    public static final String PREGNANT_OR_POSSIBLY_PREGNANT = "pregnant-or-possibly-pregnant";
    public static final String BREASTFEEDING = "breastfeeding";
    public static final String SEVERE_LIVER_DISEASE = "severe-liver-disease";
    public static final String ALLERGY_BUPRENORPHINE = "allergy-buprenorphine";
    public static final String ALLERGY_NALOXONE = "allergy-naloxone";
    public static final String WITHDRAWAL_SELF_RATING = "withdrawal-self-rating";
    public static final String EMERGENCY_CONTACT = "emergency-contact";
    public static final String EMERGENCY_CONTACT_NAME = "emergency-contact.name";
    public static final String EMERGENCY_CONTACT_RELATIONSHIP = "emergency-contact.relationship";
    public static final String EMERGENCY_CONTACT_PHONE = "emergency-contact.phone";

    private ScreeningLinkIds() {
    }
}
