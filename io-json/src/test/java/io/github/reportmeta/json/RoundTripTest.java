package io.github.reportmeta.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.Catalogue;
import io.github.reportmeta.Report;
import io.github.reportmeta.testing.RandomReports;
import io.github.reportmeta.testing.SeedRecord;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RoundTripTest {

    private static final int COUNT = 10_000;
    private static RandomReports random;
    private static Catalogue catalogue;

    @BeforeAll
    static void generate() {
        random = RandomReports.fromEnvironment();
        catalogue = random.catalogue(COUNT);
    }

    @Nested
    class JsonDocument {

        @Test
        void givesBackAnEqualCatalogueOfTenThousandReports() {
            Catalogue back = Json.read(Json.JSON, Json.write(Json.JSON, catalogue));

            assertThat(back.header()).as("seed %d", random.seed()).isEqualTo(catalogue.header());
            assertReportsEqual(back.reports(), catalogue.reports());
        }

        @Test
        void writesTheSameBytesEveryTime() {
            assertThat(Json.write(Json.JSON, catalogue)).as("seed %d", random.seed())
                    .isEqualTo(Json.write(Json.JSON, catalogue));
        }

        @Test
        void writesDocumentsTheSchemaAccepts() {
            String document = Json.text(Json.write(Json.JSON, catalogue));

            assertThat(Json.schemaErrors(document)).as("seed %d", random.seed()).isEmpty();
        }

        @Test
        void givesBackEverySingleReportDocument() {
            for (Report report : catalogue.reports().subList(0, 2_000)) {
                String document = Json.singleReport(report);
                Report back = Json.JSON.readReport(Json.input(document), Json.STRICT);
                assertThat(back).as("seed %d, report %s", random.seed(), report.id()).isEqualTo(report);
                assertThat(Json.schemaErrors(document)).as("seed %d, report %s", random.seed(), report.id()).isEmpty();
            }
        }

        @Test
        void givesBackTheEmptyAndTheMaximalReportAndTheSeed() {
            List<Report> reports = List.of(random.emptyReport(), random.maximalReport(), SeedRecord.report());
            for (Report report : reports) {
                assertThat(Json.JSON.readReport(Json.input(Json.singleReport(report)), Json.STRICT)).isEqualTo(report);
            }
        }

        @Test
        void givesBackACatalogueWithoutReports() {
            Catalogue empty = catalogue.withReports(List.of());

            assertThat(Json.read(Json.JSON, Json.write(Json.JSON, empty))).isEqualTo(empty);
        }
    }

    @Nested
    class JsonLines {

        @Test
        void givesBackAnEqualCatalogueOfTenThousandReports() {
            byte[] bytes = Json.write(Json.JSONL, catalogue);
            Catalogue back = Json.JSONL.readCatalogue(new ByteArrayInputStream(bytes), Json.STRICT);

            assertThat(back.header()).as("seed %d", random.seed()).isEqualTo(catalogue.header());
            assertReportsEqual(back.reports(), catalogue.reports());
        }

        @Test
        void writesOneRecordPerLineEveryOneValidUnderTheSchema() {
            String text = Json.text(Json.write(Json.JSONL, catalogue));

            assertThat(text).endsWith("}\n").doesNotContain("\r");
            String[] lines = text.split("\n", -1);
            assertThat(lines).hasSize(COUNT + 2);
            for (int i = 0; i < lines.length - 1; i++) {
                assertThat(Json.schemaErrors(lines[i])).as("seed %d, line %d", random.seed(), i + 1).isEmpty();
            }
        }

        @Test
        void readsLinesWithoutAHeader() {
            byte[] bytes = Json.write(Json.JSONL, null, catalogue.reports().subList(0, 100));

            assertThat(Json.readReports(Json.JSONL, Json.text(bytes), Json.STRICT))
                    .isEqualTo(catalogue.reports().subList(0, 100));
        }
    }

    private static void assertReportsEqual(List<Report> actual, List<Report> expected) {
        assertThat(actual).as("seed %d", random.seed()).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i)).as("seed %d, report %d", random.seed(), i).isEqualTo(expected.get(i));
        }
    }
}
