/**
 * Clinicians' panels: who is on whose panel ({@code panel_membership}), the caseload limit ({@link
 * org.openmat.scheduling.panels.PanelPolicy}), ops transfers, and the clinician's panel view.
 *
 * <p>The panel's prescription and follow-up columns come from other services' events through {@link
 * org.openmat.scheduling.panels.PatientStatuses}. Adding a feed is one small class here: a {@code @KafkaListener} on
 * the other service's topic, with its own consumer group, that passes each record to {@code EventInbox.receive} with
 * {@code EventHandlers.consumer("scheduling.panel-status.<service>").on(SomeEvent.class, e ->
 * statuses.report(PatientStatuses.Kind.PRESCRIPTION, e.patientId(), "ISSUED", e.occurredAt()))}. The inbox makes it
 * idempotent and {@code report} keeps the newest status whatever the arrival order. A new kind of status is a column
 * pair in a migration plus one {@link org.openmat.scheduling.panels.PatientStatuses.Kind} constant.
 */
package org.openmat.scheduling.panels;
