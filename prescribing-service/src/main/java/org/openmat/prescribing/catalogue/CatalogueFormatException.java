package org.openmat.prescribing.catalogue;

/** The catalogue resource could not be read as a list of products. */
public class CatalogueFormatException extends RuntimeException {

    public CatalogueFormatException(String message) {
        super(message);
    }

    public CatalogueFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
