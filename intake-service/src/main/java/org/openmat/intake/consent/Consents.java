package org.openmat.intake.consent;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.openmat.intake.consent.domain.ConsentAlreadyRevokedException;
import org.openmat.intake.consent.domain.ConsentTerms;
import org.openmat.intake.consent.domain.Part2Consent;
import org.openmat.intake.registration.Patient;
import org.openmat.intake.screening.domain.FieldViolation;
import org.openmat.intake.screening.domain.InvalidFieldsException;
import org.openmat.platform.outbox.Outbox;
import org.openmat.platform.problem.ApiProblemException;
import org.openmat.platform.problem.ProblemTypes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grants, lists and revokes a patient's Part 2 consents; each grant and revocation is announced through the outbox in
 * the same transaction, so that prescribing never discloses on a consent intake does not hold.
 */
@Service
public class Consents {

    /** Problem type of a second revocation of the same consent. */
    public static final URI ALREADY_REVOKED = ProblemTypes.of("consent-already-revoked");

    private final ConsentRecords records;
    private final ProgramConsentRules programRules;
    private final ConsentProperties properties;
    private final Outbox outbox;
    private final Clock clock;

    Consents(ConsentRecords records, ProgramConsentRules programRules, ConsentProperties properties, Outbox outbox,
            Clock clock) {
        this.records = records;
        this.programRules = programRules;
        this.properties = properties;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Stores a consent the patient just signed and announces it.
     *
     * @throws InvalidFieldsException listing every missing or invalid element; nothing is stored then
     */
    @Transactional
    public ConsentView grant(Patient patient, ConsentChoices choices) {
        Instant now = now();
        ZoneId zone = ZoneId.of(patient.timeZone());
        ConsentTerms terms = choices.toTerms(patient.givenName() + " " + patient.familyName(),
                properties.disclosingProgram());
        List<FieldViolation> violations = new ArrayList<>(terms.violations(zone, now));
        violations.addAll(programRules.violations(terms, now));
        if (!violations.isEmpty()) {
            throw new InvalidFieldsException("Part 2 consent", violations);
        }
        Part2Consent consent = Part2Consent.grant(UUID.randomUUID(), patient.id(), terms, zone, now);
        records.save(new ConsentRecord(consent, now));
        outbox.publish(ConsentEvents.granted(consent, now));
        return new ConsentView(consent, ConsentStatus.of(consent, now), now, null);
    }

    /** The patient's consents, newest first, each with its status now. */
    @Transactional(readOnly = true)
    public List<ConsentView> of(UUID patientId) {
        Instant now = now();
        return records.findByPatientIdOrderBySignedAtDescRecordedAtDesc(patientId).stream()
                .map(record -> view(record, now))
                .toList();
    }

    /** One of the patient's consents; 404 for an id the patient does not hold, whoever else holds it. */
    @Transactional(readOnly = true)
    public ConsentView one(UUID patientId, UUID consentId) {
        return records.findByIdAndPatientId(consentId, patientId).map(record -> view(record, now()))
                .orElseThrow(() -> ApiProblemException.notFound("Consent"));
    }

    /**
     * Records the patient's written revocation; disclosures on the consent stop from now on.
     *
     * @throws ApiProblemException 404 when the patient holds no such consent, 409 when it is already revoked
     */
    @Transactional
    public ConsentView revoke(UUID patientId, UUID consentId, String revokedBy, String reason) {
        ConsentRecord record = records.findForUpdate(consentId, patientId)
                .orElseThrow(() -> ApiProblemException.notFound("Consent"));
        Part2Consent consent = record.toDomain();
        Instant now = now();
        try {
            consent.revoke(now, revokedBy);
        } catch (ConsentAlreadyRevokedException e) {
            throw ApiProblemException.conflict(ALREADY_REVOKED, "Consent already revoked",
                    "This consent was already revoked; the first revocation stands");
        }
        record.revoked(consent.revocation().orElseThrow(), reason);
        outbox.publish(ConsentEvents.revoked(consent, now));
        return new ConsentView(consent, ConsentStatus.of(consent, now), record.recordedAt(), reason);
    }

    private static ConsentView view(ConsentRecord record, Instant now) {
        Part2Consent consent = record.toDomain();
        return new ConsentView(consent, ConsentStatus.of(consent, now), record.recordedAt(), record.revocationReason());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
