package io.github.reportmeta.dc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.format.FormatRegistry;
import io.github.reportmeta.testing.SeedRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The seed record in each XML-based format, compared byte for byte with the files under fixtures/. */
class GoldenFilesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"xml, /fixtures/xml/seed.xml", "oai_dc, /fixtures/oai_dc/seed.xml",
            "dcterms, /fixtures/dcterms/seed.xml", "dc-html, /fixtures/dc-html/seed.head.html"})
    void theSeedRecordIsWrittenAsTheGoldenFileSays(String format, String golden) throws IOException {
        String written = DcTesting.write(FormatRegistry.load().expect(format), SeedRecord.report()).text();
        try (InputStream in = GoldenFilesTest.class.getResourceAsStream(golden)) {
            assertThat(in).as(golden).isNotNull();
            assertThat(written).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
