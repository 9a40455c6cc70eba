package io.github.reportmeta.xml.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reportmeta.ReportMetadataException;
import io.github.reportmeta.internal.XmlChars;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The one-pass count of the writer's hot path against the check and the count it stands in for. */
class XmlReadBackCheckTest {

    /** Texts at every edge of the two rules: markup, controls, each UTF-8 length, surrogates, U+FFFE and U+FFFF. */
    private static final List<String> EDGES = List.of("", "plain", "a & b < c > d \" e ' f\r\n\t", "\u0000", "x\u001f",
            "\u007f\u0080", "\u07ff\u0800", "\ud7ff\ue000", "\ud83d\ude00", "\ud83d", "a\ud83d", "\ude00b",
            "\ude00\ud83d", "\ufffd\ufffe", "\uffff", "合成研究报告", "\u0008");

    @Nested
    class CheckedBytes {

        @Test
        void agreesWithTheCheckAndTheCountOnEveryEdge() {
            EDGES.forEach(CheckedBytes::assertAgrees);
        }

        @Test
        void agreesWithTheCheckAndTheCountOnRandomText() {
            long seed = System.nanoTime();
            Random random = new Random(seed);
            char[] pool = {'a', '&', '<', '>', '"', '\'', '\r', '\n', '\t', '\u0001', '\u00e9', '\u4e2d', '\ud83d',
                '\ude00', '\ufffe', '\uffff', '\ufffd', '\u07ff', '\u0800'};
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < 20_000; i++) {
                char[] text = new char[random.nextInt(8)];
                for (int j = 0; j < text.length; j++) {
                    text[j] = random.nextInt(4) == 0 ? (char) random.nextInt(0x10000) : pool[random.nextInt(pool.length)];
                }
                texts.add(new String(text));
            }
            for (String text : texts) {
                assertThat(XmlReadBackCheck.checkedBytes(text)).as("seed %d, text %s", seed, escaped(text))
                        .isEqualTo(expected(text));
            }
        }

        private static void assertAgrees(String text) {
            assertThat(XmlReadBackCheck.checkedBytes(text)).as(escaped(text)).isEqualTo(expected(text));
        }

        /** What the two passes say: -1 when the check refuses the text, else the count {@code text} returns. */
        private static long expected(String text) {
            if (XmlChars.firstIllegal(text) >= 0) {
                assertThatThrownBy(() -> XmlReadBackCheck.text(null, "/x", text))
                        .isInstanceOf(ReportMetadataException.class);
                return -1;
            }
            return XmlReadBackCheck.text(null, "/x", text);
        }

        private static String escaped(String text) {
            StringBuilder b = new StringBuilder();
            text.chars().forEach(c -> b.append(String.format("\\u%04x", c)));
            return b.toString();
        }
    }
}
