package io.github.reportmeta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Url#isWebAddress} decides exactly what {@link URI} decides, with or without building one. */
class UrlTest {

    /** The decision before the plain form was recognised by hand: a {@link URI} for every address. */
    static boolean decisionOfUri(String text) {
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

    /** Holds both checks to the decision of {@link URI}, and returns that decision. */
    static boolean assertSameDecisionAsUri(String text, String context) {
        boolean expected = decisionOfUri(text);
        // Messages are built only on a failure: the generated cases are many.
        if (Url.isWebAddress(text) != expected) {
            fail("%s: isWebAddress(\"%s\") is %s, URI says %s", context, escaped(text), !expected, expected);
        }
        if (Url.isPlainWebAddress(text) && !expected) {
            fail("%s: \"%s\" taken as plain, but URI refuses it", context, escaped(text));
        }
        return expected;
    }

    /** The text with every character beyond printable ASCII written as a Java escape, for messages. */
    static String escaped(String text) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                s.append(c);
            } else {
                s.append(String.format("\\u%04x", (int) c));
            }
        }
        return s.toString();
    }

    @Nested
    class TheUsualAddresses {
        @ParameterizedTest
        @ValueSource(strings = {
                "https://reports.example.org/2018/3-215-7",
                "https://reports.example.org/2018/3-215-7.pdf",
                "http://www.drc.gov.cn/report/1.html?a=1&b=2",
                "https://creativecommons.org/licenses/by/4.0/",
                "https://doi.org/10.5555/syn.42.7",
                "HTTPS://Example.ORG:8443/a;b/c?x=%41#top",
                "https://localhost",
                "https://example.org.",
                "https://example.org:/"})
        void areRecognisedWithoutAUri(String text) {
            assertThat(Url.isPlainWebAddress(text)).isTrue();
            assertThat(decisionOfUri(text)).isTrue();
        }

        @Test
        void constructionAcceptsAWebAddressAndRefusesOtherText() {
            assertThat(new Url("https://example.org/a").value()).isEqualTo("https://example.org/a");
            assertThat(new Url("https://[::1]:8080/").toUri().getHost()).isEqualTo("[::1]");
            assertThatThrownBy(() -> new Url("https://example.org/a b"))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("URL must be an absolute http or https address, but was 'https://example.org/a b'");
        }
    }

    @Nested
    class TheProjectsFixtures {
        @Test
        void everyAddressInTheFixturesIsDecidedAsUriDecidesIt() throws IOException {
            List<String> addresses = fixtureAddresses();
            int plain = 0;
            for (String address : addresses) {
                assertSameDecisionAsUri(address, "fixture");
                plain += Url.isPlainWebAddress(address) ? 1 : 0;
            }
            assertThat(addresses).hasSizeGreaterThan(1_000);
            assertThat(plain).as("addresses of the plain form").isGreaterThan(addresses.size() * 9 / 10);
        }

        /** The addresses grepped from the test resources of every module (see the file's README). */
        private List<String> fixtureAddresses() throws IOException {
            try (InputStream in = Objects.requireNonNull(
                    UrlTest.class.getResourceAsStream("/urls/fixture-addresses.txt"), "fixture-addresses.txt")) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            }
        }
    }

    @Nested
    class EdgesOfUrisGrammar {
        @ParameterizedTest(name = "\"{0}\" is a web address: {1}")
        @MethodSource("io.github.reportmeta.UrlTest#edges")
        void isDecidedAsUriDecidesIt(String text, boolean webAddress) {
            assertThat(decisionOfUri(text)).as("URI's decision, as found on JDK 17").isEqualTo(webAddress);
            assertSameDecisionAsUri(text, "edge");
        }
    }

    static Stream<Arguments> edges() {
        return Stream.of(
                // The scheme: http or https in any case, then "//" and an authority.
                Arguments.of("HTTP://EXAMPLE.ORG/", true),
                Arguments.of("hTtPs://Example.Org", true),
                Arguments.of("ftp://example.org/", false),
                Arguments.of("http+s://example.org/", false),
                Arguments.of("httpx://example.org/", false),
                Arguments.of("https ://example.org/", false),
                Arguments.of(" https://example.org/", false),
                Arguments.of("http:/example.org/", false),
                Arguments.of("http:example.org", false),
                Arguments.of("http//example.org", false),
                Arguments.of("http://", false),
                Arguments.of("http:///path", false),
                Arguments.of("http://?q", false),
                Arguments.of("http://#f", false),
                Arguments.of("https://:80/", false),
                Arguments.of("mailto:someone@example.org", false),
                Arguments.of("/relative/path", false),
                Arguments.of("example.org", false),
                // Host names: labels of letters, digits and inner hyphens; the last begins with a letter.
                Arguments.of("https://example.org.", true),
                Arguments.of("https://example.org./x", true),
                Arguments.of("https://example..org/", false),
                Arguments.of("https://.example.org/", false),
                Arguments.of("https://-example.org/", false),
                Arguments.of("https://example-.org/", false),
                Arguments.of("https://example.org-/", false),
                Arguments.of("https://ex--ample.org/", true),
                Arguments.of("https://xn--bcher-kva.example/", true),
                Arguments.of("https://a/", true),
                Arguments.of("https://a.b.c.d.e.f.g/", true),
                Arguments.of("https://1a.example/", true),
                Arguments.of("https://example.1a/", false),
                Arguments.of("https://ex_ample.org/", false),
                Arguments.of("https://ex~ample.org/", false),
                Arguments.of("https://ex$ample.org/", false),
                Arguments.of("https://ex%41mple.org/", false),
                Arguments.of("https://ex ample.org/", false),
                Arguments.of("https:// example.org/", false),
                // A single label of digits is a host name; four numbers of at most 255 an IPv4 address.
                Arguments.of("https://123/", true),
                Arguments.of("https://999/", true),
                Arguments.of("https://1.2.3.4/", true),
                Arguments.of("https://1.2.3.4:80/", true),
                Arguments.of("https://01.02.03.004/", true),
                Arguments.of("https://1.2.3.4./", false),
                Arguments.of("https://1.2.3/", false),
                Arguments.of("https://1.2.3.4.5/", false),
                Arguments.of("https://256.1.1.1/", false),
                Arguments.of("https://1.2.3.4a/", false),
                // Ports: digits that fit an int, or none at all.
                Arguments.of("https://localhost:8080/", true),
                Arguments.of("https://example.org:", true),
                Arguments.of("https://example.org:/", true),
                Arguments.of("https://example.org:65536/", true),
                Arguments.of("https://example.org:2147483647/", true),
                Arguments.of("https://example.org:2147483648/", false),
                Arguments.of("https://example.org:99999999999/", false),
                Arguments.of("https://example.org::80/", false),
                Arguments.of("https://example.org:80:80/", false),
                Arguments.of("https://example.org:8a/", false),
                Arguments.of("https://example.org:-1/", false),
                // User information.
                Arguments.of("https://user@example.org/", true),
                Arguments.of("https://user:pass@example.org/", true),
                Arguments.of("https://@example.org/", true),
                Arguments.of("https://us%41er@example.org/", true),
                Arguments.of("https://us er@example.org/", false),
                // IPv6 literals, with a scope.
                Arguments.of("https://[::1]/", true),
                Arguments.of("https://[::1]:8080/", true),
                Arguments.of("https://[2001:db8::1]/", true),
                Arguments.of("https://[2001:db8::1%eth0]/", true),
                Arguments.of("https://[2001:db8::1%]/", false),
                Arguments.of("https://[::ffff:1.2.3.4]/", true),
                Arguments.of("https://[1:2:3:4:5:6:7:8]/", true),
                Arguments.of("https://[1:2:3:4:5:6:7:8:9]/", false),
                Arguments.of("https://[1:2:3:4:5:6:7]/", false),
                Arguments.of("https://[::1/", false),
                Arguments.of("https://[zz]/", false),
                // Characters beyond ASCII: visible "other" characters in a path, not in a host name.
                Arguments.of("https://ex\u00e9mple.org/", false),
                Arguments.of("https://\u4e2d.cn/", false),
                Arguments.of("https://example.org/\u4e2d", true),
                Arguments.of("https://example.org/a\u202eb", true),
                Arguments.of("https://example.org/\ud83d\ude00", true),
                Arguments.of("https://example.org/\ud83d", true),
                Arguments.of("https://example.org/\ude00x", true),
                Arguments.of("https://example.org/a\u0080b", false),
                Arguments.of("https://example.org/a\u0081b", false),
                Arguments.of("https://example.org/a\u009fb", false),
                Arguments.of("https://example.org/a\u00a0b", false),
                Arguments.of("https://example.org/a\u2028b", false),
                Arguments.of("https://example.org/a\u3000b", false),
                Arguments.of("https://example.org/a\u0000b", false),
                // Escaped octets: "%" and two hexadecimal digits, within their component.
                Arguments.of("https://example.org/a%20b", true),
                Arguments.of("https://example.org/a%2f%2F?q=%aA#%Ff", true),
                Arguments.of("https://example.org/a%2", false),
                Arguments.of("https://example.org/a%2g", false),
                Arguments.of("https://example.org/a%", false),
                Arguments.of("https://example.org/a%%41", false),
                Arguments.of("https://example.org/a%41?q=%4", false),
                Arguments.of("https://example.org/a%4?q", false),
                // Characters of paths, queries and fragments.
                Arguments.of("https://example.org/a;b=c,d$e+f&g!h~i*j'k(l)m_n.o-p", true),
                Arguments.of("https://example.org/a:b@c", true),
                Arguments.of("https://example.org/?q=a?b/c:d@e", true),
                Arguments.of("https://example.org/?a[b]=c", true),
                Arguments.of("https://example.org/#a[b]", true),
                Arguments.of("https://example.org/a[b]", false),
                Arguments.of("https://example.org/#frag#frag", false),
                Arguments.of("https://example.org/#", true),
                Arguments.of("https://example.org/?", true),
                Arguments.of("https://example.org?q", true),
                Arguments.of("https://example.org#f", true),
                Arguments.of("https://example.org/a b", false),
                Arguments.of("https://example.org/ ", false),
                Arguments.of("https://example.org/a|b", false),
                Arguments.of("https://example.org/a\\b", false),
                Arguments.of("https://example.org/a^b", false),
                Arguments.of("https://example.org/a`b", false),
                Arguments.of("https://example.org/a{b}", false),
                Arguments.of("https://example.org/a\"b", false),
                Arguments.of("https://example.org/a<b>", false),
                Arguments.of("https://example.org/a\u007fb", false));
    }

    @Nested
    class GeneratedNearAddresses {
        private static final int COUNT = 40_000;

        @ParameterizedTest(name = "seed {0}")
        @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
        void areDecidedAsUriDecidesThem(long seed) {
            decideLikeUri(seed);
        }

        @Test
        void areDecidedAsUriDecidesThemForAFreshSeed() {
            long seed = System.nanoTime();
            decideLikeUri(seed);
        }

        private void decideLikeUri(long seed) {
            NearAddresses generator = new NearAddresses(seed);
            int plain = 0;
            int onlyByUri = 0;
            int refused = 0;
            for (int i = 0; i < COUNT; i++) {
                String text = generator.next();
                boolean webAddress = assertSameDecisionAsUri(text, "seed " + seed + ", address " + i);
                if (Url.isPlainWebAddress(text)) {
                    plain++;
                } else if (webAddress) {
                    onlyByUri++;
                } else {
                    refused++;
                }
            }
            System.out.printf("UrlTest: seed %d: %d plain, %d only by URI, %d refused%n", seed, plain, onlyByUri, refused);
            // The generator must reach every side of the decision, or it proves nothing.
            assertThat(plain).as("seed %d: plain addresses", seed).isGreaterThan(COUNT / 20);
            assertThat(onlyByUri).as("seed %d: addresses only URI recognises", seed).isGreaterThan(COUNT / 50);
            assertThat(refused).as("seed %d: refused texts", seed).isGreaterThan(COUNT / 10);
        }
    }

    /** Text near web addresses: their parts, from small alphabets that hold the characters at the edges. */
    static final class NearAddresses {
        private static final String[] SCHEMES = {
            "https", "http", "HTTP", "Https", "hTtPs", "ftp", "http+s", "httpx", "h", "", "https ", "urn"};
        private static final String[] SEPARATORS = {"://", "://", "://", "://", "://", "://", ":/", ":", "//", ":///"};
        private static final String LABEL = "abcxyzABCXYZ0123456789-";
        private static final String DIGITS = "0123456789";
        private static final String HEX = "0123456789abcdefABCDEFgG";
        private static final String EDGES = ":/?#[]@!$&'()*+,;=%._~- \"<>\\^`{|}";
        private static final String BEYOND_ASCII =
                "\u00e9\u00a0\u0080\u0081\u009f\u4e2d\u202e\u2028\u3000\ud83d\ude00\u0000\u007f\t";
        private static final String ANY = LABEL + EDGES + BEYOND_ASCII;
        private static final String SAFE = "._~-!$&'()*+,;=:@";

        private final SplittableRandom random;

        /** Whether the address being made keeps to what may stand where it stands, before any edit. */
        private boolean tidy;

        NearAddresses(long seed) {
            this.random = new SplittableRandom(seed);
        }

        String next() {
            StringBuilder s = new StringBuilder();
            tidy = random.nextBoolean();
            s.append(tidy ? pick(SCHEMES, 5) : pick(SCHEMES)).append(tidy ? "://" : pick(SEPARATORS));
            if (random.nextInt(10) == 0) {
                s.append(chunk(8)).append('@');
            }
            switch (random.nextInt(8)) {
                case 0 -> ipv4(s);
                case 1 -> ipv6(s);
                case 2 -> s.append(tidy ? from(LABEL, random.nextInt(10)) : chunk(10));
                default -> hostName(s);
            }
            if (random.nextInt(4) == 0) {
                s.append(':');
                if (random.nextInt(5) == 0) {
                    s.append(chunk(4));
                } else {
                    s.append(from(DIGITS, random.nextInt(13)));
                }
            }
            for (int i = random.nextInt(4); i > 0; i--) {
                s.append('/').append(chunk(8));
            }
            if (random.nextInt(3) == 0) {
                s.append('?').append(chunk(12));
            }
            if (random.nextInt(4) == 0) {
                s.append('#').append(chunk(8));
            }
            for (int i = tidy ? 0 : 1 + random.nextInt(3); i > 0 && s.length() > 0; i--) {
                edit(s);
            }
            return s.toString();
        }

        private void hostName(StringBuilder s) {
            for (int labels = 1 + random.nextInt(4); labels > 0; labels--) {
                s.append(from(LABEL, tidy ? 1 + random.nextInt(6) : random.nextInt(7)));
                if (labels > 1 || random.nextInt(8) == 0) {
                    s.append(random.nextInt(20) == 0 ? ".." : ".");
                }
            }
        }

        private void ipv4(StringBuilder s) {
            for (int parts = 3 + random.nextInt(3); parts > 0; parts--) {
                s.append(random.nextInt(4) == 0 ? from(DIGITS, 1 + random.nextInt(4)) : random.nextInt(300));
                if (parts > 1 || random.nextInt(8) == 0) {
                    s.append('.');
                }
            }
        }

        private void ipv6(StringBuilder s) {
            s.append('[');
            int groups = random.nextInt(10);
            boolean compressed = false;
            for (int i = 0; i < groups; i++) {
                if (i > 0) {
                    s.append(!compressed && random.nextInt(4) == 0 ? "::" : ":");
                    compressed |= s.charAt(s.length() - 2) == ':';
                }
                s.append(from(HEX, 1 + random.nextInt(random.nextInt(10) == 0 ? 6 : 4)));
            }
            if (groups < 8 && random.nextInt(3) == 0) {
                s.append("::");
            }
            if (random.nextInt(6) == 0) {
                s.append(random.nextInt(2) == 0 ? ":1.2.3.4" : ":" + random.nextInt(300) + "." + random.nextInt(9));
            }
            if (random.nextInt(6) == 0) {
                s.append('%').append(chunk(4));
            }
            if (random.nextInt(10) != 0) {
                s.append(']');
            }
        }

        /**
         * Up to {@code length} characters, mostly letters and digits; the others allowed unescaped in a path and
         * well-formed escapes when tidy, else from the edges, escapes of all sorts and beyond ASCII.
         */
        private String chunk(int length) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(length + 1); i > 0; i--) {
                int kind = random.nextInt(20);
                if (tidy) {
                    if (kind < 16) {
                        s.append(pick(LABEL));
                    } else if (kind < 19) {
                        s.append(pick(SAFE));
                    } else {
                        s.append('%').append(from(HEX, 2).replace('g', 'f').replace('G', 'F'));
                    }
                } else if (kind < 13) {
                    s.append(pick(LABEL));
                } else if (kind < 17) {
                    s.append(pick(EDGES));
                } else if (kind < 19) {
                    s.append('%').append(from(HEX, random.nextInt(3)));
                } else {
                    s.append(pick(BEYOND_ASCII));
                }
            }
            return s.toString();
        }

        /** Inserts, replaces or deletes one character. */
        private void edit(StringBuilder s) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(3)) {
                case 0 -> s.insert(at, pick(ANY));
                case 1 -> s.setCharAt(at, pick(ANY));
                default -> s.deleteCharAt(at);
            }
        }

        private String from(String alphabet, int length) {
            StringBuilder s = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                s.append(pick(alphabet));
            }
            return s.toString();
        }

        private char pick(String alphabet) {
            return alphabet.charAt(random.nextInt(alphabet.length()));
        }

        private String pick(String[] choices) {
            return pick(choices, choices.length);
        }

        /** One of the first {@code first} choices. */
        private String pick(String[] choices, int first) {
            return choices[random.nextInt(first)];
        }
    }
}
