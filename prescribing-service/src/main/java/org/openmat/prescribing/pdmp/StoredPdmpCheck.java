package org.openmat.prescribing.pdmp;

import java.time.Instant;
import java.util.UUID;

import org.openmat.prescribing.rules.PdmpRecord;

/** A PDMP review or unavailable record as kept, with who recorded it for which patient and when. */
public record StoredPdmpCheck(UUID id, UUID patientId, UUID clinicianId, String recordedBy, Instant recordedAt,
        PdmpRecord record) {
}
