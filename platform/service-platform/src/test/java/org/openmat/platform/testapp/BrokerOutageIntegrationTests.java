package org.openmat.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openmat.testsupport.KafkaBrokerProcess;
import org.openmat.testsupport.RealInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/** The broker goes away while the service keeps committing; when it returns, every event arrives, each taking effect once. */
@SpringBootTest
@ContextConfiguration(initializers = BrokerOutageIntegrationTests.OnBrokerProcess.class)
class BrokerOutageIntegrationTests {

    static final KafkaBrokerProcess BROKER = KafkaBrokerProcess.start();

    static class OnBrokerProcess extends RealInfrastructure {
        @Override
        protected Map<String, Object> overrides() {
            return Map.of("spring.kafka.bootstrap-servers", BROKER.bootstrapServers());
        }
    }

    @Autowired Notes notes;
    @Autowired JdbcTemplate jdbc;

    @AfterAll
    static void stopBroker() {
        BROKER.close();
    }

    @Test
    void anEventCommittedWhileTheBrokerIsDownIsDeliveredOnceItIsBack() throws Exception {
        UUID patient = UUID.randomUUID();
        NoteWritten before = notes.write(patient, 1, "broker up");
        awaitReceivedOnce(before);

        BROKER.stop();
        NoteWritten during = notes.write(patient, 2, "broker down");
        Thread.sleep(3000);
        assertThat(pendingFor(patient)).as("kept in the outbox while the broker is down").isEqualTo(1);
        assertThat(received(during)).isZero();

        BROKER.startAgain();
        awaitReceivedOnce(during);
        await().atMost(Duration.ofSeconds(30)).until(() -> pendingFor(patient) == 0);
        Thread.sleep(1000);
        assertThat(received(during)).isEqualTo(1);
        assertThat(received(before)).isEqualTo(1);
    }

    private void awaitReceivedOnce(NoteWritten event) {
        await().atMost(Duration.ofSeconds(90)).until(() -> received(event) == 1);
    }

    private long received(NoteWritten event) {
        return jdbc.queryForObject("SELECT count(*) FROM received_note WHERE event_id = ?", Long.class, event.eventId());
    }

    private long pendingFor(UUID patient) {
        return jdbc.queryForObject("SELECT count(*) FROM outbox_event WHERE message_key = ?", Long.class, patient.toString());
    }
}
