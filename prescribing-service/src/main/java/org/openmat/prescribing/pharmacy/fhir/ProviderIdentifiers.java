package org.openmat.prescribing.pharmacy.fhir;

/** Format and check-digit tests for the identifiers a pharmacy will reject if malformed. */
final class ProviderIdentifiers {

    /** The NPI check digit is a Luhn digit over the ISO card-issuer prefix 80840 followed by the first nine digits. */
    private static final String NPI_LUHN_PREFIX = "80840";

    private ProviderIdentifiers() {
    }

    static String requireNpi(String npi, String what) {
        if (npi == null || !npi.matches("\\d{10}") || !luhnValid(NPI_LUHN_PREFIX + npi)) {
            throw new IllegalArgumentException(what + " is not a valid NPI: " + npi);
        }
        return npi;
    }

    /** Two letters (registrant type, then the registrant's initial or 9) and seven digits, the last a check digit. */
    static String requireDeaNumber(String dea) {
        if (dea == null || !dea.matches("[A-Z][A-Z9]\\d{7}")) {
            throw new IllegalArgumentException("not a DEA number: " + dea);
        }
        int[] d = dea.substring(2).chars().map(c -> c - '0').toArray();
        int sum = d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5]);
        if (sum % 10 != d[6]) {
            throw new IllegalArgumentException("DEA number check digit does not match: " + dea);
        }
        return dea;
    }

    static String requireNcpdpId(String ncpdpId) {
        if (ncpdpId == null || !ncpdpId.matches("\\d{7}")) {
            throw new IllegalArgumentException("an NCPDP provider id has seven digits: " + ncpdpId);
        }
        return ncpdpId;
    }

    private static boolean luhnValid(String digits) {
        int sum = 0;
        boolean doubleIt = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubleIt) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }
}
