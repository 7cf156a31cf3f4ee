/**
 * Urgent visit offers for followup's escalations (moderate or severe withdrawal, or a patient asking for help).
 *
 * <p>{@code messaging.FollowupEscalationsListener} reads {@code followup.checkins.v1} in its own consumer group and
 * passes {@code EscalationRaised} and {@code EscalationResolved} through the {@code EventInbox} (consumer
 * {@code scheduling.escalations}) to {@link org.openmat.scheduling.panels.escalation.UrgentVisitOffers}. Each
 * escalation gets exactly one {@link org.openmat.scheduling.panels.escalation.UrgentVisitOffer} (unique
 * {@code escalation_id}, however often the event arrives), which proposes the earliest open urgent slot starting
 * within {@code openmat.scheduling.urgent-offers.horizon} (48h by default) of the patient's own clinician (their
 * panel's, else the one followup alerted), else of any clinician licensed in the patient's current state, chosen by
 * {@link org.openmat.scheduling.panels.escalation.domain.UrgentSlotChoice}. With no such slot, or when the patient
 * cannot book, the offer is recorded as {@code NO_SLOT} so the clinician sees that the patient needs a call.
 *
 * <p>The slot is proposed, never held. The patient accepts through normal booking, so the visit's exclusion
 * constraints decide races and {@code VisitBooked} is published as for any booking; the offer is marked accepted in
 * the same transaction. If the slot went meanwhile, the patient gets a 409 and the offer proposes the next slot. An
 * offer not accepted by the end of the horizon reads as {@code EXPIRED}. A resolved escalation leaves the offer open:
 * resolution records that the clinician acted, which does not take away the patient's chance of a visit.
 */
package org.openmat.scheduling.panels.escalation;
