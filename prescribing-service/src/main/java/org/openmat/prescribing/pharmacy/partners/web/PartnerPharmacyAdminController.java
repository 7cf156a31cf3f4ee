package org.openmat.prescribing.pharmacy.partners.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import org.openmat.platform.problem.ApiProblemException;
import org.openmat.platform.problem.ProblemDetailsAdvice.FieldError;
import org.openmat.prescribing.pharmacy.fhir.PrescriptionForPharmacy;
import org.openmat.prescribing.pharmacy.partners.DeliveryChannel;
import org.openmat.prescribing.pharmacy.partners.PartnerPharmacies;
import org.openmat.prescribing.pharmacy.partners.PartnerPharmacies.NewSecret;
import org.openmat.prescribing.pharmacy.partners.PartnerPharmacy;
import org.openmat.prescribing.pharmacy.webhook.TargetDecision;
import org.openmat.prescribing.pharmacy.webhook.WebhookTargetPolicy;
import org.openmat.prescribing.web.InvalidFieldsException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Admins manage the partner pharmacies: identity, states, delivery channels, signing secrets, active or not. */
@RestController
@RequestMapping("/api/admin/partner-pharmacies")
@PreAuthorize("hasRole('admin')")
class PartnerPharmacyAdminController {

    private static final Duration DEFAULT_OVERLAP = Duration.ofHours(24);

    private final PartnerPharmacies partners;
    private final WebhookTargetPolicy targetPolicy;

    PartnerPharmacyAdminController(PartnerPharmacies partners, WebhookTargetPolicy targetPolicy) {
        this.partners = partners;
        this.targetPolicy = targetPolicy;
    }

    @PutMapping("/{partnerId}")
    PartnerResponse register(@PathVariable String partnerId, @Valid @RequestBody PartnerRequests.Registration request) {
        PartnerPharmacy partner = validated(partnerId, request);
        Optional<NewSecret> secret = partners.register(partner, Optional.ofNullable(request.webhookSecret()));
        return view(partnerId, secret.orElse(null));
    }

    @GetMapping
    List<PartnerResponse> list() {
        return partners.list().stream().map(p -> PartnerResponse.of(p, partners.secrets(p.id()), null)).toList();
    }

    @GetMapping("/{partnerId}")
    PartnerResponse one(@PathVariable String partnerId) {
        return view(partnerId, null);
    }

    @PostMapping("/{partnerId}/webhook-secrets")
    @ResponseStatus(HttpStatus.CREATED)
    NewSecret rotate(@PathVariable String partnerId, @Valid @RequestBody PartnerRequests.Rotation request) {
        partners.find(partnerId).orElseThrow(() -> ApiProblemException.notFound("Partner pharmacy"));
        Duration overlap = request.retirePreviousAfter() == null ? DEFAULT_OVERLAP : request.retirePreviousAfter();
        if (overlap.isNegative()) {
            throw InvalidFieldsException.of("retirePreviousAfter", "must not be negative");
        }
        return partners.rotate(partnerId, Optional.ofNullable(request.secret()), overlap);
    }

    private PartnerResponse view(String partnerId, NewSecret newSecret) {
        PartnerPharmacy partner = partners.find(partnerId)
                .orElseThrow(() -> ApiProblemException.notFound("Partner pharmacy"));
        return PartnerResponse.of(partner, partners.secrets(partnerId), newSecret);
    }

    private PartnerPharmacy validated(String partnerId, PartnerRequests.Registration request) {
        List<FieldError> errors = new ArrayList<>();
        if (!partnerId.matches("[a-z0-9-]{1,40}")) {
            errors.add(new FieldError("partnerId", "must be 1-40 lower-case letters, digits and dashes"));
        }
        try {
            new PrescriptionForPharmacy.Pharmacy(request.ncpdpId(), request.npi());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("ncpdpId/npi", "must be a 7-digit NCPDP id and a valid 10-digit NPI"));
        }
        URI webhookUrl = null;
        if (request.channels().contains(DeliveryChannel.WEBHOOK)) {
            webhookUrl = webhookUrl(request.webhookUrl(), errors);
        } else if (request.webhookUrl() != null) {
            errors.add(new FieldError("webhookUrl", "is only accepted with the WEBHOOK channel"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        return new PartnerPharmacy(partnerId, request.name().strip(), request.ncpdpId(), request.npi(),
                request.states().stream().map(String::toUpperCase).distinct().toList(),
                request.channels().contains(DeliveryChannel.KAFKA_TOPIC), webhookUrl, request.active(), null);
    }

    private URI webhookUrl(String url, List<FieldError> errors) {
        if (url == null || url.isBlank()) {
            errors.add(new FieldError("webhookUrl", "is required with the WEBHOOK channel"));
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            if (targetPolicy.check(uri) instanceof TargetDecision.Refused refused) {
                errors.add(new FieldError("webhookUrl", "is not an allowed target (" + refused.reason() + ")"));
                return null;
            }
            return uri;
        } catch (URISyntaxException e) {
            errors.add(new FieldError("webhookUrl", "is not a URL"));
            return null;
        }
    }
}
