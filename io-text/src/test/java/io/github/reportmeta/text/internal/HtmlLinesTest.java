package io.github.reportmeta.text.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.internal.Utf8Input;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlLinesTest {

    private static final long NO_LIMIT = Integer.MAX_VALUE;

    /** The lines of a page as {@code line:text}; a paragraph end is a line with no text. */
    private static List<String> lines(String html, long maxLine) {
        List<String> lines = new ArrayList<>();
        try (HtmlLines source = new HtmlLines(
                new Utf8Input(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), "t.html"), maxLine)) {
            for (TextLine l = source.next(); l != null; l = source.next()) {
                assertThat(l.column()).isZero();
                lines.add(l.line() + ":" + l.text());
            }
        }
        return lines;
    }

    private static List<String> lines(String html) {
        return lines(html, NO_LIMIT);
    }

    @Nested
    class EndsLinesAndParagraphs {

        @Test
        void endsAParagraphAtEveryBlockElementButOnlyOnce() {
            assertThat(lines("<div><p>A</p></div><P>B</P>\n<DIV>C</DIV>")).containsExactly(
                    "1:A", "1:", "1:B", "1:", "2:C", "2:");
        }

        @Test
        void endsALineWithoutAParagraphAtBr() {
            assertThat(lines("A<br>B<BR/>C")).containsExactly("1:A", "1:B", "1:C");
        }

        @Test
        void endsTheLastLineAtTheEndOfTheInput() {
            assertThat(lines("<p>A</p>tail")).containsExactly("1:A", "1:", "1:tail");
        }

        @Test
        void givesEachLineTheLineItsTextStartsOn() {
            assertThat(lines("<p>\n  A \n  B  </p>")).containsExactly("2:A B", "3:");
        }

        @Test
        void readsTagNamesWithDigitsWhole() {
            assertThat(lines("A<br0>B<br9>C<h1>D</h1>")).containsExactly("1:ABC", "1:", "1:D", "1:");
        }
    }

    @Nested
    class RemovesMarkup {

        @Test
        void removesTagsWhoseNamesStartWithTheFirstOrLastLetter() {
            assertThat(lines("<p>1<a>2<z>3<A>4<Z>5</Z></A></z></a></p>")).containsExactly("1:12345", "1:");
        }

        @Test
        void removesTagsWithQuotedGreaterThanSigns() {
            assertThat(lines("<p title=\"a>b\" data-x='c>d'>T</p>")).containsExactly("1:T", "1:");
        }

        @Test
        void keepsALessThanSignThatStartsNoTag() {
            assertThat(lines("<p>1 < 2 <3</p>")).containsExactly("1:1 < 2 <3", "1:");
            assertThat(lines("<p>< x</p>")).containsExactly("1:< x", "1:");
        }

        @Test
        void skipsDeclarationsEvenEmptyOnes() {
            assertThat(lines("<!DOCTYPE html><p>a<!>b<!->c<!-x>d</p>")).containsExactly("1:abcd", "1:");
        }

        @Test
        void skipsProcessingInstructions() {
            assertThat(lines("<?php echo 1 ?><p>A</p>")).containsExactly("1:A", "1:");
        }

        @Test
        void endsACommentOnlyAtTwoDashesAndAGreaterThanSign() {
            assertThat(lines("<p>x<!-- a --b> c -->y<!-- a -> b -->z<!-- d --->w<!---->v</p>"))
                    .containsExactly("1:xyzwv", "1:");
        }

        @Test
        void skipsTheContentOfScriptsStylesAndTitles() {
            assertThat(lines("<p>a<script>if (a < b) { x = '</p>'; }</script>b<style>p{}</STYLE>c"
                    + "<TITLE>t</title>d<script>e</scr</script>f<script>g</-script>h</script>i</p>"))
                    .containsExactly("1:abcdfi", "1:");
        }

        @Test
        void decodesCharacterReferencesAndCollapsesWhiteSpace() {
            assertThat(lines("<p>&nbsp;Title&amp;Co &lt;x&gt;</p><p>a&nbsp;&nbsp; b&#x3000;</p>"))
                    .containsExactly("1:Title&Co <x>", "1:", "1:a b", "1:");
        }
    }

    @Nested
    class BoundsWhatItReads {

        @Test
        void acceptsALineOfExactlyTheLimit() {
            assertThat(lines("<p>abcde</p>", 5)).containsExactly("1:abcde", "1:");
        }

        @Test
        void failsOnALineLongerThanTheLimit() {
            assertThatThrownBy(() -> lines("<p>abcdef</p>", 5))
                    .isInstanceOf(ReportParseException.class)
                    .hasMessage("text line is longer than 5 characters; a listing page holds one field per line "
                            + "(t.html:1:9)");
        }

        @ParameterizedTest(name = "{0} of {1} characters: {2}")
        @CsvSource(textBlock = """
                comment, 65534, 1:xy
                comment, 65535, comment is longer than 65536 characters (t.html:1:2)
                comment, 70000, comment is longer than 65536 characters (t.html:1:2)
                tag,     65536, 1:xy
                tag,     65537, tag is longer than 65536 characters (t.html:1:2)
                script,  993,   1:xy
                script,  994,   <script> element is longer than 1000 characters (t.html:1:2)
                """)
        void limitsMarkupToItsMaximumLength(String what, int length, String expected) {
            String html = switch (what) {
                case "comment" -> "x<!--" + "c".repeat(length) + (length == 70_000 ? "" : "-->") + "y";
                case "tag" -> "x<b" + " ".repeat(length) + ">y";
                default -> "x<script>" + "s".repeat(length) + "</script>y";
            };
            if (expected.startsWith("1:")) {
                assertThat(lines(html, 1000)).containsExactly(expected);
            } else {
                assertThatThrownBy(() -> lines(html, 1000))
                        .isInstanceOf(ReportParseException.class)
                        .hasMessage(expected);
            }
        }

        @Test
        void failsOnAnElementWhoseContentIsNeverClosed() {
            assertThatThrownBy(() -> lines("<p>x</p>\n<script>a</scrip"))
                    .isInstanceOf(ReportParseException.class)
                    .hasMessage("<script> element is never closed: expected '</script' before the end of the input "
                            + "(t.html:2:1)");
        }
    }

    @Test
    void closesTheInput() {
        boolean[] closed = {false};
        ByteArrayInputStream bytes = new ByteArrayInputStream(new byte[0]) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new HtmlLines(new Utf8Input(bytes, "t.html"), NO_LIMIT).close();
        assertThat(closed[0]).isTrue();
    }
}
