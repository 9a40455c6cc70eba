package io.github.reportmeta.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.Report;
import io.github.reportmeta.internal.ModelTexts;
import io.github.reportmeta.testing.RandomReports;
import io.github.reportmeta.testing.SeedRecord;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The fast count of {@link JsonReadBackCheck} agrees with the generic walk over the model's record components, so
 * that both accept and refuse the same reports; a component the fast count forgets shows here as a difference.
 */
class ReadBackTallyTest {

    private static final RandomReports RANDOM = RandomReports.fromEnvironment();

    @Nested
    class CountsAsTheWalkOverRecordComponents {

        @Test
        void forTheMaximalAndTheEmptyReport() {
            assertSameCounts(RANDOM.maximalReport());
            assertSameCounts(RANDOM.emptyReport());
        }

        @Test
        void forTheSeedRecord() {
            assertSameCounts(SeedRecord.report());
        }

        @Test
        void forGeneratedReports() {
            for (Report r : RANDOM.reports(300)) {
                assertSameCounts(r);
            }
        }
    }

    @Nested
    class RefusesWhatTheReaderRefuses {

        @Test
        void aStringWithNul() {
            assertThat(ReadBackTally.bytes("a\u0000b")).isEqualTo(-1);
        }

        @Test
        void anUnpairedSurrogate() {
            assertThat(ReadBackTally.bytes("a\uD800b")).isEqualTo(-1);
            assertThat(ReadBackTally.bytes("a\uDC00")).isEqualTo(-1);
        }

        @Test
        void aStringLongerThanTheReadersLimit() {
            assertThat(ReadBackTally.bytes("x".repeat(JsonSetup.MAX_STRING_LENGTH + 1))).isEqualTo(-1);
        }

        @Test
        void andCountsEscapesAndMultiByteCharactersAsWritten() {
            assertThat(ReadBackTally.bytes("a\"\\\n\u00e9\u4e2d\uD83D\uDE00")).isEqualTo(2 + 1 + 2 + 2 + 6 + 2 + 3 + 4);
        }

        @Test
        void aReportWithARefusedTitleDoesNotFit() {
            Report r = SeedRecord.report();
            List<LocalizedText> titles = new ArrayList<>(r.titles());
            titles.add(new LocalizedText("bad\u0000", null));
            Report bad = r.toBuilder().titles(titles).build();

            assertThat(ReadBackTally.of(r).fits()).isTrue();
            assertThat(ReadBackTally.of(bad).fits()).isFalse();
        }
    }

    private static void assertSameCounts(Report r) {
        long[] bytes = {0};
        int values = ModelTexts.walk(r, "", (pointer, text) -> bytes[0] += ReadBackTally.bytes(text));
        ReadBackTally tally = ReadBackTally.of(r);
        assertThat(tally.values).as("values of report %s, seed %d", r.id(), RANDOM.seed()).isEqualTo(values);
        assertThat(tally.bytes).as("bytes of report %s, seed %d", r.id(), RANDOM.seed()).isEqualTo(bytes[0]);
        ReadBackTally encoding = ReadBackTally.of(r, new EncodedStrings());
        assertThat(encoding.values).as("values of report %s encoded, seed %d", r.id(), RANDOM.seed()).isEqualTo(values);
        assertThat(encoding.bytes).as("bytes of report %s encoded, seed %d", r.id(), RANDOM.seed()).isEqualTo(bytes[0]);
    }
}
