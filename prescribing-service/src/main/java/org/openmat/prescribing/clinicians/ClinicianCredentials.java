package org.openmat.prescribing.clinicians;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.openmat.contracts.UsState;
import org.openmat.contracts.scheduling.v1.ClinicianProfileChanged;
import org.openmat.prescribing.catalogue.DeaSchedule;
import org.openmat.prescribing.rules.DeaRegistration;
import org.openmat.prescribing.rules.PrescriberCredentials;
import org.openmat.prescribing.rules.StateLicence;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Replica of clinicians' NPI, state licences and DEA registrations. Each event is a full snapshot: the newest replaces
 * the credentials, an older one arriving late changes nothing.
 */
@Component
public class ClinicianCredentials {

    private final JdbcTemplate jdbc;

    ClinicianCredentials(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void changed(ClinicianProfileChanged event) {
        int applied = jdbc.update("""
                INSERT INTO clinician (clinician_id, subject, npi, active, as_of) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (clinician_id) DO UPDATE SET subject = excluded.subject, npi = excluded.npi,
                    active = excluded.active, as_of = excluded.as_of
                WHERE clinician.as_of <= excluded.as_of""",
                event.clinicianId(), event.clinicianSubject(), event.npi(), event.active(),
                Timestamp.from(event.occurredAt()));
        if (applied == 0) {
            return;
        }
        jdbc.update("DELETE FROM clinician_licence WHERE clinician_id = ?", event.clinicianId());
        jdbc.update("DELETE FROM clinician_dea_registration WHERE clinician_id = ?", event.clinicianId());
        event.licences().forEach(licence -> jdbc.update(
                "INSERT INTO clinician_licence (clinician_id, state, number, expires_on) VALUES (?, ?, ?, ?)",
                event.clinicianId(), licence.state(), licence.number(), date(licence.expiresOn())));
        event.deaRegistrations().forEach(dea -> jdbc.update("""
                INSERT INTO clinician_dea_registration (clinician_id, state, number, schedule_iii, expires_on)
                VALUES (?, ?, ?, ?, ?)""",
                event.clinicianId(), dea.state(), dea.number(), dea.scheduleIII(), date(dea.expiresOn())));
    }

    public Optional<KnownPrescriber> find(UUID clinicianId) {
        return jdbc.query("SELECT npi, active FROM clinician WHERE clinician_id = ?",
                (rs, row) -> new KnownPrescriber(clinicianId, rs.getString("npi"), rs.getBoolean("active"),
                        new PrescriberCredentials(licences(clinicianId), deaRegistrations(clinicianId))),
                clinicianId).stream().findFirst();
    }

    // Scheduling announces expiry dates only; a licence without one is open-ended. Unknown state codes are skipped.
    private List<StateLicence> licences(UUID clinicianId) {
        return jdbc.query("SELECT state, number, expires_on FROM clinician_licence WHERE clinician_id = ?",
                (rs, row) -> {
                    String number = rs.getString("number");
                    LocalDate until = until(rs.getDate("expires_on"));
                    return UsState.fromCode(rs.getString("state"))
                            .map(state -> new StateLicence(state, number, LocalDate.MIN, until));
                },
                clinicianId).stream().flatMap(Optional::stream).toList();
    }

    private List<DeaRegistration> deaRegistrations(UUID clinicianId) {
        return jdbc.query("""
                SELECT state, number, schedule_iii, expires_on FROM clinician_dea_registration WHERE clinician_id = ?""",
                (rs, row) -> {
                    String number = rs.getString("number");
                    Set<DeaSchedule> schedules = rs.getBoolean("schedule_iii")
                            ? EnumSet.of(DeaSchedule.III) : EnumSet.noneOf(DeaSchedule.class);
                    LocalDate until = until(rs.getDate("expires_on"));
                    return UsState.fromCode(rs.getString("state"))
                            .map(state -> new DeaRegistration(number, state, schedules, LocalDate.MIN, until));
                },
                clinicianId).stream().flatMap(Optional::stream).toList();
    }

    private static LocalDate until(Date expiresOn) {
        return expiresOn == null ? LocalDate.MAX : expiresOn.toLocalDate();
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
