package org.openmat.localstack;

import java.nio.file.Path;

/** A JDK installation and its feature version (17, 21, 25, ...). */
public record JavaRuntime(Path home, int featureVersion) {

    public Path javaExecutable() {
        return home.resolve("bin").resolve("java");
    }
}
