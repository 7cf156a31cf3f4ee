package org.openmat.baselines;

import java.util.Arrays;
import java.util.Iterator;

/**
 * {@code ./mvnw -q -pl physical-baselines compile exec:java -Dexec.args="--jdbc-url ... --kafka ..."}; without arguments it
 * measures the run command's PostgreSQL (port 15432) and Kafka (port 9092).
 */
public final class PhysicalBaselinesMain {

    private PhysicalBaselinesMain() {
    }

    public static void main(String[] args) {
        PhysicalBaselines.measure(parse(args)).print(System.out);
    }

    static BaselineSettings parse(String[] args) {
        BaselineSettings settings = BaselineSettings.localStackDefaults();
        String url = settings.jdbcUrl();
        String user = settings.username();
        String password = settings.password();
        String kafka = settings.kafkaBootstrapServers();
        int inserts = settings.inserts();
        int roundTrips = settings.roundTrips();
        int burst = settings.burstMessages();
        for (Iterator<String> it = Arrays.asList(args).iterator(); it.hasNext(); ) {
            String flag = it.next();
            if (!it.hasNext()) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            String value = it.next();
            switch (flag) {
                case "--jdbc-url" -> url = value;
                case "--jdbc-user" -> user = value;
                case "--jdbc-password" -> password = value;
                case "--kafka" -> kafka = value;
                case "--inserts" -> inserts = Integer.parseInt(value);
                case "--round-trips" -> roundTrips = Integer.parseInt(value);
                case "--burst" -> burst = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("Unknown option " + flag
                        + " (known: --jdbc-url --jdbc-user --jdbc-password --kafka --inserts --round-trips --burst)");
            }
        }
        return settings.withJdbc(url, user, password).withKafka(kafka).withSizes(inserts, roundTrips, burst);
    }
}
