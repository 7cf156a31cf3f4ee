package org.openmat.prescribing.rules;

import java.util.List;
import java.util.Objects;
import org.openmat.contracts.UsState;

/** The state's PDMP could not be reviewed; the attempts made are kept as evidence. */
public record PdmpUnavailable(UsState state, List<PdmpAttempt> attempts) implements PdmpRecord {

    public PdmpUnavailable {
        Objects.requireNonNull(state, "state");
        attempts = List.copyOf(attempts);
    }
}
