package org.openmat.intake.consent.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsentTextsTests {

    @Test
    void redisclosureNoticeIsTheWordingOfThe2024Rule() {
        assertThat(Part2RedisclosureNotice.TEXT)
                .isEqualTo("42 CFR part 2 prohibits unauthorized use or disclosure of these records.");
    }

    @Test
    void versionOneTextCarriesTheRedisclosureNoticeAndTheRightToRevokeInWriting() {
        String text = ConsentTexts.V1.body();

        assertThat(text).contains(Part2RedisclosureNotice.TEXT);
        assertThat(text).contains("You may revoke (cancel) this consent at any time by telling us in writing");
        assertThat(text).contains("Sharing stops from the moment your revocation is recorded.");
    }

    @Test
    void versionOneTextDescribesEveryElementOfTheConsent() {
        assertThat(ConsentTexts.V1.body()).contains(
                "Whose records.", "Who may share them.", "What may be shared.", "Who may receive them.", "Why.",
                "Your right to revoke.", "When it ends.", "Signing is your choice.", "What recipients may do.",
                "Signature and date.");
    }

    @Test
    void findsOnlyPublishedVersions() {
        assertThat(ConsentTexts.current()).isSameAs(ConsentTexts.V1);
        assertThat(ConsentTexts.find("part2-consent-v1")).containsSame(ConsentTexts.V1);
        assertThat(ConsentTexts.find("part2-consent-v2")).isEmpty();
    }
}
