package org.openmat.simulator.cohort;

/** Check-digit-valid NPI and DEA numbers for synthetic clinicians (the scheduling API validates both). */
public final class ProviderNumbers {

    private ProviderNumbers() {
    }

    /** Ten digits: {@code base} (nine digits, first non-zero) and the Luhn digit over the prefix 80840. */
    public static String npi(int base) {
        if (base < 100_000_000 || base > 999_999_999) {
            throw new IllegalArgumentException("an NPI base has nine digits");
        }
        String digits = "80840" + base;
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                digit = digit > 9 ? digit - 9 : digit;
            }
            sum += digit;
        }
        return base + Integer.toString((10 - sum % 10) % 10);
    }

    /** {@code B} (practitioner), the surname initial, six digits of {@code serial} and the DEA check digit. */
    public static String dea(char surnameInitial, int serial) {
        String six = "%06d".formatted(Math.floorMod(serial, 1_000_000));
        int[] d = six.chars().map(c -> c - '0').toArray();
        int check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10;
        return "B" + Character.toUpperCase(surnameInitial) + six + check;
    }
}
