package org.openmat.scheduling.availability.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.openmat.contracts.UsState;

/**
 * What a clinician's state licenses and DEA registrations allow for a patient located in a state on a date:
 * seeing the patient needs a license valid there on that date; prescribing buprenorphine also needs a DEA
 * registration in that state, valid on that date, with Schedule III authority.
 */
public record Licensure(List<StateLicense> licenses, List<DeaRegistration> deaRegistrations) {

    public Licensure {
        licenses = List.copyOf(licenses);
        deaRegistrations = List.copyOf(deaRegistrations);
    }

    public boolean maySee(UsState patientState, LocalDate on) {
        return licenses.stream().anyMatch(license -> license.isValidIn(patientState, on));
    }

    public boolean mayPrescribe(UsState patientState, LocalDate on) {
        return prescribingGaps(patientState, on).isEmpty();
    }

    /** Whether the clinician may hold a visit of this type with a patient located in the state on that date. */
    public boolean mayOffer(VisitType visitType, UsState patientState, LocalDate on) {
        return visitType.mayLeadToPrescription() ? mayPrescribe(patientState, on) : maySee(patientState, on);
    }

    /** Every reason that blocks seeing the patient; empty when the clinician may. */
    public Set<LicensureGap> consultingGaps(UsState patientState, LocalDate on) {
        if (maySee(patientState, on)) {
            return Set.of();
        }
        boolean anyInState = licenses.stream().anyMatch(license -> license.state() == patientState);
        return Set.of(anyInState ? LicensureGap.STATE_LICENSE_EXPIRED : LicensureGap.NO_STATE_LICENSE);
    }

    /** Every reason that blocks prescribing; empty when the clinician may. */
    public Set<LicensureGap> prescribingGaps(UsState patientState, LocalDate on) {
        Set<LicensureGap> gaps = EnumSet.noneOf(LicensureGap.class);
        gaps.addAll(consultingGaps(patientState, on));
        List<DeaRegistration> inState = deaRegistrations.stream()
                .filter(registration -> registration.state() == patientState)
                .toList();
        List<DeaRegistration> valid = inState.stream()
                .filter(registration -> registration.isValidIn(patientState, on))
                .toList();
        if (inState.isEmpty()) {
            gaps.add(LicensureGap.NO_DEA_REGISTRATION);
        } else if (valid.isEmpty()) {
            gaps.add(LicensureGap.DEA_REGISTRATION_EXPIRED);
        } else if (valid.stream().noneMatch(DeaRegistration::scheduleIIIAuthority)) {
            gaps.add(LicensureGap.NO_SCHEDULE_III_AUTHORITY);
        }
        return Collections.unmodifiableSet(gaps);
    }

    /** States where the clinician may see patients on a date, e.g. to filter clinicians for a patient's search. */
    public Set<UsState> statesWhereMaySee(LocalDate on) {
        Set<UsState> states = EnumSet.noneOf(UsState.class);
        licenses.stream().filter(license -> !on.isAfter(license.expiresOn())).forEach(l -> states.add(l.state()));
        return Collections.unmodifiableSet(states);
    }
}
