package org.openmat.prescribing.rules;

import java.time.LocalDate;
import java.util.List;
import org.openmat.contracts.UsState;
import org.openmat.prescribing.catalogue.DeaSchedule;

/** The prescriber holds a licence and a DEA registration for the product's schedule in the patient's state. */
final class PrescriberAuthorityRule implements PrescribingRule {

    @Override
    public void check(RuleInput input, Findings findings) {
        UsState state = input.visit().patientState();
        LocalDate issueDate = input.issueDate();
        PrescriberCredentials credentials = input.context().prescriber();

        boolean licensed = credentials.licences().stream()
                .anyMatch(licence -> licence.state().equals(state) && licence.validOn(issueDate));
        if (!licensed) {
            findings.violation(ViolationCode.PRESCRIBER_NOT_LICENSED_IN_PATIENT_STATE,
                    "no licence in " + state.name() + " valid on " + issueDate);
        }

        List<DeaRegistration> registrations = credentials.deaRegistrations().stream()
                .filter(registration -> registration.state().equals(state) && registration.validOn(issueDate))
                .toList();
        DeaSchedule schedule = input.request().product().schedule();
        if (registrations.isEmpty()) {
            findings.violation(ViolationCode.DEA_REGISTRATION_NOT_VALID_IN_PATIENT_STATE,
                    "no DEA registration in " + state.name() + " valid on " + issueDate);
        } else if (registrations.stream().noneMatch(registration -> registration.authorises(schedule))) {
            findings.violation(ViolationCode.DEA_SCHEDULE_NOT_AUTHORISED,
                    "DEA registration in " + state.name() + " lacks Schedule " + schedule + " authority");
        }
    }
}
