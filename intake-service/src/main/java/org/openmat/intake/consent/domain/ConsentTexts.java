package org.openmat.intake.consent.domain;

import java.util.List;
import java.util.Optional;

/** The published consent texts; a published text never changes, new wording is a new version. */
public final class ConsentTexts {

    public static final ConsentText V1 = new ConsentText("part2-consent-v1", """
            Consent to share my substance use disorder treatment records

            Federal law (42 CFR Part 2) protects the records of your treatment for substance use disorder. In most \
            cases we may not share them without your written consent. This form asks for that consent. Please read \
            it before you sign. You choose each item below on the form, and we keep a copy of what you signed.

            1. Whose records. Yours: the patient named on this form.

            2. Who may share them. The program named on this form, which is treating you.

            3. What may be shared. Only the kinds of information you choose: your prescriptions and medications, \
            your diagnosis of opioid use disorder, records of your visits, or all of your substance use disorder \
            treatment records.

            4. Who may receive them. The people and organisations named on this form. If this consent is for \
            treatment, payment and health care operations, you may instead choose a group, such as "my treating \
            providers and the partner pharmacies that fill my prescriptions".

            5. Why. For the purposes you choose: treatment, payment, health care operations, or another purpose \
            that you describe on this form.

            6. Your right to revoke. You may revoke (cancel) this consent at any time by telling us in writing, \
            for example with "Revoke consent" in the app or in a signed letter to the program. Sharing stops from \
            the moment your revocation is recorded. It cannot undo sharing that already happened while your \
            consent was in force.

            7. When it ends. On the date or at the event you choose, such as the end of your treatment with this \
            program. A consent for treatment, payment and health care operations may have no end date; it then \
            lasts until you revoke it.

            8. Signing is your choice. We will not refuse to treat you because you do not sign. Without this \
            consent we cannot share your records with the recipients above, which may mean we cannot send your \
            prescription to a partner pharmacy or coordinate with your other providers; we will talk with you \
            about other options.

            9. What recipients may do. A health care provider, health plan or their business associate that \
            receives your records for treatment, payment or health care operations may share them again as the \
            HIPAA rules allow, and once shared that way they may no longer be protected by 42 CFR Part 2. Your \
            records may never be used against you in a civil, criminal, administrative or legislative proceeding \
            without your written consent or a court order.

            10. The notice that travels with your records. Every time we share your records under this consent, \
            we send this notice with them: "42 CFR part 2 prohibits unauthorized use or disclosure of these \
            records."

            11. Signature and date. You sign by typing your full name. We record the date and time you sign.
            """);

    private static final List<ConsentText> PUBLISHED = List.of(V1);

    private ConsentTexts() {
    }

    /** The text new consents are signed on. */
    public static ConsentText current() {
        return V1;
    }

    public static Optional<ConsentText> find(String version) {
        return PUBLISHED.stream().filter(text -> text.version().equals(version)).findFirst();
    }
}
