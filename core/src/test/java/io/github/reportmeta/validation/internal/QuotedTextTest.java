package io.github.reportmeta.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuotedTextTest {

    @Nested
    class Escapes {

        @ParameterizedTest(name = "U+{0}")
        @ValueSource(strings = {"0000", "001B", "007F", "0085", "00A0", "200B", "200E", "202E", "2028", "2066", "3000",
                "FEFF", "E0001"})
        void writesInvisibleAndReorderingCharactersAsEscapes(String hex) {
            int c = Integer.parseInt(hex, 16);
            String expected = c > 0xFFFF ? "\\u{" + hex + "}" : "\\u" + hex;

            assertThat(QuotedText.of("a" + Character.toString(c) + "b")).isEqualTo("a" + expected + "b");
        }

        @Test
        void writesALoneSurrogateAsAnEscapeAndKeepsAPair() {
            assertThat(QuotedText.of("x\uD800y\uD83D\uDE00")).isEqualTo("x\\uD800y\uD83D\uDE00");
        }

        @Test
        void escapesTheBackslashSoThatAnEscapeIsNeverTextOfTheRecord() {
            assertThat(QuotedText.of("a\\u200Bb")).isEqualTo("a\\\\u200Bb");
        }

        @Test
        void keepsSpacesLettersAndCjk() {
            assertThat(QuotedText.of("Long Haibo 龙海波 é")).isEqualTo("Long Haibo 龙海波 é");
        }
    }

    @Nested
    class Cuts {

        @Test
        void keepsEightyCharacters() {
            String text = "x".repeat(80);
            assertThat(QuotedText.of(text)).isEqualTo(text);
        }

        @Test
        void cutsLongerTextToEightyWithAnEllipsis() {
            assertThat(QuotedText.of("x".repeat(81))).isEqualTo("x".repeat(79) + "\u2026").hasSize(80);
        }

        @Test
        void countsEscapesInTheEightyAndNeverCutsOneInTwo() {
            String quoted = QuotedText.of("\u202E".repeat(40));

            assertThat(quoted).hasSizeLessThanOrEqualTo(80).endsWith("\u2026").doesNotContain("\u202E");
            assertThat(quoted).isEqualTo("\\u202E".repeat(13) + "\u2026");
        }

        @Test
        void neverCutsASurrogatePair() {
            String quoted = QuotedText.of("x".repeat(78) + "\uD83D\uDE00" + "y");

            assertThat(quoted).isEqualTo("x".repeat(78) + "\u2026");
        }
    }
}
