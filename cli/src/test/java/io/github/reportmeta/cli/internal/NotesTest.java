package io.github.reportmeta.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.format.ConversionNote;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotesTest {

    /** What the summary did before, with patterns: the one-pass code must give the same kinds. */
    private static final Pattern INDEX = Pattern.compile("/[0-9]+(?=/|$)");
    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"");
    private static final Pattern NUMBER = Pattern.compile("[0-9]+");

    private static String pointerByPattern(String pointer) {
        return INDEX.matcher(pointer).replaceAll("/*");
    }

    private static String messageByPattern(String message) {
        return NUMBER.matcher(QUOTED.matcher(message).replaceAll("''")).replaceAll("0");
    }

    /** Random texts over the characters that matter to the kinds, and a few that do not. */
    private static List<String> randomTexts() {
        char[] alphabet = {'/', '/', '0', '1', '9', '7', '\'', '"', 'a', 'z', ' ', '\n', '\r', '\u0085', '\u2028', '\u2029',
            '٣', '*'};
        Random random = new Random(18);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            char[] text = new char[random.nextInt(12)];
            for (int j = 0; j < text.length; j++) {
                text[j] = alphabet[random.nextInt(alphabet.length)];
            }
            texts.add(new String(text));
        }
        return texts;
    }

    @Nested
    class PointerKind {

        @ParameterizedTest
        @ValueSource(strings = {"", "/", "/0", "/12", "/authors/0/agent/orcid", "/authors/10/agent/name/order", "/0/1/2",
            "//1//", "/1a/2", "/a1/2", "/12\n", "/12\r\n", "/12\n\n", "/12\r", "/3\u2028", "/3\u0085", "/4\n/5", "/٣/4",
            "/metrics", "/reports/999999/id", "/-1/x"})
        void replacesEachArrayIndexAsThePatternDid(String pointer) {
            assertThat(Notes.pointerKind(pointer)).isEqualTo(pointerByPattern(pointer));
        }

        @Test
        void agreesWithThePatternOnRandomPointers() {
            for (String text : randomTexts()) {
                assertThat(Notes.pointerKind(text)).as("%s", text).isEqualTo(pointerByPattern(text));
            }
        }

        @Test
        void returnsAPointerWithoutIndexAsItIs() {
            String pointer = "/publisher/parent/acronym";

            assertThat(Notes.pointerKind(pointer)).isSameAs(pointer);
        }
    }

    @Nested
    class MessageKind {

        @ParameterizedTest
        @ValueSource(strings = {"", "0", "00", "007", "a 12 b 3", "'x'", "\"x\"", "'x", "x'", "'a\"b'c\"", "\"a'b\"c'",
            "it's 12 o'clock", "'1' 2 \"3\" 4", "oai_dc writes names as \"Family, Given\" and loses the name order",
            "unknown field 'foo' at 3:14", "''", "\"\"", "'''", "12'34'56", "٣ 3", "a\nb 9\n"})
        void leavesOutValuesAsThePatternsDid(String message) {
            assertThat(Notes.messageKind(message)).isEqualTo(messageByPattern(message));
        }

        @Test
        void agreesWithThePatternsOnRandomMessages() {
            for (String text : randomTexts()) {
                assertThat(Notes.messageKind(text)).as("%s", text).isEqualTo(messageByPattern(text));
            }
        }

        @Test
        void returnsAMessageWithoutValuesAsItIs() {
            String message = "oai_dc has no element for usage counts 0";

            assertThat(Notes.messageKind(message)).isSameAs(message);
        }
    }

    @Nested
    class Summary {

        @Test
        void countsNotesThatDifferOnlyInIndicesNumbersAndQuotedValuesAsOneKind() {
            StringWriter err = new StringWriter();
            Notes notes = Notes.printed(Notes.Mode.SUMMARY, new PrintWriter(err, true));

            notes.accept(new ConversionNote(ConversionNote.Kind.LOSS, null, "/authors/0/agent/orcid", "value 'a' dropped 1", null));
            notes.accept(new ConversionNote(ConversionNote.Kind.LOSS, null, "/authors/12/agent/orcid", "value \"b\" dropped 22", null));
            notes.accept(new ConversionNote(ConversionNote.Kind.LOSS, null, "/authors/1/agent/name", "value 'a' dropped 1", null));
            notes.finish();

            assertThat(err.toString().lines()).containsExactly(
                    "warning: loss /authors/*/agent/orcid: value 'a' dropped 1 (2 times, first at /authors/0/agent/orcid)",
                    "warning: loss /authors/1/agent/name: value 'a' dropped 1");
        }
    }
}
