package org.openmat.platform.patients;

import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.Location;
import org.openmat.platform.messaging.EventInbox;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Opt-in ({@code openmat.patient-replica.enabled=true}): the replica's table, its listener and its query bean. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "openmat.patient-replica.enabled", havingValue = "true")
class PatientReplicaConfiguration {

    @Bean
    FlywayConfigurationCustomizer patientReplicaMigrations() {
        return configuration -> {
            List<Location> locations = new ArrayList<>(List.of(configuration.getLocations()));
            locations.add(new Location("classpath:db/patient-replica"));
            configuration.locations(locations.toArray(Location[]::new));
        };
    }

    @Bean
    PatientReplica patientReplica(JdbcTemplate jdbc) {
        return new PatientReplica(jdbc);
    }

    @Bean
    PatientReplicaListener patientReplicaListener(EventInbox inbox, PatientReplica replica) {
        return new PatientReplicaListener(inbox, replica);
    }
}
