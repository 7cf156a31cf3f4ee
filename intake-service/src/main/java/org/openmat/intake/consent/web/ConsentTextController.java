package org.openmat.intake.consent.web;

import org.openmat.intake.consent.domain.ConsentText;
import org.openmat.intake.consent.domain.ConsentTexts;
import org.openmat.intake.consent.domain.Part2RedisclosureNotice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The consent wording to show before signing; a consent records the version it was signed on. */
@RestController
class ConsentTextController {

    /** @param redisclosureNotice the notice every disclosure on a consent carries */
    record ConsentTextResponse(String version, String text, String redisclosureNotice) {
    }

    @GetMapping("/api/consent-texts/current")
    ConsentTextResponse current() {
        ConsentText text = ConsentTexts.current();
        return new ConsentTextResponse(text.version(), text.body(), Part2RedisclosureNotice.TEXT);
    }
}
