package io.github.reportmeta.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.format.FormatRegistry;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.synthetic.SyntheticReports;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExamplesTest {

    static final Path DATA = Path.of("data");

    static String printed(java.util.function.Consumer<PrintStream> example) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        example.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Nested
    class WritingTheSeedReport {
        @Test
        void writesJsonAndXmlWithoutLossAndNamesWhatDublinCoreDrops() {
            String out = printed(WriteFormats::run);

            assertThat(out).startsWith("strict validation: valid\n");
            assertThat(out).containsPattern("== json: \\d+ bytes, 0 fields dropped");
            assertThat(out).containsPattern("== xml: \\d+ bytes, 0 fields dropped");
            assertThat(out).containsPattern("== oai_dc: \\d+ bytes, [1-9]\\d* fields dropped");
            assertThat(out).contains("loss drc-2018-215 /metrics");
            assertThat(out).contains("<dc:creator>Long, Haibo</dc:creator>");
            assertThat(out).contains("<dc:relation>Research Report; No. 215 (2018)</dc:relation>");
        }
    }

    @Nested
    class ImportingAListing {
        @Test
        void publishesEveryReportOfTheSampleListingAsOaiDc() {
            ByteArrayOutputStream xml = new ByteArrayOutputStream();
            ByteArrayOutputStream log = new ByteArrayOutputStream();

            int count = ImportListing.run(DATA.resolve("sample-listing.txt"), xml, new PrintStream(log, true, StandardCharsets.UTF_8));

            String records = xml.toString(StandardCharsets.UTF_8);
            assertThat(count).isEqualTo(3);
            assertThat(records).contains("<dc:title xml:lang=\"en\">Water Pricing Reform in Northern Cities</dc:title>");
            assertThat(records).contains("<dc:creator>Gao, Ping</dc:creator>");
            assertThat(log.toString(StandardCharsets.UTF_8)).contains("dropped: loss drc-2021-41 /metrics");
        }

        @Test
        void theSampleJsonIsTheSampleListingConverted() throws Exception {
            FormatRegistry formats = FormatRegistry.load();
            var fromListing = formats.expect("listing").readCatalogue(Files.newInputStream(DATA.resolve("sample-listing.txt")),
                    io.github.reportmeta.format.ReadOptions.of("sample-listing.txt"));
            var fromJson = formats.expect("json").readCatalogue(Files.newInputStream(DATA.resolve("sample-catalogue.json")),
                    io.github.reportmeta.format.ReadOptions.of("sample-catalogue.json"));

            assertThat(fromJson.reports()).isEqualTo(fromListing.reports());
        }
    }

    @Nested
    class EmbeddingInJackson {
        @Test
        void theModelGoesIntoAnApplicationsOwnDocumentAndBack() {
            String out = printed(EmbedInJackson::run);

            assertThat(out).startsWith("{\"owner\":\"policy desk\",\"reports\":[{\"id\":\"drc-2018-215\"");
            assertThat(out).endsWith("read back equal: true\n");
        }
    }

    @Nested
    class Streaming {
        @TempDir
        Path dir;

        @Test
        void streamsACatalogueReportByReport() throws Exception {
            Path input = dir.resolve("large.jsonl");
            ReportFormat jsonl = FormatRegistry.load().expect("jsonl");
            SyntheticReports synthetic = SyntheticReports.withSeed(5);
            try (OutputStream os = Files.newOutputStream(input); ReportWriter writer = jsonl.newWriter(os, WriteOptions.DEFAULT)) {
                writer.writeHeader(synthetic.header());
                for (Iterator<io.github.reportmeta.Report> it = synthetic.reports(2_000); it.hasNext(); ) {
                    writer.write(it.next());
                }
            }

            String out = printed(p -> StreamLargeCatalogue.run(input, dir.resolve("large.xml"), p));

            assertThat(out).isEqualTo("2000 reports streamed, 0 with errors\n");
            assertThat(Files.readString(dir.resolve("large.xml"))).contains("<catalogue").contains("syn-5-1999");
        }
    }

    @Nested
    class OwnFormat {
        @Test
        void aFormatOnTheClassPathIsFoundAndUsed() {
            FormatRegistry formats = FormatRegistry.load();
            ReportFormat csv = formats.expect("csv-titles");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();

            var losses = csv.writeCatalogue(io.github.reportmeta.Catalogue.of(
                    io.github.reportmeta.CatalogueHeader.of(io.github.reportmeta.CatalogueId.of("c"),
                            io.github.reportmeta.LocalizedText.of("c")),
                    java.util.List.of(QuickStart.seedReport())), bytes, WriteOptions.DEFAULT);

            assertThat(formats.forFileName("titles.csv")).containsExactly(csv);
            assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(
                    "id,title\n\"drc-2018-215\",\"The Development of Civil-Military Integration in National Defense and "
                            + "Hi-tech Industries in the U.S.: Experience and Enlightenments\"\n");
            assertThat(losses.notes()).extracting(n -> n.message()).containsExactly("csv-titles has no catalogue header");
        }
    }
}
