package org.openmat.prescribing.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CatalogueCsvReaderTests {

    private static final String HEADER = CatalogueCsvReader.HEADER + "\n";
    private static final String GOOD_ROW = "BUP-SL-TAB-8,buprenorphine 8 mg sublingual tablet,,SUBLINGUAL_TABLET,"
            + "8,0,8,III,351265,VERIFIED,,NOT_APPLICABLE\n";

    @Test
    void readsRowsAndSkipsCommentsAndBlankLines() {
        BuprenorphineCatalogue catalogue = read("# comment\n\n" + HEADER + "# another\n" + GOOD_ROW);

        assertThat(catalogue.products()).singleElement()
                .satisfies(p -> assertThat(p.rxNorm().scd()).contains("351265"));
    }

    @Test
    void rejectsRowWithMissingColumnNamingTheLine() {
        assertThatThrownBy(() -> read(HEADER + "BUP-SL-TAB-8,buprenorphine 8 mg,,SUBLINGUAL_TABLET,8,0,8,III\n"))
                .isInstanceOf(CatalogueFormatException.class)
                .hasMessageStartingWith("line 2: expected 12 columns but found 8");
    }

    @Test
    void rejectsRxNormCodeWhoseStatusSaysItNeedsVerification() {
        String silentlyInvented = GOOD_ROW.replace("351265,VERIFIED", "351265,NEEDS_VERIFICATION");

        assertThatThrownBy(() -> read(HEADER + silentlyInvented))
                .isInstanceOf(CatalogueFormatException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void rejectsVerifiedStatusWithoutCode() {
        String missingCode = GOOD_ROW.replace("351265,VERIFIED", ",VERIFIED");

        assertThatThrownBy(() -> read(HEADER + missingCode)).isInstanceOf(CatalogueFormatException.class);
    }

    @Test
    void rejectsDuplicateProductCodes() {
        assertThatThrownBy(() -> read(HEADER + GOOD_ROW + GOOD_ROW))
                .isInstanceOf(CatalogueFormatException.class)
                .hasMessage("duplicate product code BUP-SL-TAB-8");
    }

    @Test
    void rejectsCatalogueWithoutHeader() {
        assertThatThrownBy(() -> read(GOOD_ROW))
                .isInstanceOf(CatalogueFormatException.class)
                .hasMessageStartingWith("line 1: expected header");
    }

    @Test
    void rejectsUnknownForm() {
        assertThatThrownBy(() -> read(HEADER + GOOD_ROW.replace("SUBLINGUAL_TABLET", "BUCCAL_FILM")))
                .isInstanceOf(CatalogueFormatException.class)
                .hasMessageContaining("line 2");
    }

    private static BuprenorphineCatalogue read(String csv) {
        return BuprenorphineCatalogue.read(new StringReader(csv));
    }
}
