package io.github.reportmeta.xml.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The line and column of a bound's failure after runs of text of every length and mix of UTF-8 lengths, read in
 * pieces of every size: the lexer passes over text eight bytes at a time and must count columns as one byte at a
 * time would.
 */
class InputBoundsTest {

    /** Characters of one to four UTF-8 bytes, markup that ends a run of text, and line breaks. */
    private static final String[] PIECES = {"a", " ", "\u00e9", "\u4e2d", "\ud83d\ude00", "\n", "&amp;", "<b/>",
        "</c>", "<d>", "\r\n"};

    @Nested
    class AfterText {

        @Test
        void aNameTooLongIsPlacedAtTheCharacterPastTheLimit() {
            long seed = System.nanoTime();
            Random random = new Random(seed);
            for (int round = 0; round < 3_000; round++) {
                String text = text(random);
                String document = "<r>" + text + "<abcd/>";
                long[] expected = place(document, document.length() - 3);
                assertThatThrownBy(() -> readAll(document, 3, random))
                        .as("seed %d, text %s", seed, text)
                        .isInstanceOfSatisfying(InputBounds.Exceeded.class, e -> {
                            assertThat(e.getMessage()).contains("name");
                            assertThat(new long[] {e.line(), e.column()}).isEqualTo(expected);
                        });
            }
        }

        @Test
        void theByteBoundIsPlacedAtTheFirstByteBeyondIt() {
            long seed = System.nanoTime();
            Random random = new Random(seed);
            for (int round = 0; round < 3_000; round++) {
                String document = "<r>" + text(random) + "<z>" + text(random);
                byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
                int limit = random.nextInt(bytes.length);
                // The failure's place is the line and column of the bytes up to the limit, one column on.
                String before = new String(bytes, 0, limit, StandardCharsets.UTF_8).replace("\ufffd", "");
                long[] expected = place(before + "x", before.length());
                assertThatThrownBy(() -> readAll(document, 1024, random, limit))
                        .as("seed %d, document %s, limit %d", seed, document, limit)
                        .isInstanceOfSatisfying(InputBounds.Exceeded.class, e -> {
                            if (!startsCharacter(bytes[limit])) {
                                return;
                            }
                            assertThat(new long[] {e.line(), e.column()}).isEqualTo(expected);
                        });
            }
        }
    }

    private static boolean startsCharacter(byte b) {
        return (b & 0xC0) != 0x80;
    }

    private static String text(Random random) {
        StringBuilder b = new StringBuilder();
        int pieces = random.nextInt(40);
        for (int i = 0; i < pieces; i++) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    /** The line and column, from 1, of the character at an index, counting code points as the lexer does. */
    private static long[] place(String document, int index) {
        long line = 1;
        long column = 1;
        for (int i = 0; i < index; i = document.offsetByCodePoints(i, 1)) {
            if (document.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new long[] {line, column};
    }

    private static void readAll(String document, int maxName, Random random) throws IOException {
        readAll(document, maxName, random, -1);
    }

    private static void readAll(String document, int maxName, Random random, long limit) throws IOException {
        byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
        try (InputBounds in = new InputBounds(new ByteArrayInputStream(bytes), maxName)) {
            if (limit >= 0) {
                in.limit(limit, "too large");
            }
            byte[] buffer = new byte[64];
            while (in.read(buffer, random.nextInt(4), 1 + random.nextInt(60)) >= 0) {
                // read on in pieces of random size
            }
        }
    }
}
