package io.github.reportmeta;

/** The check-digit algorithms of the identifiers in the model. */
final class CheckDigits {

    private CheckDigits() {}

    /**
     * Whether the last of the characters is the ISO 7064 MOD 11-2 check character of the digits before it,
     * as ORCID and ISNI use it.
     */
    static boolean iso7064Mod11_2(CharSequence digitsAndCheck) {
        int total = 0;
        int last = digitsAndCheck.length() - 1;
        for (int i = 0; i < last; i++) {
            total = (total + (digitsAndCheck.charAt(i) - '0')) * 2;
        }
        int result = (12 - total % 11) % 11;
        char expected = result == 10 ? 'X' : (char) ('0' + result);
        return Character.toUpperCase(digitsAndCheck.charAt(last)) == expected;
    }

    /** Whether ten characters are an ISBN-10 whose weighted sum is divisible by 11. */
    static boolean isbn10(CharSequence chars) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            char c = chars.charAt(i);
            int digit = (i == 9 && (c == 'X' || c == 'x')) ? 10 : c - '0';
            sum += digit * (10 - i);
        }
        return sum % 11 == 0;
    }

    /** Whether thirteen digits are an EAN-13 whose alternately weighted sum is divisible by 10. */
    static boolean ean13(CharSequence digits) {
        int sum = 0;
        for (int i = 0; i < 13; i++) {
            sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return sum % 10 == 0;
    }

    /** Whether eight characters are an ISSN whose weighted sum is divisible by 11. */
    static boolean issn(CharSequence chars) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = chars.charAt(i);
            int digit = (i == 7 && (c == 'X' || c == 'x')) ? 10 : c - '0';
            sum += digit * (8 - i);
        }
        return sum % 11 == 0;
    }
}
