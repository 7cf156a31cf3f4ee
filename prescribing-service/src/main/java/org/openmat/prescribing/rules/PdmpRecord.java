package org.openmat.prescribing.rules;

import org.openmat.contracts.UsState;

/** What was recorded about checking a state's prescription drug monitoring program. */
public sealed interface PdmpRecord permits PdmpReview, PdmpUnavailable {

    UsState state();
}
