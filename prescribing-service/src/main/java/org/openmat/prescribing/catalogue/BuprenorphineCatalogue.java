package org.openmat.prescribing.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The buprenorphine products a clinician may prescribe, read from a CSV resource. */
public final class BuprenorphineCatalogue {

    public static final String DEFAULT_RESOURCE = "/catalogue/buprenorphine-products.csv";

    private final Map<String, CatalogueProduct> productsByCode;

    private BuprenorphineCatalogue(List<CatalogueProduct> products) {
        Map<String, CatalogueProduct> byCode = new LinkedHashMap<>();
        for (CatalogueProduct product : products) {
            if (byCode.putIfAbsent(product.code(), product) != null) {
                throw new CatalogueFormatException("duplicate product code " + product.code());
            }
        }
        this.productsByCode = Collections.unmodifiableMap(byCode);
    }

    /** Loads the catalogue shipped with the service at {@link #DEFAULT_RESOURCE}. */
    public static BuprenorphineCatalogue loadDefault() {
        try (InputStream in = BuprenorphineCatalogue.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new CatalogueFormatException("catalogue resource not found: " + DEFAULT_RESOURCE);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a catalogue in the CSV format of the default resource; the caller closes the reader. */
    public static BuprenorphineCatalogue read(Reader reader) {
        return new BuprenorphineCatalogue(CatalogueCsvReader.read(new BufferedReader(reader)));
    }

    public List<CatalogueProduct> products() {
        return List.copyOf(productsByCode.values());
    }

    public Optional<CatalogueProduct> find(String code) {
        return Optional.ofNullable(productsByCode.get(code));
    }
}
