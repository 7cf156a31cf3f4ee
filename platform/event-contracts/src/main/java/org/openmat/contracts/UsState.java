package org.openmat.contracts;

import java.util.Arrays;
import java.util.Optional;

/**
 * US states, DC and the inhabited territories: where a patient is decides licensure and the PDMP to check, so every
 * service uses this one code set (USPS two-letter codes, as on the wire).
 */
public enum UsState {
    AL, AK, AZ, AR, CA, CO, CT, DE, FL, GA, HI, ID, IL, IN, IA, KS, KY, LA, ME, MD, MA, MI, MN, MS, MO, MT, NE, NV, NH,
    NJ, NM, NY, NC, ND, OH, OK, OR, PA, RI, SC, SD, TN, TX, UT, VT, VA, WA, WV, WI, WY, DC, PR, GU, VI, AS, MP;

    /** The state for a two-letter code, ignoring case; empty for anything else. */
    public static Optional<UsState> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(state -> state.name().equalsIgnoreCase(code.trim())).findFirst();
    }
}
