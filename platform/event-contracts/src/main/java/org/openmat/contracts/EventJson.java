package org.openmat.contracts;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The wire format of event data: JSON, ISO-8601 instants, unknown fields tolerated so v1 consumers survive additive changes. */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private EventJson() {
    }

    public static byte[] write(IntegrationEvent event) {
        return MAPPER.writeValueAsBytes(event);
    }

    /** Reads event data; throws {@link MalformedEventException} when the bytes are not a valid instance of the type. */
    public static <T extends IntegrationEvent> T read(byte[] data, Class<T> type) {
        try {
            T event = MAPPER.readValue(data, type);
            if (event == null || event.eventId() == null || event.occurredAt() == null) {
                throw new MalformedEventException("event data lacks eventId or occurredAt", null);
            }
            return event;
        } catch (JacksonException e) {
            // The parser's message can quote event data (PHI), so only its class travels on.
            throw new MalformedEventException("event data is not a valid " + type.getSimpleName()
                    + " (" + e.getClass().getSimpleName() + ")", null);
        }
    }
}
