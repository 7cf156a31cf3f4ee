package org.openmat.localstack;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds a JDK of at least a given version. Keycloak needs 21+ while the services (and often Maven) run on 17, so
 * the launcher cannot simply reuse its own JVM.
 */
public final class JavaRuntimes {

    /** Where package managers put JDKs: Debian/Ubuntu/Fedora, older Red Hat, macOS. */
    static final List<Path> SYSTEM_JVM_DIRECTORIES = List.of(
            Path.of("/usr/lib/jvm"), Path.of("/usr/java"), Path.of("/Library/Java/JavaVirtualMachines"));

    private static final Pattern JAVA_VERSION = Pattern.compile("^JAVA_VERSION=\"([^\"]+)\"", Pattern.MULTILINE);

    private final Map<String, String> env;
    private final List<Path> systemDirectories;

    JavaRuntimes(Map<String, String> env, List<Path> systemDirectories) {
        this.env = env;
        this.systemDirectories = systemDirectories;
    }

    public static JavaRuntime find(int minimumVersion) {
        return new JavaRuntimes(System.getenv(), SYSTEM_JVM_DIRECTORIES).require(minimumVersion);
    }

    JavaRuntime require(int minimumVersion) {
        List<String> searched = new ArrayList<>();
        Optional<JavaRuntime> found = fromJavaHome(searched)
                .filter(jdk -> jdk.featureVersion() >= minimumVersion)
                .or(() -> newestIn(systemDirectories, minimumVersion, searched))
                .or(() -> fromPath(searched).filter(jdk -> jdk.featureVersion() >= minimumVersion));
        return found.orElseThrow(() -> new LocalStackException("No Java " + minimumVersion + "+ JDK found (Keycloak "
                + "needs one). Searched: " + String.join("; ", searched) + ". Install a JDK " + minimumVersion
                + "+ or point JAVA_HOME at one."));
    }

    private Optional<JavaRuntime> fromJavaHome(List<String> searched) {
        String javaHome = env.get("JAVA_HOME");
        if (javaHome == null || javaHome.isBlank()) {
            searched.add("JAVA_HOME (not set)");
            return Optional.empty();
        }
        Optional<JavaRuntime> jdk = inspect(Path.of(javaHome));
        searched.add("JAVA_HOME=" + javaHome + describe(jdk));
        return jdk;
    }

    private Optional<JavaRuntime> newestIn(List<Path> directories, int minimumVersion, List<String> searched) {
        List<JavaRuntime> candidates = new ArrayList<>();
        for (Path directory : directories) {
            List<JavaRuntime> here = listJdks(directory);
            searched.add(directory + "/*" + (here.isEmpty() ? " (none)" : " " + here.stream()
                    .map(jdk -> jdk.home().getFileName() + "=" + jdk.featureVersion()).toList()));
            candidates.addAll(here);
        }
        return candidates.stream()
                .filter(jdk -> jdk.featureVersion() >= minimumVersion)
                .max(Comparator.comparingInt(JavaRuntime::featureVersion));
    }

    private List<JavaRuntime> listJdks(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.sorted()
                    .map(dir -> Files.isDirectory(dir.resolve("Contents/Home")) ? dir.resolve("Contents/Home") : dir)
                    .flatMap(dir -> inspect(dir).stream())
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private Optional<JavaRuntime> fromPath(List<String> searched) {
        String path = env.getOrDefault("PATH", "");
        for (String entry : path.split(File.pathSeparator)) {
            Path java = Path.of(entry.isEmpty() ? "." : entry, "java");
            if (Files.isExecutable(java)) {
                Optional<JavaRuntime> jdk = homeOf(java).flatMap(JavaRuntimes::inspect);
                searched.add("java on PATH " + java + describe(jdk));
                return jdk;
            }
        }
        searched.add("java on PATH (none)");
        return Optional.empty();
    }

    private static Optional<Path> homeOf(Path javaExecutable) {
        try {
            return Optional.ofNullable(javaExecutable.toRealPath().getParent()).map(Path::getParent);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Optional<JavaRuntime> inspect(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release) || !Files.isRegularFile(home.resolve("bin/java"))) {
            return Optional.empty();
        }
        try {
            Matcher matcher = JAVA_VERSION.matcher(Files.readString(release));
            return matcher.find() ? Optional.of(new JavaRuntime(home, featureVersion(matcher.group(1))))
                    : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** "17.0.15" is 17, "25" is 25, and the pre-9 scheme "1.8.0_392" is 8. */
    static int featureVersion(String javaVersion) {
        String[] parts = javaVersion.split("[._+-]");
        int first = Integer.parseInt(parts[0]);
        return first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first;
    }

    private static String describe(Optional<JavaRuntime> jdk) {
        return jdk.map(j -> " (Java " + j.featureVersion() + ")").orElse(" (not a JDK with a release file)");
    }
}
