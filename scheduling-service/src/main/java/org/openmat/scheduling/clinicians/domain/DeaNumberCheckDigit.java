package org.openmat.scheduling.clinicians.domain;

/**
 * DEA registration number: two letters (registrant type, then usually the registrant's surname initial) and seven
 * digits, the last being the check digit: the sum of digits 1, 3 and 5 plus twice the sum of digits 2, 4 and 6 ends
 * in it.
 */
public final class DeaNumberCheckDigit {

    private DeaNumberCheckDigit() {
    }

    public static boolean isValid(String number) {
        if (number == null || !number.matches("[A-Za-z]{2}\\d{7}")) {
            return false;
        }
        int[] d = number.substring(2).chars().map(c -> c - '0').toArray();
        int sum = d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5]);
        return sum % 10 == d[6];
    }
}
