package io.github.reportmeta.registry.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reportmeta.Author;
import io.github.reportmeta.Doi;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.PersonName;
import io.github.reportmeta.ReportMetadataException;
import io.github.reportmeta.Report;
import io.github.reportmeta.Url;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.synthetic.SyntheticReports;
import io.github.reportmeta.testing.RandomReports;
import io.github.reportmeta.testing.SeedRecord;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The seed record, generated reports and random ones through {@code schema-org} and back. */
class SchemaOrgRoundTripTest {

    static Report seed() {
        return SeedRecord.report().toBuilder()
                .identifier(Doi.parse("10.5555/drc.2018.215"))
                .landingPage(Url.parse("https://www.drc.gov.cn/report/2018/215"))
                .build();
    }

    @Nested
    class TheSeedRecord {

        @Test
        void carriesTheReportNumberTheDepartmentUnderItsParentAndTheViews() {
            SchemaOrgTesting.Written w = SchemaOrgTesting.write(List.of(seed()));

            assertThat(w.text()).startsWith("{\n  \"@context\": \"https://schema.org\",\n  \"@type\": \"Report\",")
                    .contains("\"reportNumber\": \"215\"")
                    .contains("\"isPartOf\": {\n    \"@type\": \"CreativeWorkSeries\",\n    \"name\": \"Research Report\"")
                    .contains("\"publisher\": {\n    \"@type\": \"Organization\",\n"
                            + "    \"name\": \"Research Department of Innovation Development\",\n"
                            + "    \"parentOrganization\": {\n      \"@type\": \"Organization\",\n"
                            + "      \"name\": \"Development Research Center of the State Council\",\n"
                            + "      \"alternateName\": \"DRC\"")
                    .contains("\"interactionType\": {\n        \"@type\": \"ViewAction\"\n      },\n"
                            + "      \"userInteractionCount\": 5490")
                    .contains("\"propertyID\": \"doi\",\n      \"value\": \"10.5555/drc.2018.215\"")
                    .contains("\"url\": \"https://www.drc.gov.cn/report/2018/215\"");
            assertThat(SchemaOrgTesting.schemaErrors(w.text())).isEmpty();
        }

        @Test
        void comesBackEqualWithoutALoss() {
            SchemaOrgTesting.Written w = SchemaOrgTesting.write(List.of(seed()));
            SchemaOrgTesting.Read back = SchemaOrgTesting.read(w.text(), ReadOptions.of("seed.jsonld"));

            assertThat(w.notes()).isEmpty();
            assertThat(back.reports()).containsExactly(seed());
            assertThat(back.notes()).isEmpty();
        }
    }

    @Nested
    class GeneratedReports {

        /** What a generated report loses: the page count among its formats, nothing else. */
        static final Set<String> DOCUMENTED = Set.of("/formats/1");

        @Test
        void tenThousandComeBackWithExactlyTheDocumentedLosses() {
            long seed = 20261204L;
            System.out.println("SyntheticReports seed " + seed);
            SyntheticReports synthetic = SyntheticReports.withSeed(seed);
            Set<String> lost = new TreeSet<>();
            for (int i = 0; i < 10_000; i++) {
                Report r = synthetic.report(i);
                SchemaOrgTesting.Written w = SchemaOrgTesting.write(List.of(r));
                Report back = SchemaOrgTesting.read(w.text(), ReadOptions.of("syn")).reports().get(0);
                List<String> named = w.notes().stream().map(n -> n.pointer().split("/", 3)[1]).distinct().toList();
                assertThat(named).as("components of %s (seed %d) named as lost", r.id(), seed)
                        .containsExactlyInAnyOrderElementsOf(SchemaOrgTesting.changedComponents(r, back));
                w.notes().forEach(n -> lost.add(n.pointer()));
            }
            assertThat(lost).as("what the generated reports lose").isSubsetOf(DOCUMENTED);
        }

        @Test
        void aCatalogueIsOneGraphReadBackReportByReport() {
            SyntheticReports synthetic = SyntheticReports.withSeed(7);
            List<Report> reports = List.of(synthetic.report(0), synthetic.report(1), synthetic.report(2));
            SchemaOrgTesting.Written w = SchemaOrgTesting.write(reports);

            assertThat(w.text()).startsWith("{\n  \"@context\": \"https://schema.org\",\n  \"@graph\": [\n    {\n      \"@type\": \"Report\"");
            assertThat(SchemaOrgTesting.schemaErrors(w.text())).isEmpty();
            assertThat(SchemaOrgTesting.read(w.text(), ReadOptions.of("graph")).reports())
                    .extracting(Report::id).containsExactlyElementsOf(reports.stream().map(Report::id).toList());
        }
    }

    @Nested
    class WhatTheReaderWouldRefuse {

        @Test
        void aDisplayedNameLongerThanTheLongestStringIsRefusedBeforeAnythingIsWritten() {
            String half = "x".repeat(600_000);
            Report r = Report.builder("long-name").title(LocalizedText.of("T"))
                    .author(Author.person(PersonName.of(half, half))).build();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            ReportWriter writer = SchemaOrgTesting.FORMAT.newWriter(out, WriteOptions.DEFAULT);

            assertThatThrownBy(() -> writer.write(r)).isInstanceOf(ReportMetadataException.class)
                    .hasMessageContaining("'long-name'")
                    .hasMessageContaining("/authors/0/agent/name/family makes the displayed name (Person name) 1200001")
                    .hasMessageContaining("expected at most 1000000");
            writer.close();
            assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(
                    "{\n  \"@context\": \"https://schema.org\",\n  \"@graph\": []\n}\n");
        }
    }

    @Nested
    class RandomReportsIncludingTheMaximal {

        @Test
        void validateAgainstTheSchemaOfWhatIsWritten() {
            RandomReports random = RandomReports.withSeed(42);
            System.out.println("RandomReports seed 42");
            List<Report> reports = new java.util.ArrayList<>(random.reports(200));
            reports.add(random.maximalReport());
            reports.add(random.emptyReport());
            for (Report r : reports) {
                String text = SchemaOrgTesting.write(List.of(r)).text();
                assertThat(SchemaOrgTesting.schemaErrors(text)).as("schema errors of %s", r.id()).isEmpty();
            }
            assertThat(SchemaOrgTesting.schemaErrors(SchemaOrgTesting.write(reports).text())).isEmpty();
        }

        @Test
        void theMaximalReportNamesItsLossesByComponent() {
            Report maximal = RandomReports.withSeed(42).maximalReport();
            List<ConversionNote> notes = SchemaOrgTesting.write(List.of(maximal)).notes();

            assertThat(notes).extracting(n -> n.pointer().split("/", 3)[1])
                    .contains("sources", "relations").doesNotContain("id", "titles", "publisher", "language");
        }
    }
}
