package org.openmat.intake.screening.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The phone number forms intake accepts: E.164 ({@code +12125550142}) or a US 10-digit number, optionally written
 * with spaces, dashes, dots or parentheses ({@code (212) 555-0142}).
 */
public final class PhoneNumbers {

    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{1,14}");
    private static final Pattern US_WRITTEN = Pattern.compile("[\\d\\s().-]+");
    private static final Pattern US_SEPARATORS = Pattern.compile("[\\s().-]");
    // NANP: neither the area code nor the exchange starts with 0 or 1.
    private static final Pattern US_TEN_DIGITS = Pattern.compile("[2-9]\\d{2}[2-9]\\d{6}");

    private PhoneNumbers() {
    }

    public static boolean isValid(String phone) {
        return toE164(phone).isPresent();
    }

    /** The number in E.164 form, or empty when it is in neither accepted form. */
    public static Optional<String> toE164(String phone) {
        if (phone == null) {
            return Optional.empty();
        }
        String trimmed = phone.strip();
        if (E164.matcher(trimmed).matches()) {
            return Optional.of(trimmed);
        }
        if (!US_WRITTEN.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        String digits = US_SEPARATORS.matcher(trimmed).replaceAll("");
        return US_TEN_DIGITS.matcher(digits).matches() ? Optional.of("+1" + digits) : Optional.empty();
    }
}
