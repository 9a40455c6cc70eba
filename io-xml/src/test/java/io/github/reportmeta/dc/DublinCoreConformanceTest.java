package io.github.reportmeta.dc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.reportmeta.Report;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.testing.RandomReports;
import io.github.reportmeta.testing.SeedRecord;
import io.github.reportmeta.xml.internal.HardenedSchemas;
import java.io.ByteArrayInputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Validates all oai_dc and dcterms output against the schemas OAI and DCMI publish, kept beside the checkout in
 * {@code shared/schemas/dublin-core/} (found in the nearest ancestor folder that has it). Skipped when they are missing, except in CI ({@code CI=true}), where
 * their absence fails the build.
 */
class DublinCoreConformanceTest {

    static final Path PUBLISHED = published();
    static Schema oaiDc;
    static Schema dcterms;

    @BeforeAll
    static void loadPublishedSchemas() throws Exception {
        boolean present = Files.isRegularFile(PUBLISHED.resolve("oai_dc.xsd"))
                && Files.isRegularFile(PUBLISHED.resolve("dcterms.xsd"));
        if ("true".equals(System.getenv("CI"))) {
            assertThat(present).as("CI=true, but the published schemas are missing from %s",
                    PUBLISHED.toAbsolutePath().normalize()).isTrue();
        }
        assumeTrue(present, "the published schemas are not beside the checkout at " + PUBLISHED.toAbsolutePath());
        Map<String, URL> table = new HashMap<>();
        try (var files = Files.list(PUBLISHED)) {
            for (Path p : files.toList()) {
                table.put(p.getFileName().toString(), url(p));
            }
        }
        oaiDc = HardenedSchemas.load(resource("/schemas/reportmeta-oai-dc-collection.xsd"), table);
        dcterms = HardenedSchemas.load(resource("/schemas/reportmeta-dcterms.xsd"), table);
    }

    /**
     * The published schemas in {@code shared/} beside the checkout: the nearest ancestor of the working directory
     * (the module's folder when Maven runs the test) that has {@code shared/schemas/dublin-core}.
     */
    static Path published() {
        Path relative = Path.of("shared", "schemas", "dublin-core");
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        return Path.of("..", "..").resolve(relative);
    }

    static URL url(Path p) {
        try {
            return p.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    static URL resource(String name) {
        return DublinCoreConformanceTest.class.getResource(name);
    }

    static void validate(Schema schema, ReportFormat format, List<Report> reports) throws Exception {
        byte[] doc = DcTesting.write(format, reports, WriteOptions.DEFAULT).bytes();
        HardenedSchemas.validator(schema).validate(new StreamSource(new ByteArrayInputStream(doc)));
    }

    static List<List<Report>> documents(RandomReports random) {
        return List.of(List.of(SeedRecord.report()), List.of(random.maximalReport()), List.of(random.emptyReport()),
                random.reports(500), List.of());
    }

    @Nested
    class OaiDc {

        @Test
        void everyWrittenDocumentValidatesAgainstThePublishedOaiDcSchema() throws Exception {
            RandomReports random = RandomReports.fromEnvironment();
            for (List<Report> doc : documents(random)) {
                validate(oaiDc, new OaiDcFormat(), doc);
            }
        }
    }

    @Nested
    class Dcterms {

        @Test
        void everyWrittenDocumentValidatesAgainstThePublishedDctermsSchema() throws Exception {
            RandomReports random = RandomReports.fromEnvironment();
            for (List<Report> doc : documents(random)) {
                validate(dcterms, new DctermsFormat(), doc);
            }
        }
    }
}
