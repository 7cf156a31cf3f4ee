package org.openmat.prescribing.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BuprenorphineCatalogueTests {

    private final BuprenorphineCatalogue catalogue = BuprenorphineCatalogue.loadDefault();

    @Test
    void listsEveryProductOfTheDomain() {
        assertThat(catalogue.products()).extracting(CatalogueProduct::code).containsExactly(
                "BUP-NAL-SL-FILM-2-0.5", "BUP-NAL-SL-FILM-4-1", "BUP-NAL-SL-FILM-8-2", "BUP-NAL-SL-FILM-12-3",
                "BUP-NAL-SL-TAB-2-0.5", "BUP-NAL-SL-TAB-4-1", "BUP-NAL-SL-TAB-8-2", "BUP-NAL-SL-TAB-12-3",
                "SUBOXONE-SL-FILM-8-2",
                "ZUBSOLV-SL-TAB-1.4-0.36", "ZUBSOLV-SL-TAB-2.9-0.71", "ZUBSOLV-SL-TAB-5.7-1.4",
                "ZUBSOLV-SL-TAB-8.6-2.1", "ZUBSOLV-SL-TAB-11.4-2.9",
                "BUP-SL-TAB-2", "BUP-SL-TAB-8");
    }

    @Test
    void mapsZubsolvToSublingualEquivalentsFromItsLabel() {
        Map<String, String> expected = Map.of(
                "ZUBSOLV-SL-TAB-1.4-0.36", "2",
                "ZUBSOLV-SL-TAB-2.9-0.71", "4",
                "ZUBSOLV-SL-TAB-5.7-1.4", "8",
                "ZUBSOLV-SL-TAB-8.6-2.1", "12",
                "ZUBSOLV-SL-TAB-11.4-2.9", "16");

        expected.forEach((code, equivalentMg) -> assertThat(product(code).sublingualEquivalentMg())
                .as(code).isEqualByComparingTo(new BigDecimal(equivalentMg)));
        assertThat(product("ZUBSOLV-SL-TAB-5.7-1.4").buprenorphineMgPerUnit()).isEqualByComparingTo("5.7");
    }

    @Test
    void sublingualEquivalentOfOtherProductsIsTheirBuprenorphineContent() {
        catalogue.products().stream().filter(p -> p.brandName().filter("Zubsolv"::equals).isEmpty())
                .forEach(p -> assertThat(p.sublingualEquivalentMg()).as(p.code())
                        .isEqualByComparingTo(p.buprenorphineMgPerUnit()));
    }

    @Test
    void onlyMonoProductsAreFreeOfNaloxone() {
        assertThat(catalogue.products()).filteredOn(p -> !p.containsNaloxone())
                .extracting(CatalogueProduct::code).containsExactly("BUP-SL-TAB-2", "BUP-SL-TAB-8");
    }

    @Test
    void everyProductIsScheduleThree() {
        assertThat(catalogue.products()).extracting(CatalogueProduct::schedule).containsOnly(DeaSchedule.III);
    }

    @Test
    void describesFormAndStrength() {
        CatalogueProduct film = product("BUP-NAL-SL-FILM-8-2");
        assertThat(film.form()).isEqualTo(ProductForm.SUBLINGUAL_FILM);
        assertThat(film.strength().label()).isEqualTo("8/2 mg");
        assertThat(product("ZUBSOLV-SL-TAB-5.7-1.4").strength().label()).isEqualTo("5.7/1.4 mg");
        assertThat(product("BUP-SL-TAB-8").strength().label()).isEqualTo("8 mg");
        assertThat(product("BUP-SL-TAB-8").form()).isEqualTo(ProductForm.SUBLINGUAL_TABLET);
    }

    @Test
    void carriesTheRxNormCodesNamedInTheDomain() {
        assertThat(product("BUP-NAL-SL-FILM-8-2").rxNorm().scd()).contains("1010604");
        assertThat(product("BUP-NAL-SL-FILM-8-2").rxNorm().preferred()).contains("1010604");
        assertThat(product("SUBOXONE-SL-FILM-8-2").rxNorm().sbd()).contains("1010606");
        assertThat(product("SUBOXONE-SL-FILM-8-2").rxNorm().preferred()).contains("1010606");
        assertThat(product("ZUBSOLV-SL-TAB-5.7-1.4").rxNorm().sbd()).contains("1431104");
        assertThat(product("ZUBSOLV-SL-TAB-5.7-1.4").rxNorm().brandedDrugVerification())
                .isEqualTo(RxNormVerification.DOMAIN_PROVIDED);
    }

    @Test
    void leavesCodesThatNeedVerificationBlank() {
        for (String code : List.of("BUP-NAL-SL-TAB-4-1", "BUP-NAL-SL-TAB-12-3")) {
            RxNormCodes rxNorm = product(code).rxNorm();
            assertThat(rxNorm.scd()).as(code).isEmpty();
            assertThat(rxNorm.clinicalDrugVerification()).isEqualTo(RxNormVerification.NEEDS_VERIFICATION);
            assertThat(rxNorm.needsVerification()).isTrue();
        }
        RxNormCodes zubsolv = product("ZUBSOLV-SL-TAB-1.4-0.36").rxNorm();
        assertThat(zubsolv.scd()).contains("1431076");
        assertThat(zubsolv.sbd()).isEmpty();
        assertThat(zubsolv.preferred()).contains("1431076");
        assertThat(zubsolv.needsVerification()).isTrue();
        assertThat(product("BUP-SL-TAB-8").rxNorm().needsVerification()).isFalse();
    }

    @Test
    void givesEveryGenericProductItsOwnClinicalDrugCode() {
        List<String> scds = catalogue.products().stream().filter(p -> p.brandName().isEmpty())
                .map(p -> p.rxNorm().scd()).flatMap(Optional::stream).toList();

        assertThat(scds).doesNotHaveDuplicates().hasSize(8);
    }

    private CatalogueProduct product(String code) {
        return catalogue.find(code).orElseThrow();
    }
}
