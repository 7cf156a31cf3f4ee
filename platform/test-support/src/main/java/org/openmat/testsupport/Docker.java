package org.openmat.testsupport;

import org.testcontainers.DockerClientFactory;

/** Whether a Docker engine is reachable; decides between Testcontainers and embedded real binaries. */
final class Docker {

    private static final boolean AVAILABLE = detect();

    private Docker() {
    }

    static boolean available() {
        return AVAILABLE;
    }

    private static boolean detect() {
        if (Boolean.getBoolean("openmat.tests.embedded")) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
