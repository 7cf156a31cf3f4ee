package org.openmat.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the published JSON samples that pin each contract's wire format. */
public final class ContractFixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ContractFixtures() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = ContractFixtures.class.getResourceAsStream("/contracts/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode tree(byte[] json) {
        return JSON.readTree(json);
    }
}
