package io.github.reportmeta.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reportmeta.ReportId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ConversionReportTest {

    static final ReportId DRC = ReportId.of("drc-2018-215");
    static final ConversionNote LOSS = ConversionNote.loss(DRC, "/metrics", "oai_dc has no element for usage counts");
    static final ConversionNote WARNING = new ConversionNote(ConversionNote.Kind.WARNING, null, "/colour",
            "unknown field skipped", new SourceLocation("a.json", 3, 7));

    @Nested
    class Notes {
        @Test
        void printKindReportPointerAndMessage() {
            assertThat(LOSS).hasToString("loss drc-2018-215 /metrics: oai_dc has no element for usage counts");
            assertThat(LOSS.describe()).isEqualTo("drc-2018-215 /metrics: oai_dc has no element for usage counts");
        }

        @Test
        void aReaderNotePutsItsLocationFirst() {
            ConversionNote located = new ConversionNote(ConversionNote.Kind.SKIPPED, DRC, "", "deleted record",
                    new SourceLocation("oai.xml", 12, 0));

            assertThat(located).hasToString("skipped oai.xml:12 drc-2018-215: deleted record");
            assertThat(WARNING).hasToString("warning a.json:3:7 /colour: unknown field skipped");
            assertThat(WARNING.describe()).isEqualTo("a.json:3:7 /colour: unknown field skipped");
        }

        @Test
        void aNoteAboutNothingInParticularIsJustItsMessage() {
            ConversionNote info = new ConversionNote(ConversionNote.Kind.INFO, null, "", "resumption token 'abc'", null);

            assertThat(info).hasToString("info: resumption token 'abc'");
            assertThat(info.describe()).isEqualTo("resumption token 'abc'");
        }

        @Test
        void aLossComesFromAWriterAndSoHasNoLocation() {
            assertThat(LOSS.kind()).isEqualTo(ConversionNote.Kind.LOSS);
            assertThat(LOSS.report()).isEqualTo(DRC);
            assertThat(LOSS.location()).isNull();
        }

        @Test
        void kindPointerAndMessageAreRequired() {
            assertThatThrownBy(() -> new ConversionNote(null, DRC, "", "m", null)).hasMessage("kind");
            assertThatThrownBy(() -> new ConversionNote(ConversionNote.Kind.INFO, DRC, null, "m", null)).hasMessage("pointer");
            assertThatThrownBy(() -> new ConversionNote(ConversionNote.Kind.INFO, DRC, "", null, null)).hasMessage("message");
        }
    }

    @Nested
    class Reports {
        @Test
        void lossesAreOnlyTheLossNotes() {
            ConversionReport report = new ConversionReport(List.of(WARNING, LOSS, WARNING));

            assertThat(report.losses()).containsExactly(LOSS);
            assertThat(report.isLossless()).isFalse();
            assertThat(report.total()).isEqualTo(3);
        }

        @Test
        void warningsAloneLoseNothing() {
            ConversionReport report = new ConversionReport(List.of(WARNING));

            assertThat(report.losses()).isEmpty();
            assertThat(report.isLossless()).isTrue();
        }

        @Test
        void theEmptyReportHasNoNotesAndLosesNothing() {
            assertThat(ConversionReport.EMPTY.notes()).isEmpty();
            assertThat(ConversionReport.EMPTY.total()).isZero();
            assertThat(ConversionReport.EMPTY.isLossless()).isTrue();
        }

        @Test
        void theNotesAreCopied() {
            List<ConversionNote> notes = new ArrayList<>(List.of(LOSS));
            ConversionReport report = new ConversionReport(notes, 4);
            notes.add(WARNING);

            assertThat(report.notes()).containsExactly(LOSS);
            assertThat(report.total()).isEqualTo(5);
        }

        @Test
        void omittedCannotBeNegative() {
            assertThat(new ConversionReport(List.of(), 0).omitted()).isZero();
            assertThatThrownBy(() -> new ConversionReport(List.of(), -1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("omitted must be 0 or more, but was -1");
        }
    }

    @Nested
    class Collecting {
        @Test
        void keepsExactlyTheFirstTenThousandInOrderAndCountsTheRest() {
            List<ConversionNote> heard = new ArrayList<>();
            ConversionReport.Builder builder = ConversionReport.builder(ReadOptions.of("in").withListener(heard::add));
            List<ConversionNote> sent = new ArrayList<>();
            for (int i = 0; i <= ConversionReport.MAX_KEPT; i++) {
                ConversionNote note = new ConversionNote(ConversionNote.Kind.WARNING, null, "/x", "note " + i, null);
                sent.add(note);
                assertThat(builder.add(note)).isSameAs(builder);
            }

            ConversionReport report = builder.build();

            assertThat(heard).isEqualTo(sent);
            assertThat(report.notes()).isEqualTo(sent.subList(0, ConversionReport.MAX_KEPT));
            assertThat(report.omitted()).isOne();
            assertThat(report.total()).isEqualTo(ConversionReport.MAX_KEPT + 1L);
        }

        @Test
        void aLosslessWriterRefusesALossBeforeAnyoneHearsOfIt() {
            List<ConversionNote> heard = new ArrayList<>();
            ConversionReport.Builder builder = ConversionReport.builder(WriteOptions.LOSSLESS.withListener(heard::add));
            builder.add(WARNING);

            assertThatThrownBy(() -> builder.add(LOSS))
                    .isInstanceOfSatisfying(LossyConversionException.class, e -> assertThat(e.note()).isSameAs(LOSS))
                    .hasMessage("conversion would lose information and a lossless one was asked for: "
                            + "loss drc-2018-215 /metrics: oai_dc has no element for usage counts");
            assertThat(heard).containsExactly(WARNING);
            assertThat(builder.build().notes()).containsExactly(WARNING);
        }

        @Test
        void aBuildIsASnapshot() {
            ConversionReport.Builder builder = ConversionReport.builder(WriteOptions.DEFAULT);
            builder.add(LOSS);
            ConversionReport first = builder.build();
            builder.add(WARNING);

            assertThat(first.notes()).containsExactly(LOSS);
            assertThat(builder.build().notes()).containsExactly(LOSS, WARNING);
        }
    }

    @Nested
    class Options {
        @Test
        void readOptionsDefaultToStrictReadingOfEightMebibytes() {
            ReadOptions options = ReadOptions.of("a.json");

            assertThat(options.sourceName()).isEqualTo("a.json");
            assertThat(options.lenient()).isFalse();
            assertThat(options.maxReportBytes()).isEqualTo(8 * 1024 * 1024);
        }

        @Test
        void readOptionsWithersChangeOnlyTheirOwnValue() {
            List<ConversionNote> heard = new ArrayList<>();
            ReadOptions options = ReadOptions.of("a.json").withLenient(true).withMaxReportBytes(1).withListener(heard::add);
            options.listener().accept(WARNING);

            assertThat(options.sourceName()).isEqualTo("a.json");
            assertThat(options.lenient()).isTrue();
            assertThat(options.maxReportBytes()).isOne();
            assertThat(heard).containsExactly(WARNING);
            assertThat(options.withLenient(false).lenient()).isFalse();
            assertThat(options.withLenient(false).maxReportBytes()).isOne();
        }

        @Test
        void theLimitMustBePositive() {
            assertThatThrownBy(() -> ReadOptions.of("a.json").withMaxReportBytes(0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("maxReportBytes must be positive, but was 0");
            assertThatThrownBy(() -> new ReadOptions("a.json", false, -5))
                    .hasMessage("maxReportBytes must be positive, but was -5");
            assertThatThrownBy(() -> ReadOptions.of("a.json").withListener(null)).hasMessage("listener");
        }

        @Test
        void writeOptionsKeepLosslessWhenGivenAListener() {
            List<ConversionNote> heard = new ArrayList<>();
            WriteOptions options = WriteOptions.LOSSLESS.withListener(heard::add);
            options.listener().accept(LOSS);

            assertThat(options.lossless()).isTrue();
            assertThat(WriteOptions.DEFAULT.withListener(heard::add).lossless()).isFalse();
            assertThat(heard).containsExactly(LOSS);
            assertThatThrownBy(() -> WriteOptions.DEFAULT.withListener(null)).hasMessage("listener");
        }
    }

    @Nested
    class Locations {
        @Test
        void lineAndColumnCannotBeNegative() {
            assertThatThrownBy(() -> new SourceLocation("a.json", -1, 2))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("line and column must be 0 or more, but were -1:2");
            assertThatThrownBy(() -> new SourceLocation("a.json", 1, -2))
                    .hasMessage("line and column must be 0 or more, but were 1:-2");
        }

        @Test
        void locationsAreValues() {
            assertThat(new SourceLocation("a.json", 3, 38)).isEqualTo(new SourceLocation("a.json", 3, 38))
                    .hasSameHashCodeAs(new SourceLocation("a.json", 3, 38))
                    .isNotEqualTo(new SourceLocation("a.json", 3, 39));
            assertThat(SourceLocation.of("<stdin>")).isEqualTo(new SourceLocation("<stdin>", 0, 0));
        }
    }
}
