package io.github.reportmeta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Doi#isDoi} accepts exactly what the regular expression it replaces matched. */
class DoiTest {

    /** The syntax as it was written before the loop. */
    private static final Pattern SYNTAX = Pattern.compile("10\\.[0-9]+(?:\\.[0-9]+)*/\\S+");

    @Nested
    class Syntax {
        @ParameterizedTest(name = "''{0}'' is a DOI: {1}")
        @CsvSource(delimiter = '|', textBlock = """
                10.1234/drc.2018.215    | true
                10.1000.10/xyz          | true
                10.5555/syn.42.7        | true
                10.1/x                  | true
                10.1234/a/b/c           | true
                10.1234//               | true
                10.1234/中文            | true
                10.1234/                | false
                10./x                   | false
                10.12..34/x             | false
                10.12./x                | false
                10.1234                 | false
                11.1234/x               | false
                10,1234/x               | false
                10.abc/x                | false
                10.١٢٣/x                | false
                """)
        void acceptsWhatTheExpressionMatched(String text, boolean doi) {
            assertThat(SYNTAX.matcher(text).matches()).as("the expression").isEqualTo(doi);
            assertThat(Doi.isDoi(text)).isEqualTo(doi);
        }

        @Test
        void whiteSpaceIsWhatTheExpressionsBackslashSMeans() {
            for (char c = 0; c < 0x3100; c++) {
                String text = "10.1234/a" + c + "b";
                assertThat(Doi.isDoi(text)).as("U+%04X", (int) c).isEqualTo(SYNTAX.matcher(text).matches());
            }
            assertThat(Doi.isDoi("10.1234/a\u00a0b")).isTrue();
            assertThat(Doi.isDoi("10.1234/a\u000bb")).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"10.1234/a b", "10.1234/a\nb", "10.1234/a\rb", "10.1234/a\fb", "10.1234/ "})
        void refusesWhiteSpaceInTheSuffix(String text) {
            assertThatThrownBy(() -> new Doi(text))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageStartingWith("DOI must look like 10.1234/suffix, but was '");
        }

        @Test
        void generatedNearDoisAreDecidedAsTheExpressionDecidesThem() {
            String alphabet = "1100../../0123456789 \t\n\u000b\f\r\u0085\u00a0\u2028\u3000ax-\ud83d\ude00";
            for (long seed = 1; seed <= 4; seed++) {
                SplittableRandom random = new SplittableRandom(seed);
                int dois = 0;
                for (int i = 0; i < 25_000; i++) {
                    StringBuilder s = new StringBuilder(random.nextInt(8) == 0 ? "" : "10.");
                    for (int part = random.nextInt(3); part >= 0; part--) {
                        s.append(random.nextInt(1_000_000));
                        s.append(part == 0 ? "/" : ".");
                    }
                    for (int k = random.nextInt(6); k > 0; k--) {
                        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                    for (int k = random.nextInt(2) == 0 ? 0 : 1 + random.nextInt(2); k > 0 && s.length() > 0; k--) {
                        int at = random.nextInt(s.length());
                        switch (random.nextInt(3)) {
                            case 0 -> s.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                            case 1 -> s.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                            default -> s.deleteCharAt(at);
                        }
                    }
                    String text = s.toString();
                    boolean expected = SYNTAX.matcher(text).matches();
                    if (Doi.isDoi(text) != expected) {
                        fail("seed %d, text %d: isDoi(\"%s\") should be %s", seed, i, text, expected);
                    }
                    dois += expected ? 1 : 0;
                }
                assertThat(dois).as("seed %d: DOIs generated", seed).isBetween(5_000, 20_000);
            }
        }
    }
}
