package org.openmat.followup.escalation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** How an escalation was resolved, in the resolver's words (stored, never published). */
record ResolutionRequest(@NotBlank @Size(max = 2000) String note) {
}
