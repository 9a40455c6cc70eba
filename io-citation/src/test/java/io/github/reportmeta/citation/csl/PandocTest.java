package io.github.reportmeta.citation.csl;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.Author;
import io.github.reportmeta.Report;
import io.github.reportmeta.Role;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.testing.RandomReports;
import io.github.reportmeta.testing.SeedRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * pandoc, a third-party reader, reads what {@code csl-json} writes and sees the same number, series, publisher,
 * authors and issued date: its own CSL-JSON of our items reads back as the same reports, and its bibliography
 * of the seed shows them.
 */
class PandocTest {

    static final long SEED = 20261204L;

    @BeforeEach
    void needsPandoc() {
        PandocRunner.requirePandoc();
    }

    static byte[] write(List<Report> reports) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReportWriter writer = new CslJsonFormat().newWriter(out, WriteOptions.DEFAULT)) {
            reports.forEach(writer::write);
        }
        return out.toByteArray();
    }

    static List<Report> read(byte[] json, String name) {
        return new CslJsonFormat().readCatalogue(new ByteArrayInputStream(json), ReadOptions.of(name)).reports();
    }

    /**
     * The authors but the contributors: pandoc 2.17 (Debian's, which CI installs) predates CSL 1.0.2's
     * {@code contributor} and writes it back as an empty string.
     */
    static List<Author> withoutContributors(List<Author> authors) {
        return authors.stream().filter(a -> a.role() != Role.CONTRIBUTOR).toList();
    }

    @Nested
    class PandocsOwnCslJson {

        @Test
        void ofTheSeedHasItsNumberSeriesPublisherAuthorsAndDate() {
            byte[] ours = write(List.of(SeedRecord.report()));

            String theirs = PandocRunner.run(ours, "-f", "csljson", "-t", "csljson");

            Report mine = read(ours, "ours.json").get(0);
            Report seen = read(theirs.getBytes(StandardCharsets.UTF_8), "pandoc.json").get(0);
            assertThat(seen.number()).isEqualTo(mine.number());
            assertThat(seen.number().number()).isEqualTo("215");
            assertThat(seen.publisher()).isEqualTo(mine.publisher());
            assertThat(seen.authors()).isEqualTo(mine.authors());
            assertThat(seen.issued()).isEqualTo(mine.issued());
            assertThat(seen).isEqualTo(mine);
        }

        @Test
        void ofGeneratedReportsHasTheSameNumbersPublishersAuthorsAndDates() {
            RandomReports random = RandomReports.withSeed(SEED);
            System.out.println("PandocTest seed: " + random.seed());
            List<Report> reports = new ArrayList<>(random.reports(300));
            reports.add(random.maximalReport());
            byte[] ours = write(reports);

            String theirs = PandocRunner.run(ours, "-f", "csljson", "-t", "csljson");

            List<Report> mine = read(ours, "ours.json");
            List<Report> seen = read(theirs.getBytes(StandardCharsets.UTF_8), "pandoc.json");
            assertThat(seen).as("reports pandoc wrote back (seed %s)", SEED).hasSameSizeAs(mine);
            for (Report m : mine) {
                Report s = seen.stream().filter(r -> r.id().equals(m.id())).findFirst().orElseThrow();
                String what = m.id() + " (seed " + SEED + ")";
                assertThat(s.number()).as("number of %s", what).isEqualTo(m.number());
                assertThat(s.issued()).as("issued of %s", what).isEqualTo(m.issued());
                assertThat(typographic(s.publisher())).as("publisher of %s", what).isEqualTo(typographic(m.publisher()));
                assertThat(typographic(s.authors())).as("authors of %s", what)
                        .isEqualTo(typographic(withoutContributors(m.authors())));
            }
        }
    }

    /**
     * A value's text with pandoc's smart punctuation undone: pandoc reads CSL strings as markup and writes
     * straight quotes and apostrophes back curly, which changes no field.
     */
    static String typographic(@Nullable Object value) {
        return String.valueOf(value).replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"')
                .replace('\u201D', '"');
    }

    @Nested
    class PandocsBibliography {

        @Test
        void ofTheSeedShowsTheReportNumberPublisherAuthorsAndYear() {
            String markdown = "---\nnocite: \"@*\"\nbibliography: /dev/stdin\n---\n";
            java.nio.file.Path bib;
            try {
                bib = java.nio.file.Files.createTempFile("seed", ".json");
                java.nio.file.Files.write(bib, write(List.of(SeedRecord.report())));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            try {
                String text = PandocRunner.run(markdown.replace("/dev/stdin", bib.toString()).getBytes(StandardCharsets.UTF_8),
                        "--citeproc", "-f", "markdown", "-t", "plain", "--wrap=none");

                assertThat(text).contains("Long, Haibo", SeedRecord.TEAM, "2018", "Research Report 215",
                        "Research Department of Innovation Development, Development Research Center of the State Council");
            } finally {
                bib.toFile().delete();
            }
        }
    }
}
