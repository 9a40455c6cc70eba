package io.github.reportmeta.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.Report;
import io.github.reportmeta.testing.RandomReports;
import io.github.reportmeta.testing.SeedRecord;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;

/**
 * The strings {@link EncodedStrings} encodes while the report is checked are the bytes the codec's generator
 * writes for them, its bound is {@link ReadBackTally#bytes}, and it refuses what that refuses; the writer then
 * takes every string of a report from it.
 */
class EncodedStringsTest {

    private static final RandomReports RANDOM = RandomReports.fromEnvironment();

    @Nested
    class EncodesAsTheGeneratorWrites {

        @Test
        void everyCharacterOfTheBasicPlaneButNulAndSurrogates() {
            StringBuilder all = new StringBuilder();
            for (char c = 1; c < 0xFFFF; c++) {
                if (!Character.isSurrogate(c)) {
                    all.append(c);
                }
            }
            all.append('\uFFFF');
            assertWrittenAsTheGeneratorWrites(all.toString());
            for (char c = 1; c < 0x100; c++) {
                assertWrittenAsTheGeneratorWrites(String.valueOf(c));
            }
        }

        @Test
        void surrogatePairsAsOneFourByteCharacter() {
            assertWrittenAsTheGeneratorWrites("\uD83D\uDE00");
            assertWrittenAsTheGeneratorWrites("a\uD800\uDC00b\uDBFF\uDFFF");
        }

        @Test
        void generatedStringsOfEveryKindOfCharacter() {
            Random random = new Random(RANDOM.seed());
            String pieces = "aZ09 \"\\/\b\f\n\r\t\u0001\u001f\u007f\u0080\u00e9\u00ff\u0100\u07ff\u0800\u2028\u4e2d\ufeff\uffff";
            for (int n = 0; n < 2000; n++) {
                StringBuilder text = new StringBuilder();
                int length = random.nextInt(40);
                for (int i = 0; i < length; i++) {
                    if (random.nextInt(10) == 0) {
                        text.appendCodePoint(0x10000 + random.nextInt(0x100000));
                    } else {
                        text.append(pieces.charAt(random.nextInt(pieces.length())));
                    }
                }
                assertWrittenAsTheGeneratorWrites(text.toString());
            }
        }

        @Test
        void theEmptyString() {
            assertWrittenAsTheGeneratorWrites("");
        }
    }

    @Nested
    class RefusesWhatTheReaderRefuses {

        @Test
        void nulAnywhere() {
            assertRefused("\u0000");
            assertRefused("ab\u0000");
            assertRefused("\u4e2d\u0000\u00e9");
        }

        @Test
        void unpairedSurrogates() {
            assertRefused("\uD800");
            assertRefused("a\uD800b");
            assertRefused("a\uDC00");
            assertRefused("\uDC00\uD800");
            assertRefused("\uD83D\uDE00\uDE00");
        }

        @Test
        void aStringLongerThanTheReadersLimit() {
            assertRefused("x".repeat(JsonSetup.MAX_STRING_LENGTH + 1));
        }

        @Test
        void andLeavesWhatItRefusedOut() {
            EncodedStrings strings = new EncodedStrings();
            strings.add("kept");
            strings.add("not\u0000kept");
            strings.add("\u00e9");

            assertThat(strings.contents()).isEqualTo("kept\u00e9");
        }
    }

    @Nested
    class TheWriterTakesEveryStringFromIt {

        @Test
        void forTheSeedRecordTheMaximalAndTheEmptyReport() {
            assertWrittenFromTheEncodedStrings(SeedRecord.report());
            assertWrittenFromTheEncodedStrings(RANDOM.maximalReport());
            assertWrittenFromTheEncodedStrings(RANDOM.emptyReport());
        }

        @Test
        void forGeneratedReports() {
            for (Report r : RANDOM.reports(300)) {
                assertWrittenFromTheEncodedStrings(r);
            }
        }

        @Test
        void andWritesAStringItDoesNotHoldTheOrdinaryWay() {
            EncodedStrings strings = new EncodedStrings();
            strings.add("first");
            String written = written(g -> {
                g.writeStartArray();
                strings.write(g, "other \"one\"");
                strings.write(g, "first");
                g.writeEndArray();
            });

            assertThat(written).isEqualTo("[\"other \\\"one\\\"\",\"first\"]");
            assertThat(strings.misses()).isEqualTo(1);
        }

        @Test
        void andForgetsTheLastReportsStringsWhenCleared() {
            EncodedStrings strings = new EncodedStrings();
            String text = "once";
            strings.add(text);
            strings.clear();
            String written = written(g -> strings.write(g, text));

            assertThat(written).isEqualTo("\"once\"");
            assertThat(strings.misses()).isEqualTo(1);
            assertThat(strings.contents()).isEmpty();
        }
    }

    private static void assertWrittenAsTheGeneratorWrites(String text) {
        EncodedStrings strings = new EncodedStrings();
        long bound = strings.add(text);

        assertThat(bound).as("bound of %s", escaped(text)).isEqualTo(ReadBackTally.bytes(text));
        String expected = written(g -> g.writeString(text));
        String actual = written(g -> strings.write(g, text));
        assertThat(actual).as("%s as written", escaped(text)).isEqualTo(expected);
        assertThat(strings.misses()).isZero();
    }

    private static void assertRefused(String text) {
        EncodedStrings strings = new EncodedStrings();

        assertThat(strings.add(text)).isEqualTo(-1).isEqualTo(ReadBackTally.bytes(text));
        assertThat(strings.contents()).isEmpty();
    }

    private static void assertWrittenFromTheEncodedStrings(Report r) {
        EncodedStrings strings = new EncodedStrings();
        JsonReadBackCheck.report(r, strings);
        String fast = written(g -> ModelWriter.to(g, strings).report(r));
        String plain = written(g -> ModelWriter.report(g, r));

        assertThat(fast).as("report %s, seed %d", r.id(), RANDOM.seed()).isEqualTo(plain);
        assertThat(strings.misses()).as("strings written the ordinary way, report %s, seed %d", r.id(), RANDOM.seed())
                .isZero();
    }

    private static String written(Consumer<JsonGenerator> writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JsonSetup.compactGenerator(out)) {
            writing.accept(g);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String escaped(String text) {
        List<String> units = new ArrayList<>();
        text.chars().limit(12).forEach(c -> units.add(String.format("U+%04X", c)));
        return units + (text.length() > 12 ? "..." : "");
    }
}
