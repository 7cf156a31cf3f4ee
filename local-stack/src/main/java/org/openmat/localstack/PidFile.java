package org.openmat.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers a child process so the next run can stop it if this JVM died without cleaning up (kill -9, a killed
 * test JVM). The start time is stored with the pid so a recycled pid is never mistaken for the old process.
 */
final class PidFile {

    private static final Logger log = LoggerFactory.getLogger(PidFile.class);

    private PidFile() {
    }

    static Path beside(Path logFile) {
        return logFile.resolveSibling(logFile.getFileName().toString().replaceFirst("\\.log$", "") + ".pid");
    }

    static void write(Path file, ProcessHandle process) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, process.pid() + " " + startMillis(process).orElse(0L));
        } catch (IOException e) {
            log.debug("Could not write {}: {}", file, e.getMessage());
        }
    }

    static void stopLeftover(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            String[] fields = Files.readString(file).trim().split(" ");
            long pid = Long.parseLong(fields[0]);
            long started = Long.parseLong(fields[1]);
            ProcessHandle.of(pid)
                    .filter(p -> startMillis(p).map(millis -> millis == started).orElse(false))
                    .ifPresent(p -> {
                        log.warn("Stopping {} left over from an earlier run (pid {})", what, pid);
                        ProcessTree.stop(p, Duration.ofSeconds(20));
                    });
        } catch (IOException | RuntimeException e) {
            log.debug("Ignoring unreadable {}: {}", file, e.getMessage());
        }
        delete(file);
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.debug("Could not delete {}: {}", file, e.getMessage());
        }
    }

    private static Optional<Long> startMillis(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli);
    }
}
