package org.openmat.prescribing.catalogue;

/** Dosage form of a buprenorphine product. */
public enum ProductForm {
    SUBLINGUAL_FILM,
    SUBLINGUAL_TABLET
}
