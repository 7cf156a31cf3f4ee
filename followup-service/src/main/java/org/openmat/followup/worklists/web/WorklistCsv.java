package org.openmat.followup.worklists.web;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.openmat.followup.worklists.WorklistItems.NotDispensed;
import org.openmat.followup.worklists.WorklistItems.OpenEscalation;
import org.openmat.followup.worklists.WorklistItems.OverdueCheckIn;

/** The columns of each worklist's CSV export, in the order of the JSON fields. */
record WorklistCsv<T>(String fileName, List<String> header, Function<T, List<String>> cells) {

    static final WorklistCsv<OverdueCheckIn> OVERDUE = new WorklistCsv<>("overdue-check-ins",
            List.of("checkInId", "patientId", "clinicianId", "panelClinicianId", "patientState", "timeZone",
                    "inductionDate", "dueDate", "windowClosedAt"),
            o -> strings(o.checkInId(), o.patientId(), o.clinicianId(), o.panelClinicianId(), o.patientState(),
                    o.timeZone(), o.inductionDate(), o.dueDate(), o.windowClosedAt()));

    static final WorklistCsv<OpenEscalation> OPEN_ESCALATIONS = new WorklistCsv<>("open-escalations",
            List.of("escalationId", "checkInId", "patientId", "clinicianId", "reasonCodes", "band", "raisedAt",
                    "patientState"),
            e -> strings(e.escalationId(), e.checkInId(), e.patientId(), e.clinicianId(),
                    String.join(" ", e.reasonCodes()), e.band(), e.raisedAt(), e.patientState()));

    static final WorklistCsv<NotDispensed> NOT_DISPENSED = new WorklistCsv<>("not-dispensed-first-week",
            List.of("prescriptionId", "checkInId", "patientId", "clinicianId", "pharmacyId", "reasonCode",
                    "reportedAt", "inductionDate", "patientState"),
            n -> strings(n.prescriptionId(), n.checkInId(), n.patientId(), n.clinicianId(), n.pharmacyId(),
                    n.reasonCode(), n.reportedAt(), n.inductionDate(), n.patientState()));

    private static List<String> strings(Object... values) {
        return Arrays.stream(values).map(v -> Objects.toString(v, null)).toList();
    }
}
