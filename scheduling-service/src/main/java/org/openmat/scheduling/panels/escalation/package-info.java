/**
 * The consumer side of followup's escalations (moderate or severe withdrawal, or a patient asking for help), left
 * open until followup publishes {@code EscalationRaised}. To wire it, the followup issue adds the contract and then
 * here: an implementation of {@link org.openmat.scheduling.panels.escalation.UrgentVisitOffers}, and one listener
 * class that feeds it idempotently:
 *
 * <pre>{@code
 * @Component
 * class FollowupEscalationsListener {
 *     private final EventInbox inbox;
 *     private final EventHandlers handlers;
 *
 *     FollowupEscalationsListener(EventInbox inbox, UrgentVisitOffers offers) {
 *         this.inbox = inbox;
 *         this.handlers = EventHandlers.consumer("scheduling.escalations")
 *                 .on(EscalationRaised.class, e -> offers.offerFor(e.patientId(), e.escalationId(), e.occurredAt()))
 *                 .build();
 *     }
 *
 *     @KafkaListener(topics = Topics.FOLLOWUP_..., groupId = "${spring.kafka.consumer.group-id}.escalations")
 *     void on(ConsumerRecord<String, byte[]> record) {
 *         inbox.receive(record, handlers);
 *     }
 * }
 * }</pre>
 */
package org.openmat.scheduling.panels.escalation;
