package org.openmat.baselines;

/**
 * Where and how much to measure. {@code poolSize} is the services' JDBC pool size (HikariCP's default, 10), used as
 * both pool and thread count, so the insert baseline has the same concurrency a service can reach.
 */
public record BaselineSettings(String jdbcUrl, String username, String password, int poolSize, int inserts,
        String kafkaBootstrapServers, int roundTrips, int burstMessages) {

    /** The run command's PostgreSQL and Kafka on their documented ports. */
    public static BaselineSettings localStackDefaults() {
        return new BaselineSettings("jdbc:postgresql://localhost:15432/postgres", "postgres", "postgres", 10, 20_000,
                "localhost:9092", 2_000, 20_000);
    }

    public BaselineSettings withJdbc(String url, String user, String pass) {
        return new BaselineSettings(url, user, pass, poolSize, inserts, kafkaBootstrapServers, roundTrips,
                burstMessages);
    }

    public BaselineSettings withKafka(String bootstrapServers) {
        return new BaselineSettings(jdbcUrl, username, password, poolSize, inserts, bootstrapServers, roundTrips,
                burstMessages);
    }

    public BaselineSettings withSizes(int inserts, int roundTrips, int burstMessages) {
        return new BaselineSettings(jdbcUrl, username, password, poolSize, inserts, kafkaBootstrapServers, roundTrips,
                burstMessages);
    }
}
