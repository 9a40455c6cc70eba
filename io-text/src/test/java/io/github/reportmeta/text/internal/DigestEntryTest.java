package io.github.reportmeta.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.Author;
import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.NameOrder;
import io.github.reportmeta.PartialDate;
import io.github.reportmeta.PersonName;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportNumber;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DigestEntryTest {

    private static final LanguageTag EN = LanguageTag.ENGLISH;
    private static final LanguageTag ZH = LanguageTag.CHINESE;

    private static Report.Builder report() {
        return Report.builder("r-1").title("A  Title\non two lines", EN);
    }

    private static List<Author> persons(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> Author.person(PersonName.familyFirst("Family" + (char) ('A' + i - 1), "Given")))
                .toList();
    }

    @Nested
    class NamesTheAuthors {

        @Test
        void namesSixAuthorsWithoutACount() {
            DigestEntry e = DigestEntry.of(report().authors(persons(6)).build(), 280);
            assertThat(e.authors()).isEqualTo(
                    "FamilyA Given, FamilyB Given, FamilyC Given, FamilyD Given, FamilyE Given, FamilyF Given");
        }

        @Test
        void countsTheAuthorsAfterTheSixth() {
            DigestEntry e = DigestEntry.of(report().authors(persons(7)).build(), 280);
            assertThat(e.authors()).endsWith("FamilyF Given and 1 more");
        }

        @Test
        void writesANameOfWideCharactersWithoutASpace() {
            DigestEntry e = DigestEntry.of(report()
                    .author(Author.person(PersonName.familyFirst("김", "민준")))
                    .author(Author.person(PersonName.familyFirst("刘", "洋")))
                    .author(Author.person(PersonName.parse("김민준", NameOrder.FAMILY_FIRST)))
                    .build(), 280);
            assertThat(e.authors()).isEqualTo("김민준, 刘洋, 김민준");
        }

        @Test
        void keepsTheSpaceWhenOnlyOnePartIsWide() {
            DigestEntry e = DigestEntry.of(report()
                    .author(Author.person(PersonName.familyFirst("김", "Minjun")))
                    .author(Author.person(PersonName.familyFirst("Kim", "민준")))
                    .author(Author.person(PersonName.literal("김  민준")))
                    .build(), 280);
            assertThat(e.authors()).isEqualTo("김 Minjun, Kim 민준, 김 민준");
        }

        @Test
        void givesTheEmptyStringWithoutAuthors() {
            assertThat(DigestEntry.of(report().build(), 280).authors()).isEmpty();
        }
    }

    @Nested
    class ChoosesTheAbstract {

        @Test
        void takesTheFirstAbstractOfAReportWithoutALanguage() {
            DigestEntry e = DigestEntry.of(report().abstractText("First  abstract.", EN)
                    .abstractText("第二个摘要。", ZH).build(), 280);
            assertThat(e.opening()).isEqualTo("First abstract.");
            assertThat(e.openingLanguage()).isEqualTo(EN);
        }

        @Test
        void takesTheAbstractInTheReportsLanguage() {
            DigestEntry e = DigestEntry.of(report().language(ZH).abstractText("First abstract.", EN)
                    .abstractText("第二个摘要。", ZH).build(), 280);
            assertThat(e.opening()).isEqualTo("第二个摘要。");
            assertThat(e.openingLanguage()).isEqualTo(ZH);
        }

        @Test
        void takesTheFirstAbstractWhenNoneIsInTheReportsLanguage() {
            DigestEntry e = DigestEntry.of(report().language(LanguageTag.parse("fr")).abstractText("First.", EN)
                    .abstractText("第二。", ZH).build(), 280);
            assertThat(e.opening()).isEqualTo("First.");
        }

        @Test
        void cutsTheOpeningAtTheGivenLength() {
            DigestEntry e = DigestEntry.of(report().abstractText("aaaaaaaaaaaa bbbbbbbbbbbbbbbb", EN).build(), 20);
            assertThat(e.opening()).isEqualTo("aaaaaaaaaaaa\u2026");
        }

        @Test
        void hasNoOpeningWithoutAnAbstract() {
            DigestEntry e = DigestEntry.of(report().build(), 280);
            assertThat(e.opening()).isNull();
            assertThat(e.openingLanguage()).isNull();
        }
    }

    @Test
    void collapsesTheTitleAndKeepsItsLanguage() {
        DigestEntry e = DigestEntry.of(report().build(), 280);
        assertThat(e.title()).isEqualTo("A Title on two lines");
        assertThat(e.titleLanguage()).isEqualTo(EN);
    }

    @Test
    void writesTheDateLineWithAndWithoutDateAndNumber() {
        DigestEntry numbered = DigestEntry.of(report().issued(PartialDate.of(2018, 12, 10))
                .number(ReportNumber.of("Research Report", "215", 2018)).build(), 280);
        assertThat(numbered.series()).isEqualTo("Research Report");
        assertThat(numbered.dateLine()).isEqualTo("2018-12-10 \u00B7 No.215, 2018");
        DigestEntry yearless = DigestEntry.of(report().number(ReportNumber.of("Notes", "7", null)).build(), 280);
        assertThat(yearless.dateLine()).isEqualTo("undated \u00B7 No.7");
        assertThat(DigestEntry.of(report().issued(PartialDate.of(2018, 12)).build(), 280).dateLine())
                .isEqualTo("2018-12");
    }
}
