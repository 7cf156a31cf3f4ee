package org.openmat.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaRuntimesTests {

    @TempDir
    Path jvms;

    @Test
    void featureVersionFollowsBothVersionSchemes() {
        assertThat(JavaRuntimes.featureVersion("17.0.15")).isEqualTo(17);
        assertThat(JavaRuntimes.featureVersion("25")).isEqualTo(25);
        assertThat(JavaRuntimes.featureVersion("21.0.2+13")).isEqualTo(21);
        assertThat(JavaRuntimes.featureVersion("1.8.0_392")).isEqualTo(8);
    }

    @Test
    void javaHomeWinsWhenItIsRecentEnough() throws IOException {
        Path home = fakeJdk("jdk-21", "21.0.5");
        fakeJdk("jdk-25", "25.0.1");

        JavaRuntime found = new JavaRuntimes(Map.of("JAVA_HOME", home.toString()), List.of(jvms)).require(21);

        assertThat(found.home()).isEqualTo(home);
    }

    @Test
    void tooOldJavaHomeFallsBackToTheNewestSystemJdk() throws IOException {
        Path old = fakeJdk("java-17", "17.0.15");
        fakeJdk("jdk-21", "21.0.5");
        Path newest = fakeJdk("temurin-25", "25.0.3");

        JavaRuntime found = new JavaRuntimes(Map.of("JAVA_HOME", old.toString()), List.of(jvms)).require(21);

        assertThat(found).isEqualTo(new JavaRuntime(newest, 25));
    }

    @Test
    void failureNamesEverythingThatWasSearched() throws IOException {
        fakeJdk("java-17", "17.0.15");

        assertThatThrownBy(() -> new JavaRuntimes(Map.of("PATH", ""), List.of(jvms)).require(21))
                .isInstanceOf(LocalStackException.class)
                .hasMessageContaining("No Java 21+ JDK")
                .hasMessageContaining("JAVA_HOME (not set)")
                .hasMessageContaining(jvms + "/* [java-17=17]")
                .hasMessageContaining("java on PATH");
    }

    private Path fakeJdk(String name, String version) throws IOException {
        Path home = Files.createDirectories(jvms.resolve(name));
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("bin/java"), "#!/bin/sh\n");
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\n");
        return home;
    }
}
