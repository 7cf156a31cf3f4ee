package org.openmat.localstack;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where things live in the repository checkout and under its git-ignored {@code .local-run/}. */
public record RepoLayout(Path root) {

    public RepoLayout {
        root = root.toAbsolutePath().normalize();
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

    public Path localRun() {
        return root.resolve(".local-run");
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
