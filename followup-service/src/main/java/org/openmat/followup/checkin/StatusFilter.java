package org.openmat.followup.checkin;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.openmat.followup.checkin.domain.CheckInStatus;

/**
 * SQL for "status as of now" over {@code check_in c}: a pending row whose window has closed counts as overdue, so
 * lists never wait for the dispatcher's next pass.
 */
public final class StatusFilter {

    private StatusFilter() {
    }

    public static String sql(CheckInStatus status) {
        return switch (status) {
            case PENDING -> "(c.status = 'PENDING' AND c.window_closes_at > ?)";
            case OVERDUE -> "(c.status = 'OVERDUE' OR (c.status = 'PENDING' AND c.window_closes_at <= ?))";
            case COMPLETED -> "(c.status = 'COMPLETED')";
            case CANCELLED -> "(c.status = 'CANCELLED')";
        };
    }

    public static List<Object> args(CheckInStatus status, Instant now) {
        return status == CheckInStatus.PENDING || status == CheckInStatus.OVERDUE
                ? List.of(Timestamp.from(now)) : List.of();
    }
}
