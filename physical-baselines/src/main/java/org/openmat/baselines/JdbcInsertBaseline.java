package org.openmat.baselines;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.HdrHistogram.Histogram;

/**
 * Single-row INSERTs, each its own committed transaction, from as many threads as the pool has connections: the most a
 * service's own writes could reach on this database.
 */
final class JdbcInsertBaseline {

    private JdbcInsertBaseline() {
    }

    static Measurement measure(BaselineSettings settings) {
        String table = "baseline_insert_" + UUID.randomUUID().toString().replace("-", "");
        try (HikariDataSource pool = pool(settings)) {
            execute(pool, "CREATE TABLE " + table
                    + " (id uuid PRIMARY KEY, patient_id uuid NOT NULL, payload text NOT NULL, created_at timestamptz NOT NULL)");
            try {
                insert(pool, table, 200, settings.poolSize());
                return timedInserts(pool, table, settings);
            } finally {
                execute(pool, "DROP TABLE " + table);
            }
        }
    }

    private static Measurement timedInserts(HikariDataSource pool, String table, BaselineSettings settings) {
        long started = System.nanoTime();
        List<Histogram> perThread = insert(pool, table, settings.inserts(), settings.poolSize());
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        Histogram all = Measurement.nanosHistogram();
        perThread.forEach(all::add);
        return Measurement.of("PostgreSQL single-row INSERT (pool " + settings.poolSize() + ")", all, elapsed);
    }

    private static List<Histogram> insert(HikariDataSource pool, String table, int total, int threads) {
        AtomicInteger remaining = new AtomicInteger(total);
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Histogram>> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                workers.add(executor.submit(() -> insertUntilDone(pool, table, remaining)));
            }
            List<Histogram> histograms = new ArrayList<>();
            for (Future<Histogram> worker : workers) {
                histograms.add(worker.get());
            }
            return histograms;
        } catch (Exception e) {
            throw new IllegalStateException("JDBC insert baseline failed", e);
        } finally {
            executor.shutdownNow();
        }
    }

    private static Histogram insertUntilDone(HikariDataSource pool, String table, AtomicInteger remaining)
            throws SQLException {
        Histogram latencies = Measurement.nanosHistogram();
        String sql = "INSERT INTO " + table + " (id, patient_id, payload, created_at) VALUES (?, ?, ?, now())";
        while (remaining.getAndDecrement() > 0) {
            long start = System.nanoTime();
            try (Connection connection = pool.getConnection();
                    PreparedStatement insert = connection.prepareStatement(sql)) {
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, UUID.randomUUID());
                insert.setString(3, "{\"kind\":\"baseline\",\"size\":\"about the size of an outbox row\"}");
                insert.executeUpdate();
            }
            latencies.recordValue(Math.max(System.nanoTime() - start, 1_000L));
        }
        return latencies;
    }

    private static HikariDataSource pool(BaselineSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.username());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(settings.poolSize());
        config.setPoolName("baseline");
        return new HikariDataSource(config);
    }

    private static void execute(HikariDataSource pool, String sql) {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run: " + sql, e);
        }
    }
}
