package io.github.reportmeta.registry.crossref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.reportmeta.Author;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.PartialDate;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportMetadataException;
import io.github.reportmeta.ReportType;
import io.github.reportmeta.Role;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.synthetic.SyntheticReports;
import io.github.reportmeta.testing.RandomReports;
import io.github.reportmeta.testing.SeedRecord;
import io.github.reportmeta.xml.internal.HardenedSchemas;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/**
 * Validates crossref output against the official deposit schema 5.3.1, kept beside the checkout in
 * {@code shared/schemas/crossref/} (the nearest ancestor folder that has it), with every import resolved from that
 * folder and never from the network. Skipped when the schemas are missing, except in CI ({@code CI=true}), where
 * their absence fails the build.
 */
class CrossrefSchemaTest {

    static final Path OFFICIAL = official();
    static Schema schema;

    @BeforeAll
    static void loadTheOfficialSchema() throws IOException {
        boolean present = Files.isRegularFile(OFFICIAL.resolve("crossref5.3.1.xsd"));
        if ("true".equals(System.getenv("CI"))) {
            assertThat(present).as("CI=true, but the Crossref schemas are missing from %s",
                    OFFICIAL.toAbsolutePath().normalize()).isTrue();
        }
        assumeTrue(present, "the Crossref schemas are not beside the checkout at " + OFFICIAL.toAbsolutePath());
        // Imports and includes are found by file name among the bundled files; the one remote schemaLocation
        // (http://www.w3.org/Math/XMLSchema/mathml3/mathml3.xsd) resolves to the bundled mathml3.xsd.
        Map<String, URL> table = new HashMap<>();
        try (Stream<Path> files = Files.walk(OFFICIAL)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".xsd")).toList()) {
                table.put(p.getFileName().toString(), url(p));
            }
        }
        schema = HardenedSchemas.load(url(OFFICIAL.resolve("crossref5.3.1.xsd")), table);
    }

    static Path official() {
        Path relative = Path.of("shared", "schemas", "crossref");
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

    static void validate(Validator validator, byte[] document) throws SAXException, IOException {
        validator.validate(new StreamSource(new ByteArrayInputStream(document)));
    }

    /**
     * The loss notes that {@code docs/formats/registries.md} documents for a report the synthetic generator makes:
     * keywords, view counts, the kind of report unless it is a research report, the full text and its formats, and
     * the role of a research team.
     */
    static List<String> documentedLosses(Report r) {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < r.authors().size(); i++) {
            Author a = r.authors().get(i);
            if (a.role() == Role.RESEARCH_TEAM) {
                expected.add("/authors/" + i + "/role");
            }
        }
        if (r.type() != ReportType.RESEARCH_REPORT) {
            expected.add("/type");
        }
        if (!r.keywords().isEmpty()) {
            expected.add("/keywords");
        }
        if (r.fullText() != null) {
            expected.add("/fullText");
        }
        if (!r.formats().isEmpty()) {
            expected.add("/formats");
        }
        if (!r.metrics().isEmpty()) {
            expected.add("/metrics");
        }
        return expected;
    }

    @Nested
    class TheSeed {

        @Test
        void isADepositTheSchemaAcceptsWithNumberInstitutionDepartmentDateAuthorsAndTitle() throws Exception {
            CrossrefTesting.Written w = CrossrefTesting.write(null, List.of(CrossrefTesting.registrable(SeedRecord.report())));

            validate(HardenedSchemas.validator(schema), w.bytes());
            assertThat(w.text())
                    .contains("<item_number item_number_type=\"report-number\">215</item_number>")
                    .contains("<identifier id_type=\"report-number\">Research Report, No.215, 2018</identifier>")
                    .contains("<institution_name>Development Research Center of the State Council</institution_name>")
                    .contains("<institution_acronym>DRC</institution_acronym>")
                    .contains("<institution_department>Research Department of Innovation Development</institution_department>")
                    .contains("<publication_date media_type=\"online\">\n          <month>12</month>\n          <day>10</day>\n"
                            + "          <year>2018</year>")
                    .contains("<given_name>Haibo</given_name>\n            <surname>Long</surname>")
                    .contains("<string-name language=\"zh\">龙海波</string-name>")
                    .contains("<organization sequence=\"additional\" contributor_role=\"author\">Research Team on")
                    .contains("<title>" + SeedRecord.TITLE + "</title>")
                    .contains("<doi>10.5555/drc-2018-215</doi>");
            assertThat(w.notes()).extracting(ConversionNote::pointer)
                    .containsExactlyInAnyOrderElementsOf(documentedLosses(SeedRecord.report()));
        }
    }

    @Nested
    class GeneratedReports {

        @Test
        void tenThousandEachGiveADocumentTheSchemaAcceptsWithExactlyTheDocumentedLosses() throws Exception {
            long seed = RandomReports.fromEnvironment().seed();
            System.out.println("crossref: 10,000 synthetic reports of seed " + seed);
            Validator validator = HardenedSchemas.validator(schema);
            Iterator<Report> reports = SyntheticReports.withSeed(seed).reports(10_000);
            int series = 0;
            while (reports.hasNext()) {
                Report r = CrossrefTesting.registrable(reports.next());
                CrossrefTesting.Written w = CrossrefTesting.write(null, List.of(r));
                try {
                    validate(validator, w.bytes());
                } catch (SAXException e) {
                    throw new AssertionError("seed " + seed + ", report " + r.id() + ": " + e.getMessage()
                            + "\n" + w.text(), e);
                }
                assertThat(w.notes()).as("seed %s, report %s", seed, r.id())
                        .allMatch(n -> n.kind() == ConversionNote.Kind.LOSS && r.id().equals(n.report()))
                        .extracting(ConversionNote::pointer)
                        .containsExactlyInAnyOrderElementsOf(documentedLosses(r));
                series += w.text().contains("<item_number") ? 1 : 0;
            }
            assertThat(series).as("reports written with their report number").isEqualTo(10_000);
        }

        @Test
        void aCatalogueOfThemIsOneDepositTheSchemaAccepts() throws Exception {
            long seed = RandomReports.fromEnvironment().seed();
            SyntheticReports synthetic = SyntheticReports.withSeed(seed);
            List<Report> reports = new ArrayList<>();
            synthetic.reports(200).forEachRemaining(r -> reports.add(CrossrefTesting.registrable(r)));

            CrossrefTesting.Written w = CrossrefTesting.write(synthetic.header(), reports);

            validate(HardenedSchemas.validator(schema), w.bytes());
            assertThat(w.text().split("<report-paper>", -1)).as("report-paper elements, seed %s", seed).hasSize(201);
        }
    }

    @Nested
    class RandomReportsOfTheContracts {

        /** A random report given what a deposit requires, where it lacks it. */
        Report complete(Report report) {
            Report r = report.issued() == null ? report.withIssued(PartialDate.of(2020)) : report;
            return CrossrefTesting.registrable(r.titles().isEmpty() ? r.withTitles(List.of(LocalizedText.of("Untitled"))) : r);
        }

        @Test
        void theMaximalAndTheEmptyReportGiveDocumentsTheSchemaAccepts() throws Exception {
            RandomReports random = RandomReports.fromEnvironment();
            Validator validator = HardenedSchemas.validator(schema);
            for (Report r : List.of(complete(random.maximalReport()), complete(random.emptyReport()))) {
                CrossrefTesting.Written w = CrossrefTesting.write(null, List.of(r));
                try {
                    validate(validator, w.bytes());
                } catch (SAXException e) {
                    throw new AssertionError("seed " + random.seed() + ", report " + r.id() + ": " + e.getMessage()
                            + "\n" + w.text(), e);
                }
            }
        }

        @Test
        void randomReportsGiveDocumentsTheSchemaAcceptsOrAreRefusedNamingTheField() throws Exception {
            RandomReports random = RandomReports.fromEnvironment();
            Validator validator = HardenedSchemas.validator(schema);
            int written = 0;
            for (Report report : random.reports(300)) {
                Report r = complete(report);
                CrossrefTesting.Written w;
                try {
                    w = CrossrefTesting.write(null, List.of(r));
                } catch (ReportMetadataException refused) {
                    // A DOI or a date out of Crossref's range.
                    assertThat(refused).as("seed %s, report %s", random.seed(), r.id())
                            .hasMessageContaining("cannot be written as crossref: /");
                    continue;
                }
                try {
                    validate(validator, w.bytes());
                } catch (SAXException e) {
                    throw new AssertionError("seed " + random.seed() + ", report " + r.id() + ": " + e.getMessage()
                            + "\n" + w.text(), e);
                }
                written++;
            }
            assertThat(written).as("random reports written, seed %s", random.seed()).isGreaterThan(150);
        }
    }

    @Nested
    class TheValidation {

        @Test
        void rejectsADepositWithoutTheResourceOfItsDoi() {
            String text = CrossrefTesting.write(null, List.of(CrossrefTesting.registrable(SeedRecord.report()))).text();
            String broken = text.replaceAll("\\s*<resource>[^<]*</resource>", "");

            assertThat(broken).isNotEqualTo(text);
            assertThatThrownBy(() -> validate(HardenedSchemas.validator(schema), broken.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(SAXException.class).hasMessageContaining("resource");
        }

        @Test
        void acceptsTheOfficialExampleUnderItsOwnSchemaVersion() throws Exception {
            Map<String, URL> table = new HashMap<>();
            try (Stream<Path> files = Files.walk(OFFICIAL)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".xsd")).toList()) {
                    table.put(p.getFileName().toString(), url(p));
                }
            }
            Schema older = HardenedSchemas.load(url(OFFICIAL.resolve("crossref5.3.0.xsd")), table);

            validate(HardenedSchemas.validator(older), Files.readAllBytes(OFFICIAL.resolve("examples/report.5.3.0.xml")));
            assertThat(new TreeSet<>(table.keySet())).contains("mathml3.xsd", "JATS-journalpublishing1-3d2-mathml3.xsd");
        }
    }
}
