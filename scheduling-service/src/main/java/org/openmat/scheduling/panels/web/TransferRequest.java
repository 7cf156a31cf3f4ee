package org.openmat.scheduling.panels.web;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** The clinician whose panel the patient moves to. */
record TransferRequest(@NotNull UUID clinicianId) {
}
