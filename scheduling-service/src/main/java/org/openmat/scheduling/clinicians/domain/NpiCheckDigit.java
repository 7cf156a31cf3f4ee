package org.openmat.scheduling.clinicians.domain;

/**
 * National Provider Identifier: ten digits whose last is a Luhn check digit computed over the card-issuer prefix
 * 80840 followed by the first nine digits (CMS, "NPI check digit").
 */
public final class NpiCheckDigit {

    private static final String ISSUER_PREFIX = "80840";

    private NpiCheckDigit() {
    }

    public static boolean isValid(String npi) {
        if (npi == null || !npi.matches("\\d{10}")) {
            return false;
        }
        String digits = ISSUER_PREFIX + npi;
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                digit = digit > 9 ? digit - 9 : digit;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
