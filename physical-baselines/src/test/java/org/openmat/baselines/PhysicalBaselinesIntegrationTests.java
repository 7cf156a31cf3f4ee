package org.openmat.baselines;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openmat.testsupport.RealKafka;
import org.openmat.testsupport.RealPostgres;

/** The harness measures what it says on a real PostgreSQL and a real broker; the figures themselves go to the docs. */
class PhysicalBaselinesIntegrationTests {

    @Test
    void measuresEveryInsertAndEveryRecordItWasAskedFor() {
        RealPostgres postgres = RealPostgres.instance();
        String jdbcUrl = postgres.createDatabase("baselines");
        BaselineSettings settings = BaselineSettings.localStackDefaults()
                .withJdbc(jdbcUrl, postgres.username(), postgres.password())
                .withKafka(RealKafka.bootstrapServers())
                .withSizes(500, 50, 500);

        BaselineReport report = PhysicalBaselines.measure(settings);

        assertThat(report.jdbcInsert().operations()).isEqualTo(500);
        assertThat(report.kafkaOneAtATime().operations()).isEqualTo(50);
        assertThat(report.kafkaBurst().operations()).isEqualTo(500);
        assertThat(report.all()).allSatisfy(m -> {
            assertThat(m.perSecond()).isPositive();
            assertThat(m.p50Millis()).isPositive().isLessThanOrEqualTo(m.p99Millis());
        });
    }
}
