package org.openmat.prescribing.pdmp.web;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.openmat.platform.validation.UsStateCode;

/** The bodies of the PDMP endpoints. */
final class PdmpRequests {

    private PdmpRequests() {
    }

    /**
     * A completed review of the PDMP of the state the patient is in.
     *
     * @param lookbackMonths months of dispensing history the report covered (the rules want 12)
     * @param result the clinician's summary of what the report showed
     */
    record Review(
            @NotNull @UsStateCode String state,
            @NotNull Instant reviewedAt,
            @NotNull @Min(1) @Max(120) Integer lookbackMonths,
            @NotBlank @Size(max = 2000) String result) {
    }

    /** The PDMP could not be reached: every attempt made, each with how it failed. */
    record Unavailable(
            @NotNull @UsStateCode String state,
            @NotEmpty @Size(max = 20) List<@Valid @NotNull Attempt> attempts) {
    }

    record Attempt(@NotNull Instant attemptedAt, @NotBlank @Size(max = 500) String failure) {
    }
}
