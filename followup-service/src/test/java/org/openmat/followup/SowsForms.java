package org.openmat.followup;

import java.util.LinkedHashMap;
import java.util.Map;

import org.openmat.followup.checkin.domain.SowsItem;
import org.openmat.testsupport.HttpJson;

/** Answer bodies as a patient's app sends them. */
public final class SowsForms {

    private SowsForms() {
    }

    /** Sixteen ratings in item order. */
    public static String answer(boolean needHelpNow, String note, int... ratings) {
        Map<String, Object> byKey = new LinkedHashMap<>();
        SowsItem[] items = SowsItem.values();
        for (int i = 0; i < ratings.length; i++) {
            byKey.put(items[i].key(), ratings[i]);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ratings", byKey);
        body.put("note", note);
        body.put("needHelpNow", needHelpNow);
        return HttpJson.json(body);
    }

    /** Withdrawal items 1-15 all {@code each}, craving {@code craving}. */
    public static String uniform(int each, int craving) {
        int[] ratings = new int[16];
        java.util.Arrays.fill(ratings, each);
        ratings[15] = craving;
        return answer(false, null, ratings);
    }

    /** A withdrawal subtotal spread over items 1-15 (at most 60), plus craving. */
    public static String withSubtotal(int subtotal, int craving) {
        int[] ratings = new int[16];
        for (int i = 0; i < 15 && subtotal > 0; i++) {
            ratings[i] = Math.min(4, subtotal);
            subtotal -= ratings[i];
        }
        ratings[15] = craving;
        return answer(false, null, ratings);
    }
}
