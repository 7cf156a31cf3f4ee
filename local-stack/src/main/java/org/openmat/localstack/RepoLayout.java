package org.openmat.localstack;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where things live in the repository checkout, and where a stack keeps its data and logs: the git-ignored
 * {@code .local-run/} for the run command, elsewhere for tests that must not touch it.
 */
public record RepoLayout(Path root, Path localRun) {

    public RepoLayout {
        root = root.toAbsolutePath().normalize();
        localRun = localRun.toAbsolutePath().normalize();
    }

    public RepoLayout(Path root) {
        this(root, root.resolve(".local-run"));
    }

    /** The same checkout with databases, broker data, Keycloak and logs under {@code runDirectory}. */
    public RepoLayout withRunDirectory(Path runDirectory) {
        return new RepoLayout(root, runDirectory);
    }

    /** Walks up from the working directory, so the same call works from the repo root and from a module. */
    public static RepoLayout locate() {
        return locateFrom(Path.of(System.getProperty("user.dir")));
    }

    public static RepoLayout locateFrom(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("local-stack")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return new RepoLayout(dir);
            }
        }
        throw new LocalStackException("No repository root (a directory with pom.xml and local-stack/) above " + start);
    }

    public Path logs() {
        return localRun().resolve("logs");
    }

    public Path logFile(String processName) {
        return logs().resolve(processName + ".log");
    }

    public Path serviceJar(String serviceName) {
        return root.resolve(serviceName).resolve("target").resolve(serviceName + ".jar");
    }

    public Path realmFile() {
        return root.resolve("deploy").resolve("keycloak").resolve("mat-realm.json");
    }

    public Path keycloakDistributionZip(String version) {
        return root.resolve("local-stack").resolve("target").resolve("keycloak-dist")
                .resolve("keycloak-quarkus-dist-" + version + ".zip");
    }
}
