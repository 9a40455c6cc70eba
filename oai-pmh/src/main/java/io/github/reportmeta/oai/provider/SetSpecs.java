package io.github.reportmeta.oai.provider;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The {@code setSpec} of a series, derived from its name alone so that it is the same in every edition: the
 * name's ASCII letters and digits in lower case, accents removed, every other run of characters a hyphen, at
 * most 48 characters; then a hyphen and the first 8 hexadecimal digits of the SHA-256 of the name in UTF-8. A
 * name without ASCII letters or digits ("研究报告") gives {@code series-} and the digits.
 */
final class SetSpecs {

    /** The syntax of a {@code setSpec} in OAI-PMH.xsd. */
    static final Pattern SYNTAX = Pattern.compile("[A-Za-z0-9\\-_.!~*'()]+(:[A-Za-z0-9\\-_.!~*'()]+)*");

    private static final int MAX_SLUG = 48;

    private SetSpecs() {}

    static String of(String series) {
        String folded = Normalizer.normalize(series, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        boolean gap = false;
        for (int i = 0; i < folded.length() && slug.length() < MAX_SLUG; i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(c);
                gap = false;
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                gap = true;
            }
        }
        String digest = HexFormat.of().formatHex(sha256(series.getBytes(StandardCharsets.UTF_8)), 0, 4);
        return (slug.length() == 0 ? "series" : slug.toString()) + "-" + digest;
    }

    static byte[] sha256(byte[] bytes) {
        return digest().digest(bytes);
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
