package org.openmat.prescribing.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Reads catalogue rows; fails on the first malformed line, naming it, so a bad deploy cannot start. */
final class CatalogueCsvReader {

    static final String HEADER = "code,display_name,brand,form,buprenorphine_mg,naloxone_mg,"
            + "sublingual_equivalent_mg,dea_schedule,rxnorm_scd,rxnorm_scd_status,rxnorm_sbd,rxnorm_sbd_status";
    private static final int COLUMNS = HEADER.split(",").length;

    private CatalogueCsvReader() {
    }

    static List<CatalogueProduct> read(BufferedReader reader) {
        List<CatalogueProduct> products = new ArrayList<>();
        boolean headerSeen = false;
        int lineNumber = 0;
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (!headerSeen) {
                    requireHeader(trimmed, lineNumber);
                    headerSeen = true;
                    continue;
                }
                products.add(parseRow(trimmed, lineNumber));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!headerSeen) {
            throw new CatalogueFormatException("catalogue has no header line");
        }
        return products;
    }

    private static void requireHeader(String line, int lineNumber) {
        if (!line.equals(HEADER)) {
            throw new CatalogueFormatException("line " + lineNumber + ": expected header '" + HEADER + "'");
        }
    }

    private static CatalogueProduct parseRow(String line, int lineNumber) {
        String[] cells = line.split(",", -1);
        if (cells.length != COLUMNS) {
            throw new CatalogueFormatException(
                    "line " + lineNumber + ": expected " + COLUMNS + " columns but found " + cells.length);
        }
        try {
            return new CatalogueProduct(
                    cells[0].strip(),
                    cells[1].strip(),
                    cells[2].strip(),
                    ProductForm.valueOf(cells[3].strip()),
                    new Strength(new BigDecimal(cells[4].strip()), new BigDecimal(cells[5].strip())),
                    new BigDecimal(cells[6].strip()),
                    DeaSchedule.valueOf(cells[7].strip()),
                    new RxNormCodes(
                            blankToNull(cells[8]), RxNormVerification.valueOf(cells[9].strip()),
                            blankToNull(cells[10]), RxNormVerification.valueOf(cells[11].strip())));
        } catch (IllegalArgumentException e) {
            throw new CatalogueFormatException("line " + lineNumber + ": " + e.getMessage(), e);
        }
    }

    private static String blankToNull(String cell) {
        String value = cell.strip();
        return value.isEmpty() ? null : value;
    }
}
