package io.github.reportmeta.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.format.FormatRegistry;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FormatDiscoveryTest {

    private final FormatRegistry formats = FormatRegistry.load();

    @Nested
    class ServiceLoader {

        @Test
        void findsBothFormatsByNameAndExtension() {
            assertThat(formats.expect("json")).isInstanceOf(JsonFormat.class);
            assertThat(formats.expect("jsonl")).isInstanceOf(JsonLinesFormat.class);
            assertThat(formats.forFileName("reports.ndjson").get(0)).isInstanceOf(JsonLinesFormat.class);
        }

        @Test
        void tellsTheTwoFormatsApartByContent() {
            byte[] document = GoldenFileTest.fixture("full-catalogue.json");
            byte[] lines = GoldenFileTest.fixture("full-catalogue.jsonl");
            byte[] headless = "{\"id\":\"a\",\"type\":\"book\"}\n{\"id\":\"b\",\"type\":\"book\"}\n".getBytes(StandardCharsets.UTF_8);

            assertThat(formats.detect("", document)).isInstanceOf(JsonFormat.class);
            assertThat(formats.detect("", lines)).isInstanceOf(JsonLinesFormat.class);
            assertThat(formats.detect("", headless)).isInstanceOf(JsonLinesFormat.class);
        }
    }
}
