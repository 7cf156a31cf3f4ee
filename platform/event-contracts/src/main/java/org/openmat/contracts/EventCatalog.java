package org.openmat.contracts;

/** Reads the CloudEvent type and the topic that an event class declares with {@link EventType}. */
public final class EventCatalog {

    private EventCatalog() {
    }

    public static String typeOf(Class<? extends IntegrationEvent> eventClass) {
        return annotationOf(eventClass).value();
    }

    public static String topicOf(Class<? extends IntegrationEvent> eventClass) {
        return annotationOf(eventClass).topic();
    }

    private static EventType annotationOf(Class<?> eventClass) {
        EventType type = eventClass.getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalArgumentException(eventClass.getName() + " is not annotated with @EventType");
        }
        return type;
    }
}
