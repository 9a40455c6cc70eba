package io.github.reportmeta.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.Catalogue;
import io.github.reportmeta.testing.SeedRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GoldenFileTest {

    private static final Catalogue FULL = Catalogue.of(FullReport.header(), List.of(FullReport.report()));

    static byte[] fixture(String name) {
        try (InputStream in = GoldenFileTest.class.getResourceAsStream("/fixtures/json/" + name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Nested
    class FullCatalogue {

        @Test
        void readsBackEqualToTheModel() {
            assertThat(Json.read(Json.JSON, fixture("full-catalogue.json"))).isEqualTo(FULL);
        }

        @Test
        void writesBackByteIdentical() {
            assertThat(Json.text(Json.write(Json.JSON, FULL))).isEqualTo(Json.text(fixture("full-catalogue.json")));
        }

        @Test
        void isValidUnderTheSchema() {
            assertThat(Json.schemaErrors(Json.text(fixture("full-catalogue.json")))).isEmpty();
        }
    }

    @Nested
    class FullCatalogueAsJsonLines {

        @Test
        void readsBackEqualToTheModel() {
            Catalogue back = Json.JSONL.readCatalogue(new ByteArrayInputStream(fixture("full-catalogue.jsonl")), Json.STRICT);

            assertThat(back).isEqualTo(FULL);
        }

        @Test
        void writesBackByteIdentical() {
            assertThat(Json.text(Json.write(Json.JSONL, FULL))).isEqualTo(Json.text(fixture("full-catalogue.jsonl")));
        }

        @Test
        void hasEveryLineValidUnderTheSchema() {
            for (String line : Json.text(fixture("full-catalogue.jsonl")).split("\n")) {
                assertThat(Json.schemaErrors(line)).isEmpty();
            }
        }
    }

    @Nested
    class SeedReport {

        @Test
        void readsBackEqualAndWritesBackByteIdentical() {
            String golden = Json.text(fixture("seed-report.json"));

            assertThat(Json.JSON.readReport(Json.input(golden), Json.STRICT)).isEqualTo(SeedRecord.report());
            assertThat(Json.singleReport(SeedRecord.report())).isEqualTo(golden);
            assertThat(Json.schemaErrors(golden)).isEmpty();
        }
    }
}
