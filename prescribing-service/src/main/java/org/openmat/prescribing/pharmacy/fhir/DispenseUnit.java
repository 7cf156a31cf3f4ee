package org.openmat.prescribing.pharmacy.fhir;

import org.openmat.prescribing.catalogue.ProductForm;

/**
 * Unit a buprenorphine order is counted in, as a UCUM annotation (a count of films or tablets). The NCPDP SCRIPT
 * channel maps these to its own QuantityUnitOfMeasure codes.
 */
public enum DispenseUnit {
    FILM("{film}", "film"),
    TABLET("{tablet}", "tablet");

    private final String ucumCode;
    private final String display;

    DispenseUnit(String ucumCode, String display) {
        this.ucumCode = ucumCode;
        this.display = display;
    }

    public static DispenseUnit of(ProductForm form) {
        return switch (form) {
            case SUBLINGUAL_FILM -> FILM;
            case SUBLINGUAL_TABLET -> TABLET;
        };
    }

    public String ucumCode() {
        return ucumCode;
    }

    public String display() {
        return display;
    }
}
