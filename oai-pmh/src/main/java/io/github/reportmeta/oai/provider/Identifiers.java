package io.github.reportmeta.oai.provider;

import io.github.reportmeta.ReportId;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The OAI identifiers of reports: {@code oai:<repositoryIdentifier>:<report id>}, as the {@code oai-identifier}
 * scheme has them. The report id is written in UTF-8, each byte outside the characters the scheme allows
 * ({@code A-Z a-z 0-9 - _ . ! ~ * ' ( ) ; / ? : @ & = + $ ,}) percent-encoded in upper case, {@code %} included.
 */
final class Identifiers {

    /** A repository identifier as the {@code oai-identifier} scheme defines it: a domain name. */
    static final Pattern REPOSITORY = Pattern.compile("[a-zA-Z][a-zA-Z0-9\\-]*(\\.[a-zA-Z][a-zA-Z0-9\\-]*)+");

    private static final String KEPT = "-_.!~*'();/?:@&=+$,";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final String prefix;

    Identifiers(String repositoryIdentifier) {
        if (!REPOSITORY.matcher(repositoryIdentifier).matches()) {
            throw new IllegalArgumentException("a repository identifier must be a domain name such as "
                    + "'reports.example.org', but was '" + repositoryIdentifier + "'");
        }
        this.prefix = "oai:" + repositoryIdentifier + ":";
    }

    String of(ReportId id) {
        StringBuilder b = new StringBuilder(prefix);
        for (byte x : id.value().getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (x & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || KEPT.indexOf(c) >= 0) {
                b.append(c);
            } else {
                b.append('%').append(HEX[(x >> 4) & 0xf]).append(HEX[x & 0xf]);
            }
        }
        return b.toString();
    }

    /** The report id in an identifier, or empty when the identifier is not one of this repository's. */
    Optional<String> reportId(String identifier) {
        if (!identifier.startsWith(prefix) || identifier.length() == prefix.length()) {
            return Optional.empty();
        }
        return percentDecoded(identifier.substring(prefix.length()));
    }

    /** Decodes percent escapes into strict UTF-8, or empty when an escape or the UTF-8 is malformed. */
    static Optional<String> percentDecoded(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(text.charAt(i + 1), 16);
                int lo = Character.digit(text.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.write(hi << 4 | lo);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                    raw = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.write(raw, 0, raw.length);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
