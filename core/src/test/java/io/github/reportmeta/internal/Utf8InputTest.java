package io.github.reportmeta.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reportmeta.format.ReportParseException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Utf8InputTest {

    private static Utf8Input input(byte[] bytes) {
        return new Utf8Input(new ByteArrayInputStream(bytes), "t.txt");
    }

    private static Utf8Input input(String text) {
        return input(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Every character read with the location of it: {@code U+0061@1:1}. */
    private static List<String> readAll(Utf8Input in) {
        List<String> read = new ArrayList<>();
        for (int c = in.read(); c != -1; c = in.read()) {
            read.add(String.format("U+%04X@%s", c, in.location()));
        }
        return read;
    }

    @Nested
    class CountsLinesAndColumns {

        @Test
        void endsALineAtLineFeedCarriageReturnOrBothTogether() {
            assertThat(readAll(input("a\r\nb\rc\nd"))).containsExactly(
                    "U+0061@t.txt:1:1", "U+000D@t.txt:1:2", "U+000A@t.txt:1:2",
                    "U+0062@t.txt:2:1", "U+000D@t.txt:2:2",
                    "U+0063@t.txt:3:1", "U+000A@t.txt:3:2",
                    "U+0064@t.txt:4:1");
        }

        @Test
        void countsALineFeedAfterALineFeedAsANewLine() {
            assertThat(readAll(input("\r\n\n"))).containsExactly(
                    "U+000D@t.txt:1:1", "U+000A@t.txt:1:1", "U+000A@t.txt:2:1");
        }

        @Test
        void countsColumnsInCodePoints() {
            assertThat(readAll(input("\uD840\uDC00x"))).containsExactly(
                    "U+D840@t.txt:1:1", "U+DC00@t.txt:1:1", "U+0078@t.txt:1:2");
        }

        @Test
        void skipsAByteOrderMarkOnlyAtTheStart() {
            assertThat(readAll(input("\uFEFFa\uFEFF"))).containsExactly("U+0061@t.txt:1:1", "U+FEFF@t.txt:1:2");
        }

        @Test
        void knowsTheLineAndTheSource() {
            Utf8Input in = input("a\nb");
            in.read();
            in.read();
            in.read();
            assertThat(in.line()).isEqualTo(2);
            assertThat(in.source()).isEqualTo("t.txt");
        }

        @Test
        void readsMoreThanOneBufferOfText() {
            String text = "\u00e9".repeat(9000) + "\n" + "x".repeat(9000);
            assertThat(readAll(input(text))).hasSize(18_001).endsWith("U+0078@t.txt:2:9000");
        }
    }

    @Nested
    class RejectsWhatIsNoText {

        @ParameterizedTest(name = "U+{0}")
        @CsvSource({"0000", "0001", "001B", "001F", "007F", "FFFE", "FFFF"})
        void failsOnAControlCharacterAtItsPosition(String hex) {
            Utf8Input in = input("ab\n c" + (char) Integer.parseInt(hex, 16));
            assertThatThrownBy(() -> readAll(in))
                    .isInstanceOf(ReportParseException.class)
                    .hasMessage("control character U+" + hex + ": the input looks binary; it must be "
                            + "UTF-8 text (t.txt:2:3)");
        }

        @Test
        void acceptsTabSpaceAndOtherCharacters() {
            assertThat(readAll(input("\t \u0080\u00A0\uFFFD"))).hasSize(5);
        }

        @Test
        void failsOnABadByteAfterTheCharactersBeforeIt() {
            byte[] bytes = {'a', 'b', '\n', (byte) 0xFF, 'c', 'd'};
            Utf8Input in = input(bytes);
            assertThat(in.read()).isEqualTo('a');
            assertThat(in.read()).isEqualTo('b');
            assertThat(in.read()).isEqualTo('\n');
            assertThatThrownBy(in::read)
                    .isInstanceOf(ReportParseException.class)
                    .hasMessage("invalid UTF-8 at byte offset 3: bytes 0xFF cannot start or continue a character; "
                            + "the input must be UTF-8 text (t.txt:2:1)");
        }

        @Test
        void namesEveryByteOfAnIncompleteCharacter() {
            byte[] bytes = {'a', (byte) 0xE2, (byte) 0x82, ' ', 'b'};
            assertThatThrownBy(() -> readAll(input(bytes)))
                    .isInstanceOf(ReportParseException.class)
                    .hasMessageStartingWith("invalid UTF-8 at byte offset 1: bytes 0xE2 0x82 cannot start")
                    .hasMessageEndingWith("(t.txt:1:2)");
        }

        @Test
        void failsOnACharacterTruncatedAtTheEnd() {
            byte[] bytes = {'a', (byte) 0xE2, (byte) 0x82};
            assertThatThrownBy(() -> readAll(input(bytes)))
                    .isInstanceOf(ReportParseException.class)
                    .hasMessageStartingWith("invalid UTF-8 at byte offset 1: bytes 0xE2 0x82 cannot start")
                    .hasMessageEndingWith("(t.txt:1:2)");
        }
    }

    @Test
    void closesTheStream() {
        boolean[] closed = {false};
        ByteArrayInputStream bytes = new ByteArrayInputStream(new byte[0]) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new Utf8Input(bytes, "t.txt").close();
        assertThat(closed[0]).isTrue();
    }
}
