package org.openmat.scheduling.availability.domain;

import static org.openmat.contracts.UsState.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

import org.openmat.contracts.UsState;

/**
 * The civil date in a state for licensure: a licence is valid through its expiry date as the state's licensing board
 * counts days, on the clock of the state capital. Using the state's clock, not the patient's or the clinician's,
 * lets search and booking decide the same way for the same visit.
 */
public final class StateCalendars {

    private static final ZoneId EASTERN = ZoneId.of("America/New_York");
    private static final ZoneId CENTRAL = ZoneId.of("America/Chicago");
    private static final ZoneId MOUNTAIN = ZoneId.of("America/Denver");
    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");
    private static final Map<UsState, ZoneId> CAPITAL_ZONES = new EnumMap<>(UsState.class);

    static {
        for (UsState state : new UsState[] {CT, DE, FL, GA, KY, ME, MD, MA, NH, NJ, NY, NC, OH, PA, RI, SC, VT, VA,
                WV, DC}) {
            CAPITAL_ZONES.put(state, EASTERN);
        }
        for (UsState state : new UsState[] {AL, AR, IL, IA, KS, LA, MN, MS, MO, NE, ND, OK, SD, TN, TX, WI}) {
            CAPITAL_ZONES.put(state, CENTRAL);
        }
        for (UsState state : new UsState[] {CO, MT, NM, UT, WY}) {
            CAPITAL_ZONES.put(state, MOUNTAIN);
        }
        for (UsState state : new UsState[] {CA, NV, OR, WA}) {
            CAPITAL_ZONES.put(state, PACIFIC);
        }
        CAPITAL_ZONES.put(MI, ZoneId.of("America/Detroit"));
        CAPITAL_ZONES.put(IN, ZoneId.of("America/Indiana/Indianapolis"));
        CAPITAL_ZONES.put(ID, ZoneId.of("America/Boise"));
        CAPITAL_ZONES.put(AZ, ZoneId.of("America/Phoenix"));
        CAPITAL_ZONES.put(AK, ZoneId.of("America/Juneau"));
        CAPITAL_ZONES.put(HI, ZoneId.of("Pacific/Honolulu"));
        CAPITAL_ZONES.put(PR, ZoneId.of("America/Puerto_Rico"));
        CAPITAL_ZONES.put(VI, ZoneId.of("America/St_Thomas"));
        CAPITAL_ZONES.put(GU, ZoneId.of("Pacific/Guam"));
        CAPITAL_ZONES.put(MP, ZoneId.of("Pacific/Saipan"));
        CAPITAL_ZONES.put(AS, ZoneId.of("Pacific/Pago_Pago"));
    }

    private StateCalendars() {
    }

    public static ZoneId zoneOf(UsState state) {
        return CAPITAL_ZONES.get(state);
    }

    /** The last date in the state that a visit touches: a licence must hold through it for the whole visit. */
    public static LocalDate lastDateOf(TimeRange visit, UsState state) {
        return visit.end().minusNanos(1).atZone(zoneOf(state)).toLocalDate();
    }
}
