package org.openmat.localstack;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An unpacked Keycloak server, reused between runs because its first start pays a one-time build. */
final class KeycloakDistribution {

    private static final Logger log = LoggerFactory.getLogger(KeycloakDistribution.class);

    private final Path home;

    private KeycloakDistribution(Path home) {
        this.home = home;
    }

    static KeycloakDistribution unpackOnce(Path zip, Path installRoot, String version) {
        Path home = installRoot.resolve("keycloak-" + version);
        if (Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            return new KeycloakDistribution(home);
        }
        if (!Files.isRegularFile(zip)) {
            throw new LocalStackException("Keycloak distribution " + zip + " not found; build local-stack first "
                    + "(./mvnw -pl local-stack -am package) so Maven downloads it.");
        }
        log.info("Unpacking {} into {} (once)", zip.getFileName(), installRoot);
        // Unpacking into a sibling and renaming keeps a half-finished unpack from ever looking installed.
        Path staging = installRoot.resolve("keycloak-" + version + ".unpacking");
        Dirs.deleteRecursively(staging);
        unzip(zip, staging);
        Path unpackedHome = staging.resolve("keycloak-" + version);
        try (Stream<Path> scripts = Files.list(unpackedHome.resolve("bin"))) {
            scripts.filter(p -> p.toString().endsWith(".sh")).forEach(p -> p.toFile().setExecutable(true));
            Files.move(unpackedHome, home, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Dirs.deleteRecursively(staging);
        return new KeycloakDistribution(home);
    }

    Path home() {
        return home;
    }

    Path kcScript() {
        return home.resolve("bin/kc.sh");
    }

    /**
     * start-dev keeps its H2 database in data/h2 and {@code --import-realm} skips realms that already exist, so a
     * changed realm file would silently be ignored; dropping the database when the file changed forces a re-import.
     */
    void prepareRealmImport(Path realmFile) {
        try {
            Path imported = home.resolve("data/import").resolve(realmFile.getFileName());
            boolean unchanged = Files.isRegularFile(imported)
                    && Arrays.equals(Files.readAllBytes(imported), Files.readAllBytes(realmFile));
            if (!unchanged) {
                Dirs.deleteRecursively(home.resolve("data/h2"));
                Files.createDirectories(imported.getParent());
                Files.copy(realmFile, imported, StandardCopyOption.REPLACE_EXISTING);
                log.info("Realm file {} will be imported afresh", realmFile.getFileName());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void unzip(Path zip, Path target) {
        try (ZipInputStream in = new ZipInputStream(new BufferedInputStream(Files.newInputStream(zip), 1 << 16))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new LocalStackException("Unsafe entry in " + zip + ": " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    copy(in, out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack " + zip, e);
        }
    }

    private static void copy(InputStream in, Path out) throws IOException {
        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
    }
}
