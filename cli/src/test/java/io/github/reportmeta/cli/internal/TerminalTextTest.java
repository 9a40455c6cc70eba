package io.github.reportmeta.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TerminalTextTest {

    @Nested
    class Escapes {

        @ParameterizedTest
        @ValueSource(chars = {'\u0000', '\u0007', '\u0009', '\n', '\r', '\u001B', '\u001F', '\u007F', '\u0080', '\u0085', '\u009B', '\u009F',
            '\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069',
            '\u2028', '\u2029'})
        void everyControlBidiAndLineSeparatingCharacter(char c) {
            String expected = String.format("a\\u%04X", (int) c) + "b";

            assertThat(TerminalText.escape("a" + c + "b")).isEqualTo(expected);
            assertThat(TerminalText.isUnsafe(c)).isTrue();
        }

        @Test
        void aTerminalSequenceSoThatItCannotRecolourTheScreen() {
            assertThat(TerminalText.escape("\u001B[31mred\u001B[0m")).isEqualTo("\\u001B[31mred\\u001B[0m");
        }
    }

    @Nested
    class Keeps {

        @ParameterizedTest
        @ValueSource(strings = {"", "plain ASCII: /reports/0/issued 'x' \\u001B", "合成研究报告", "Ünïcödé – “quoted”", "\u00A0\u00A1\u200B\u202F\u206A😀"})
        void everythingElseAsItIs(String text) {
            assertThat(TerminalText.escape(text)).isSameAs(text);
        }
    }
}
