package org.openmat.prescribing.rules;

import java.time.Instant;
import java.util.Objects;
import org.openmat.contracts.UsState;

/**
 * A completed review of a state's PDMP.
 *
 * @param lookbackMonths how many months of dispensing history the report covered
 * @param findings the clinician's summary of what the report showed
 */
public record PdmpReview(UsState state, Instant reviewedAt, int lookbackMonths, String findings)
        implements PdmpRecord {

    public PdmpReview {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reviewedAt, "reviewedAt");
        Objects.requireNonNull(findings, "findings");
    }
}
