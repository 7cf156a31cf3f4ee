package org.openmat.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Versions filtered in from the root pom at build time, so the pom stays their only source. */
public final class Versions {

    private static final Properties PROPERTIES = load();

    private Versions() {
    }

    public static String keycloak() {
        return PROPERTIES.getProperty("keycloak.version");
    }

    private static Properties load() {
        try (InputStream in = Versions.class.getResourceAsStream("/org/openmat/localstack/versions.properties")) {
            if (in == null) {
                throw new LocalStackException("versions.properties missing from the local-stack jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
