package io.github.reportmeta.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.reportmeta.Author;
import io.github.reportmeta.Person;
import io.github.reportmeta.PersonName;
import io.github.reportmeta.Report;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.testing.SeedRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The page the project was born from, read from the shared seed file (never copied into the project), gives the
 * seed record as core builds it, in every field the page shows.
 */
class SeedListingTest {

    private static final Path SEED = Path.of(System.getProperty("reportmeta.seedPage",
            "../../shared/seed/drc-report-listing.txt"));

    @Test
    void readsTheSeedPageAsTheSeedRecord() throws IOException {
        if (!Files.isRegularFile(SEED)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("the seed page is missing at " + SEED.toAbsolutePath()
                        + "; on CI it must be there (or named by -Dreportmeta.seedPage)");
            }
            assumeTrue(false, "the seed page is not at " + SEED.toAbsolutePath());
        }
        Listings.Read read;
        try (InputStream in = Files.newInputStream(SEED)) {
            read = Listings.read(in, new ListingFormat(), ReadOptions.of(SEED.getFileName().toString()));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        assertThat(read.notes().notes()).isEmpty();
        assertThat(read.only()).isEqualTo(withoutOriginalNames(SeedRecord.report()));
    }

    /** The page writes names in Latin letters only, so the original-script forms core adds are not on it. */
    private static Report withoutOriginalNames(Report report) {
        List<Author> authors = report.authors().stream().map(a -> {
            if (a.agent() instanceof Person p) {
                PersonName n = p.name();
                PersonName bare = new PersonName(n.family(), n.given(), n.particle(), n.suffix(), n.order(),
                        n.literal(), null);
                return new Author(new Person(bare, p.orcid(), p.affiliations()), a.role());
            }
            return a;
        }).toList();
        return report.withAuthors(authors);
    }
}
