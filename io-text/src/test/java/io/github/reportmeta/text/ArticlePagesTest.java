package io.github.reportmeta.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reportmeta.Author;
import io.github.reportmeta.PartialDate;
import io.github.reportmeta.Person;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportType;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportParseException;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Article pages: no series line, a by-line without "By", a source-and-date line and a body of paragraphs. They
 * are read as articles with author, affiliation and date, and the opening paragraph as the abstract.
 */
class ArticlePagesTest {

    private static Person person(Report report, int i) {
        Author author = report.authors().get(i);
        assertThat(author.agent()).isInstanceOf(Person.class);
        return (Person) author.agent();
    }

    @Nested
    class AsText {

        private final Listings.Read read = Listings.fixture("articles.txt");

        @Test
        void readsBothArticles() {
            assertThat(read.reports()).extracting(r -> r.titles().get(0).text())
                    .containsExactly("Stabilising Growth Through Structural Reform",
                            "Another Article Without Its Author's Unit");
        }

        @Test
        void readsEachAsAnArticleWithItsDateAndSource() {
            Report first = read.reports().get(0);
            assertThat(first.type()).isEqualTo(ReportType.ARTICLE);
            assertThat(first.issued()).isEqualTo(PartialDate.parse("2017-08-15"));
            assertThat(first.sources()).containsExactly("drc.gov.cn");
            Report second = read.reports().get(1);
            assertThat(second.issued()).isEqualTo(PartialDate.parse("2018-03"));
            assertThat(second.sources()).containsExactly("China Daily");
            assertThat(second.number()).isNull();
        }

        @Test
        void readsTheAuthorWithTheOrganisationAsAffiliationNotAsPublisher() {
            Report first = read.reports().get(0);
            assertThat(first.authors()).hasSize(1);
            Person li = person(first, 0);
            assertThat(li.name().family()).isEqualTo("Li");
            assertThat(li.name().given()).isEqualTo("Wei");
            assertThat(li.affiliations()).singleElement()
                    .satisfies(o -> assertThat(o.name()).isEqualTo("Development Research Center of the State Council"));
            assertThat(first.publisher()).isNull();
            assertThat(person(read.reports().get(1), 0).affiliations()).singleElement()
                    .satisfies(o -> assertThat(o.name()).isEqualTo("Development Research Center of the State Council"));
        }

        @Test
        void keepsTheOpeningParagraphAsTheAbstract() {
            assertThat(read.reports().get(0).abstracts()).singleElement().satisfies(a -> assertThat(a.text())
                    .isEqualTo("The opening paragraph says what the article argues: that reform and growth go together."));
            assertThat(read.reports().get(1).abstracts()).singleElement()
                    .satisfies(a -> assertThat(a.text()).isEqualTo("Only one paragraph here."));
        }

        @Test
        void notesTheRestOfTheBodyOnceWithItsSize() {
            List<ConversionNote> notes = read.notes().notes();
            assertThat(notes).singleElement().satisfies(n -> {
                assertThat(n.report()).isEqualTo(read.reports().get(0).id());
                assertThat(n.pointer()).isEqualTo("/abstracts/0");
                assertThat(n.message()).contains("2 paragraphs, ");
                assertThat(java.util.Objects.requireNonNull(n.location()).line()).isEqualTo(5);
            });
        }

        @Test
        void derivesTheIdFromTheAffiliationWhenThereIsNoPublisher() {
            assertThat(read.reports().get(0).id().value()).startsWith("drc-");
        }
    }

    @Nested
    class AsHtml {

        @Test
        void readsTheSameArticleAsTheText() {
            Report fromHtml = Listings.fixture("articles.html").only();
            Report fromText = Listings.fixture("articles.txt").reports().get(0);
            assertThat(fromHtml).isEqualTo(fromText);
        }
    }

    @Nested
    class WithoutTheSourceLine {

        @Test
        void doesNotTakeANameLikeLineAfterATitleForAnArticleByline() {
            Listings.Read read = Listings.text("""
                    A Title
                    Li Wei, DRC
                    Research Report, No.3, 2020 2020-01-02
                    """);
            Report report = read.only();
            assertThat(report.type()).isEqualTo(ReportType.RESEARCH_REPORT);
            assertThat(report.titles().get(0).text()).isEqualTo("A Title Li Wei, DRC");
        }

        @Test
        void warnsAboutASourceLineBeforeAnyTitle() {
            Listings.Read read = Listings.read(new java.io.ByteArrayInputStream(
                    "( drc.gov.cn ) 2017-08-15\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    new ListingFormat(), ReadOptions.of("t.txt").withLenient(true));
            assertThat(read.notes().notes()).singleElement()
                    .satisfies(n -> assertThat(n.message()).startsWith("a source-and-date line before any title"));
        }

        @Test
        void failsOnAnImpossibleDateOnTheSourceLineUnlessLenient() {
            String page = "A Title\nLi Wei, DRC\n( drc.gov.cn ) 2017-13-40\n\nText.\n";
            assertThatThrownBy(() -> Listings.text(page)).isInstanceOfSatisfying(ReportParseException.class, e -> {
                assertThat(e.location().line()).isEqualTo(3);
                assertThat(e.location().column()).isEqualTo(16);
                assertThat(e.pointer()).isEqualTo("/issued");
            });
            Listings.Read lenient = Listings.read(new java.io.ByteArrayInputStream(
                    page.getBytes(java.nio.charset.StandardCharsets.UTF_8)), new ListingFormat(),
                    ReadOptions.of("t.txt").withLenient(true));
            assertThat(lenient.only().issued()).isNull();
        }
    }
}
