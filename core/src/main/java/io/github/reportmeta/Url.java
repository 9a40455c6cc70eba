package io.github.reportmeta;

import io.github.reportmeta.validation.NoBidiControls;
import io.github.reportmeta.validation.Strict;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * An absolute {@code http} or {@code https} address that identifies a report.
 *
 * @param value the address
 */
@NoBidiControls(groups = Strict.class)
public record Url(String value) implements Identifier {

    /** A letter or digit: may begin, continue and end a host name's label. */
    private static final byte ALPHANUM = 1;

    /** May stand in a path unescaped ({@code pchar}, {@code ;} and {@code /} of RFC 2396). */
    private static final byte PATH = 2;

    /** May stand in a query or fragment unescaped ({@code uric} of RFC 2396 without {@code [ ]}). */
    private static final byte URIC = 4;

    /** The classes above of each ASCII character. */
    private static final byte[] CLASSES = new byte[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            CLASSES[c] = ALPHANUM | PATH | URIC;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            CLASSES[c] = ALPHANUM | PATH | URIC;
            CLASSES[Character.toUpperCase(c)] = ALPHANUM | PATH | URIC;
        }
        // RFC 2396's "mark" and the reserved characters a path may hold unescaped.
        for (char c : "-_.!~*'():@&=+$,;/".toCharArray()) {
            CLASSES[c] = PATH | URIC;
        }
        CLASSES['?'] = URIC;
    }

    /** Checks that the value is an absolute http or https URI with a host. */
    public Url {
        Objects.requireNonNull(value, "value");
        if (!isWebAddress(value)) {
            throw new InvalidValueException("URL must be an absolute http or https address", value);
        }
    }

    /**
     * Parses a web address.
     *
     * @param text the address
     * @return the URL
     */
    public static Url parse(CharSequence text) {
        return new Url(text.toString().strip());
    }

    /**
     * The address as a {@link URI}.
     *
     * @return the URI
     */
    public URI toUri() {
        return URI.create(value);
    }

    /**
     * Whether text is an absolute http or https URI with a host.
     *
     * <p>The decision is {@link URI}'s (RFC 2396 as the JDK parses it); the usual address is recognised without
     * building one.
     *
     * @param text the text to check
     * @return true for a web address
     */
    public static boolean isWebAddress(String text) {
        return isPlainWebAddress(text) || isWebAddressByUri(text);
    }

    /** Whether {@link URI} parses the text as an absolute http or https URI with a host. */
    private static boolean isWebAddressByUri(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            return scheme != null
                    && (scheme.toLowerCase(Locale.ROOT).equals("http") || scheme.toLowerCase(Locale.ROOT).equals("https"))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * Whether text is a web address of the plain form, which {@link URI} accepts with a host: {@code http} or
     * {@code https} in any case, {@code ://}, a host name whose labels are letters, digits and inner hyphens and
     * whose last label begins with a letter (so that it is no IPv4 address), an optional trailing dot, an optional
     * port of at most nine digits (or none after the colon), then a path, a query and a fragment of ASCII
     * characters allowed there unescaped or escapes {@code %XX}.
     *
     * <p>False means "not of this form", not "no web address": anything else (user information, IPv6 and IPv4
     * literals, escapes in the authority, brackets, characters beyond ASCII, ...) is left to {@link URI}.
     *
     * @param text the text to check
     * @return true when the text is of the plain form
     */
    static boolean isPlainWebAddress(String text) {
        int n = text.length();
        if (n < 8 || (text.charAt(0) | 0x20) != 'h' || (text.charAt(1) | 0x20) != 't'
                || (text.charAt(2) | 0x20) != 't' || (text.charAt(3) | 0x20) != 'p') {
            return false;
        }
        int p = (text.charAt(4) | 0x20) == 's' ? 5 : 4;
        if (p + 3 > n || text.charAt(p) != ':' || text.charAt(p + 1) != '/' || text.charAt(p + 2) != '/') {
            return false;
        }
        p = host(text, p + 3, n);
        if (p < 0) {
            return false;
        }
        if (p < n && text.charAt(p) == ':') {
            int digits = ++p;
            while (p < n && isDigit(text.charAt(p))) {
                p++;
            }
            if (p - digits > 9 || (p < n && !isAuthorityEnd(text.charAt(p)))) {
                return false;
            }
        }
        p = run(text, p, n, PATH);
        if (p < n && text.charAt(p) == '?') {
            p = run(text, p + 1, n, URIC);
        }
        if (p < n && text.charAt(p) == '#') {
            p = run(text, p + 1, n, URIC);
        }
        return p == n;
    }

    /**
     * The end of the host name that starts at {@code start}, or -1 when there is none of the plain form or
     * anything but a port, a path, a query, a fragment or the end follows it.
     */
    private static int host(String text, int start, int n) {
        int p = start;
        int last = -1;
        while (p < n && is(text.charAt(p), ALPHANUM)) {
            last = p;
            p++;
            while (p < n && (is(text.charAt(p), ALPHANUM) || text.charAt(p) == '-')) {
                p++;
            }
            if (text.charAt(p - 1) == '-') {
                return -1;
            }
            if (p < n && text.charAt(p) == '.') {
                p++;
            } else {
                break;
            }
        }
        if (last < 0 || isDigit(text.charAt(last))) {
            return -1;
        }
        if (p < n && text.charAt(p) != ':' && !isAuthorityEnd(text.charAt(p))) {
            return -1;
        }
        return p;
    }

    /**
     * The end of the characters of a class, or of escapes {@code %XX}, from {@code start}: the first other
     * character, or the end.
     */
    private static int run(String text, int start, int n, byte characters) {
        int p = start;
        while (p < n) {
            char c = text.charAt(p);
            if (is(c, characters)) {
                p++;
            } else if (c == '%' && p + 2 < n && isHex(text.charAt(p + 1)) && isHex(text.charAt(p + 2))) {
                p += 3;
            } else {
                break;
            }
        }
        return p;
    }

    private static boolean is(char c, byte characters) {
        return c < 128 && (CLASSES[c] & characters) != 0;
    }

    /** Whether the character ends an authority: {@code /}, {@code ?} or {@code #}. */
    private static boolean isAuthorityEnd(char c) {
        return c == '/' || c == '?' || c == '#';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(char c) {
        return isDigit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
    }

    @Override
    public String toString() {
        return value;
    }
}
