package org.openmat.platform.messaging;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.openmat.contracts.EventCatalog;
import org.openmat.contracts.IntegrationEvent;

/**
 * The events one consumer reacts to, by CloudEvent type. The consumer name scopes deduplication, so two consumers in
 * one service may each process the same event once.
 */
public final class EventHandlers {

    private final String consumerName;
    private final Map<String, Handler<?>> byType;

    private EventHandlers(String consumerName, Map<String, Handler<?>> byType) {
        this.consumerName = consumerName;
        this.byType = Map.copyOf(byType);
    }

    public static Builder consumer(String consumerName) {
        return new Builder(consumerName);
    }

    public String consumerName() {
        return consumerName;
    }

    Optional<Handler<?>> forType(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    record Handler<T extends IntegrationEvent>(Class<T> eventClass, Consumer<T> action) {

        void handle(IntegrationEvent event) {
            action.accept(eventClass.cast(event));
        }
    }

    /** Collects one handler per event class. */
    public static final class Builder {

        private final String consumerName;
        private final Map<String, Handler<?>> byType = new LinkedHashMap<>();

        private Builder(String consumerName) {
            this.consumerName = consumerName;
        }

        public <T extends IntegrationEvent> Builder on(Class<T> eventClass, Consumer<T> action) {
            byType.put(EventCatalog.typeOf(eventClass), new Handler<>(eventClass, action));
            return this;
        }

        public EventHandlers build() {
            return new EventHandlers(consumerName, byType);
        }
    }
}
