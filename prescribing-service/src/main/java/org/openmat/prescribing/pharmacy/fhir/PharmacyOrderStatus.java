package org.openmat.prescribing.pharmacy.fhir;

/** Status of a prescription as told to the pharmacy: FHIR MedicationRequest.status active or cancelled. */
public enum PharmacyOrderStatus {
    ACTIVE,
    CANCELLED
}
