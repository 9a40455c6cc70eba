package io.github.reportmeta.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reportmeta.Catalogue;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportId;
import io.github.reportmeta.testing.RandomReports;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FormatRegistryTest {

    /** The folder that registers the toy "ids" format, kept off the test class path (see its services file). */
    static final URL IDS = FormatRegistryTest.class.getResource("/registries/ids/");

    final FormatRegistry registry = FormatRegistry.load(new URLClassLoader(new URL[] {IDS},
            FormatRegistryTest.class.getClassLoader()));

    @Nested
    class Finding {
        @Test
        void serviceLoaderFindsFormatsThroughAClassLoader() {
            assertThat(registry.all()).extracting(ReportFormat::name).containsExactly("ids");
        }

        @Test
        void coreAloneShipsNoFormat() {
            assertThat(FormatRegistry.load().all())
                    .as("formats on core's test class path (a core/target/test-classes/META-INF/services left by a build "
                            + "before the toy format moved to registries/ids/ goes with 'mvn clean')")
                    .isEmpty();
        }

        @Test
        void findsByNameIgnoringCase() {
            assertThat(registry.find("IDS")).get().isInstanceOf(IdListFormat.class);
            assertThat(registry.find("nope")).isEmpty();
        }

        @Test
        void expectNamesTheKnownFormats() {
            assertThatThrownBy(() -> registry.expect("yaml"))
                    .isInstanceOf(UnknownFormatException.class)
                    .hasMessage("no format is named 'yaml'; known formats: ids");
        }

        @Test
        void findsByExtension() {
            assertThat(registry.forFileName("catalogue.IDS")).extracting(ReportFormat::name).containsExactly("ids");
            assertThat(registry.forFileName("catalogue.json")).isEmpty();
        }

        @Test
        void detectsByContent() {
            byte[] head = "#ids\nr1\n".getBytes(StandardCharsets.UTF_8);
            assertThat(registry.detect("", head).name()).isEqualTo("ids");
        }

        @Test
        void contentThatNoFormatKnowsIsAnErrorThatSaysWhatToDo() {
            assertThatThrownBy(() -> registry.detect("x.bin", new byte[] {1, 2, 3}))
                    .isInstanceOf(UnknownFormatException.class)
                    .hasMessageContaining("cannot tell the format of 'x.bin'")
                    .hasMessageContaining("readable formats: ");
        }

        @Test
        void rejectsTwoFormatsOfTheSameName() {
            assertThatThrownBy(() -> FormatRegistry.of(new IdListFormat(), new ReportFormat() {
                        @Override public String name() { return "ids"; }
                        @Override public String description() { return ""; }
                        @Override public String mediaType() { return "text/plain"; }
                        @Override public java.util.List<String> extensions() { return java.util.List.of(); }
                        @Override public boolean canRead() { return false; }
                        @Override public boolean canWrite() { return false; }
                        @Override public Detection detect(byte[] head) { return Detection.NONE; }
                        @Override public ReportReader newReader(java.io.InputStream in, ReadOptions o) { throw new UnknownFormatException("no"); }
                        @Override public ReportWriter newWriter(java.io.OutputStream out, WriteOptions o) { throw new UnknownFormatException("no"); }
                    }))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("two formats are named 'ids'");
        }
    }

    @Nested
    class Detecting {
        private final byte[] anything = "anything".getBytes(StandardCharsets.UTF_8);

        @Test
        void aMatchingFileNameBreaksATieOnContent() {
            FormatRegistry tied = FormatRegistry.of(new StubFormat("a", true, Detection.Strength.PLAUSIBLE, "a"), new StubFormat("b", true, Detection.Strength.PLAUSIBLE, "b"));

            assertThat(tied.detect("in.b", anything).name()).isEqualTo("b");
            assertThat(tied.detect("in.a", anything).name()).isEqualTo("a");
        }

        @Test
        void aSurerSniffOutweighsAMatchingFileName() {
            FormatRegistry formats = FormatRegistry.of(new StubFormat("a", true, Detection.Strength.CERTAIN, "a"), new StubFormat("b", true, Detection.Strength.LIKELY, "b"));

            assertThat(formats.detect("in.b", anything).name()).isEqualTo("a");
        }

        @Test
        void anExactTieGoesToTheFirstFormat() {
            FormatRegistry tied = FormatRegistry.of(new StubFormat("a", true, Detection.Strength.PLAUSIBLE), new StubFormat("b", true, Detection.Strength.PLAUSIBLE));

            assertThat(tied.detect("", anything).name()).isEqualTo("a");
        }

        @Test
        void theLeastCertaintyIsEnough() {
            assertThat(FormatRegistry.of(new StubFormat("a", true, Detection.Strength.WEAK)).detect("", anything).name()).isEqualTo("a");
        }

        @Test
        void aFormatThatCannotReadIsNeverDetected() {
            FormatRegistry formats = FormatRegistry.of(new StubFormat("sure", false, Detection.Strength.CERTAIN), new StubFormat("a", true, Detection.Strength.WEAK));

            assertThat(formats.detect("", anything).name()).isEqualTo("a");
        }

        @Test
        void aFileNameAloneIsNotEnoughAndTheErrorListsOnlyReadableFormats() {
            FormatRegistry formats = FormatRegistry.of(
                    new StubFormat("a", true, Detection.Strength.NONE, "a"), new StubFormat("w", false, Detection.Strength.CERTAIN, "a"), new StubFormat("b", true, Detection.Strength.NONE));

            assertThatThrownBy(() -> formats.detect("in.a", anything))
                    .isInstanceOf(UnknownFormatException.class)
                    .hasMessage("cannot tell the format of 'in.a' from its content "
                            + "(readable formats: a, b)");
        }

        @Test
        void unnamedInputIsCalledStdinInTheError() {
            assertThatThrownBy(() -> FormatRegistry.of(new StubFormat("a", true, Detection.Strength.NONE)).detect("", anything))
                    .hasMessage("cannot tell the format of '<stdin>' from its content "
                            + "(readable formats: a)");
        }
    }

    @Nested
    class Ordering {
        @Test
        void loadListsTheFormatsInNameOrder() throws Exception {
            URL unsorted = FormatRegistryTest.class.getResource("/registries/unsorted/");
            try (URLClassLoader loader = new URLClassLoader(new URL[] {unsorted, IDS}, FormatRegistryTest.class.getClassLoader())) {
                assertThat(FormatRegistry.load(loader).all())
                        .extracting(ReportFormat::name)
                        .containsExactly("alpha", "ids", "zulu");
            }
        }

        @Test
        void ofKeepsTheOrderGivenAndAllIsACopy() {
            FormatRegistry formats = FormatRegistry.of(new StubFormat("z", true, Detection.Strength.NONE), new StubFormat("a", true, Detection.Strength.NONE));

            assertThat(formats.all()).extracting(ReportFormat::name).containsExactly("z", "a");
            assertThatThrownBy(() -> formats.all().clear()).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void theLongestMatchingExtensionComesFirst() {
            FormatRegistry formats = FormatRegistry.of(
                    new StubFormat("xml", true, Detection.Strength.NONE, "xml"),
                    new StubFormat("dc", true, Detection.Strength.NONE, "xml", "dc.xml"),
                    new StubFormat("json", true, Detection.Strength.NONE, "json"));

            assertThat(formats.forFileName("records.DC.xml")).extracting(ReportFormat::name).containsExactly("dc", "xml");
            assertThat(formats.forFileName("records.xml")).extracting(ReportFormat::name).containsExactly("xml", "dc");
            assertThat(formats.forFileName("records.dcxml")).isEmpty();
        }
    }

    @Nested
    class WholeCatalogues {
        @Test
        void writeAndReadThroughTheDefaultMethods() {
            ReportFormat ids = registry.expect("ids");
            Catalogue catalogue = RandomReports.withSeed(7).catalogue(5);
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            ConversionReport report = ids.writeCatalogue(catalogue, out, WriteOptions.DEFAULT);
            Catalogue read = ids.readCatalogue(new ByteArrayInputStream(out.toByteArray()), ReadOptions.of("mem"));

            assertThat(read.reports()).extracting(r -> r.id()).isEqualTo(catalogue.reports().stream().map(r -> r.id()).toList());
            assertThat(read.id()).isEqualTo(ReportFormat.UNNAMED);
            assertThat(read.titles().get(0).text()).isEqualTo("mem");
            assertThat(report.losses()).isNotEmpty().allMatch(n -> n.kind() == ConversionNote.Kind.LOSS);
            assertThat(report.isLossless()).isFalse();
        }

        @Test
        void losslessWriteRefusesTheFirstLoss() {
            ReportFormat ids = registry.expect("ids");
            Catalogue catalogue = RandomReports.withSeed(7).catalogue(1);

            assertThatThrownBy(() -> ids.writeCatalogue(catalogue, new ByteArrayOutputStream(), WriteOptions.LOSSLESS))
                    .isInstanceOf(LossyConversionException.class)
                    .hasMessageContaining("lossless");
        }

        @Test
        void writeCatalogueWritesTheHeaderThenTheReportsAndClosesTheOutput() {
            ReportFormat ids = registry.expect("ids");
            Catalogue catalogue = Catalogue.of(RandomReports.withSeed(3).header(),
                    java.util.List.of(Report.builder(ReportId.of("r1")).build(), Report.builder(ReportId.of("r2")).build()));
            java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
            ByteArrayOutputStream out = new ByteArrayOutputStream() {
                @Override
                public void close() {
                    closed.set(true);
                }
            };

            ConversionReport report = ids.writeCatalogue(catalogue, out, WriteOptions.DEFAULT);

            assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("#ids\nr1\nr2\n");
            assertThat(closed).isTrue();
            assertThat(report.notes()).extracting(ConversionNote::toString).containsExactly("loss: ids has no catalogue header");
        }

        @Test
        void aReaderStreamsItsReportsAndClosingTheStreamClosesTheInput() {
            java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
            ByteArrayInputStream in = new ByteArrayInputStream("#ids\nr1\nr2\n".getBytes(StandardCharsets.UTF_8)) {
                @Override
                public void close() {
                    closed.set(true);
                }
            };

            try (java.util.stream.Stream<Report> reports = registry.expect("ids").newReader(in, ReadOptions.of("mem")).stream()) {
                assertThat(reports.map(r -> r.id().value()).toList()).containsExactly("r1", "r2");
                assertThat(closed).isFalse();
            }
            assertThat(closed).isTrue();
        }
    }

    @Nested
    class Notes {
        @Test
        void listenerHearsEveryNoteWhileTheReportKeepsABoundedNumber() {
            java.util.concurrent.atomic.AtomicLong heard = new java.util.concurrent.atomic.AtomicLong();
            ConversionReport.Builder notes = ConversionReport.builder(WriteOptions.DEFAULT.withListener(n -> heard.incrementAndGet()));
            int total = ConversionReport.MAX_KEPT + 25;
            for (int i = 0; i < total; i++) {
                notes.add(ConversionNote.loss(io.github.reportmeta.ReportId.of("r" + i), "/metrics", "no place for usage counts"));
            }

            ConversionReport report = notes.build();

            assertThat(heard.get()).isEqualTo(total);
            assertThat(report.notes()).hasSize(ConversionReport.MAX_KEPT);
            assertThat(report.omitted()).isEqualTo(25);
            assertThat(report.total()).isEqualTo(total);
        }

        @Test
        void readerNotesAreNeverRefused() {
            ConversionReport.Builder notes = ConversionReport.builder(ReadOptions.of("x"));
            notes.add(ConversionNote.loss(io.github.reportmeta.ReportId.of("r"), "", "odd but allowed"));

            assertThat(notes.build().losses()).hasSize(1);
        }
    }

    @Nested
    class Locations {
        @Test
        void printAsFileLineColumn() {
            assertThat(new SourceLocation("a.json", 3, 38)).hasToString("a.json:3:38");
            assertThat(new SourceLocation("a.json", 3, 0)).hasToString("a.json:3");
            assertThat(SourceLocation.of("<stdin>")).hasToString("<stdin>");
        }

        @Test
        void parseExceptionSaysWhatAndWhere() {
            ReportParseException e = new ReportParseException(
                    "ORCID iD must look like 0000-0000-0000-000X, but was '12'",
                    new SourceLocation("a.json", 3, 38), "/authors/0/agent/orcid");

            assertThat(e).hasMessage("/authors/0/agent/orcid: ORCID iD must look like 0000-0000-0000-000X, but was '12' (a.json:3:38)");
            assertThat(e.pointer()).isEqualTo("/authors/0/agent/orcid");
            assertThat(e.location().line()).isEqualTo(3);
            assertThat(e.problem()).isEqualTo("ORCID iD must look like 0000-0000-0000-000X, but was '12'");
            assertThat(e.getCause()).isNull();
        }

        @Test
        void parseExceptionWithoutAPointerSaysOnlyWhatAndWhere() {
            IllegalStateException cause = new IllegalStateException("unexpected end");
            ReportParseException e = new ReportParseException("unexpected end of input", new SourceLocation("a.json", 9, 0), "", cause);

            assertThat(e).hasMessage("unexpected end of input (a.json:9)").hasCause(cause);
            assertThat(e.pointer()).isEmpty();
        }
    }
}
