package io.github.reportmeta.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reportmeta.Author;
import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.PersonName;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportNumber;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.format.ReportReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of docs/formats/listing.md that place each line, at their edges. */
class ListingRulesTest {

    private static Listings.Read lenient(String text) {
        return Listings.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), new ListingFormat(),
                ReadOptions.of("test.txt").withLenient(true));
    }

    private static Listings.Read limited(String text, long maxReportBytes) {
        return Listings.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), new ListingFormat(),
                ReadOptions.of("test.txt").withMaxReportBytes(maxReportBytes));
    }

    @Nested
    class WarnsAboutFieldsBeforeAnyTitle {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                By Zhang Wei                | a 'By ...' line
                Research Report, No.1, 2020 | a series line
                Abstract: Some text.        | an 'Abstract:' line
                Key words: a, b             | a 'Key words:' line
                """)
        void warnsWithTheLineAndReadsNoReport(String line, String what) {
            Listings.Read read = lenient(line + "\n");
            assertThat(read.reports()).isEmpty();
            assertThat(read.notes().notes()).singleElement().satisfies(n -> {
                assertThat(n.kind()).isEqualTo(ConversionNote.Kind.WARNING);
                assertThat(n.report()).isNull();
                assertThat(n.location()).hasToString("test.txt:1:1");
                assertThat(n.message()).isEqualTo(
                        what + " before any title cannot belong to a report, so it is not read: '" + line + "'");
            });
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"By Zhang Wei", "Key words: a", "'Research Report, No.1, 2020'"})
        void failsWhenStrictNamingTheFirstSuchLine(String line) {
            assertThatThrownBy(() -> Listings.text("\n" + line + "\n\nJust some words.\n"))
                    .isInstanceOf(ReportParseException.class)
                    .hasMessageContaining("no report found")
                    .hasMessageEndingWith("(test.txt:2:1)");
        }
    }

    @Nested
    class QuotesAStrayLine {

        private String warningAbout(String stray) {
            Listings.Read read = Listings.text("A Title\nBy Zhang Wei\n\n" + stray + "\n");
            assertThat(read.reports()).hasSize(1);
            ConversionNote note = read.notes().notes().get(0);
            assertThat(note.location()).hasToString("test.txt:4:1");
            assertThat(note.report().value()).isEqualTo(read.only().id().value());
            return note.message();
        }

        @Test
        void quotesALineOfEightyCharactersWhole() {
            String stray = "a".repeat(80);
            assertThat(warningAbout(stray)).isEqualTo("cannot place this line in the report titled 'A Title', so it is "
                    + "not read: '" + stray + "'; expected a title, a 'By ...' line, a series line, 'Abstract:' or "
                    + "'Key words:'");
        }

        @Test
        void shortensALongerLineToSeventySevenCharactersAndDots() {
            assertThat(warningAbout("b".repeat(81))).contains("not read: '" + "b".repeat(77) + "...'; expected");
        }
    }

    @Nested
    class FindsTitles {

        @Test
        void readsATitleOnTwoLinesBeforeABylineOrASeriesLine() {
            assertThat(Listings.text("First part of a title\nand its second part\nBy Zhang Wei\n").only().mainTitle()
                    .text()).isEqualTo("First part of a title and its second part");
            assertThat(Listings.text("First part of a title\nand its second part\nWorking Paper, No.3\n").only()
                    .mainTitle().text()).isEqualTo("First part of a title and its second part");
        }

        @Test
        void readsATitleThatStartsWithAParenthesisAndEndsWithItsNumber() {
            Listings.Read read = Listings.text("(Draft) A Title (No.5, 2020)\n");
            assertThat(read.only().mainTitle().text()).isEqualTo("(Draft) A Title");
            assertThat(read.only().number()).isNull();
            assertThat(read.notes().notes()).singleElement().satisfies(n -> {
                assertThat(n.pointer()).isEqualTo("/number");
                assertThat(n.location()).hasToString("test.txt:1:1");
                assertThat(n.message()).isEqualTo("the title ends with (No.5, 2020) but the page has no series line "
                        + "to say of which series, so the number is not read");
            });
        }

        @Test
        void readsAChineseTitleThatStartsWithAFullWidthParenthesis() {
            Listings.Read read = Listings.text("（草案）数字经济（No.5）\n");
            assertThat(read.only().mainTitle()).isEqualTo(LocalizedText.of("（草案）数字经济", LanguageTag.CHINESE));
            assertThat(read.notes().notes()).singleElement()
                    .satisfies(n -> assertThat(n.message()).startsWith("the title ends with (No.5) but"));
        }

        @Test
        void startsTheNextReportAtATitleBeforeAClearBylineInsideAnAbstract() {
            Listings.Read read = Listings.text("A Title\nBy Zhang Wei\nAbstract: First.\nSecond Title\nBy Li Na\n");
            assertThat(read.reports()).extracting(r -> r.mainTitle().text()).containsExactly("A Title", "Second Title");
            assertThat(read.reports().get(0).abstracts()).extracting(LocalizedText::text).containsExactly("First.");
            assertThat(read.reports().get(1).authors()).containsExactly(
                    Author.person(PersonName.familyFirst("Li", "Na")));
        }

        @Test
        void keepsALineBeforeAnUnclearByLineInTheAbstract() {
            Report r = Listings.text("A Title\nBy Zhang Wei\nAbstract: First.\nMore text\n"
                    + "By 2030, the share will double.\n").only();
            assertThat(r.abstracts()).extracting(LocalizedText::text)
                    .containsExactly("First. More text By 2030, the share will double.");
        }

        @Test
        void deliversTheReportsBeforeABadLineLookingOnlyTwoLinesAhead() {
            byte[] page = "First Title\nBy Zhang Wei\nSecond Title\nBy Li Na\nThird Title\n\u0001\n"
                    .getBytes(StandardCharsets.UTF_8);
            try (ReportReader reader = new ListingFormat().newReader(new ByteArrayInputStream(page),
                    ReadOptions.of("test.txt"))) {
                assertThat(reader.next().mainTitle().text()).isEqualTo("First Title");
                assertThatThrownBy(reader::next)
                        .isInstanceOf(ReportParseException.class)
                        .hasMessageContaining("control character U+0001")
                        .hasMessageEndingWith("(test.txt:6:1)");
            }
        }
    }

    @Nested
    class ChecksTheNumberInTheTitle {

        @ParameterizedTest(name = "{0} / {1}")
        @CsvSource(delimiter = '|', textBlock = """
                A Title (No.5, 2021) | Research Report, No.5, 2021 |
                A Title (No.5)       | Research Report, No.5, 2021 |
                A Title (No.5)       | Research Report, No.5       |
                A Title (No.6)       | Research Report, No.5, 2021 | the title ends with (No.6) but the series line says 'Research Report, No.5, 2021'; the series line is kept
                A Title (No.5, 2020) | Research Report, No.5, 2021 | the title ends with (No.5, 2020) but the series line says 'Research Report, No.5, 2021'; the series line is kept
                A Title (No.5, 2020) | Research Report, No.5       | the title ends with (No.5, 2020) but the series line says 'Research Report, No.5'; the series line is kept
                """)
        void warnsOnlyWhenNumberOrYearDisagree(String title, String series, String warning) {
            Listings.Read read = Listings.text(title + "\n" + series + "\n");
            assertThat(read.only().mainTitle().text()).isEqualTo("A Title");
            if (warning == null) {
                assertThat(read.notes().notes()).isEmpty();
            } else {
                assertThat(read.notes().notes()).singleElement().satisfies(n -> {
                    assertThat(n.pointer()).isEqualTo("/number");
                    assertThat(n.message()).isEqualTo(warning);
                });
            }
        }
    }

    @Nested
    class ReadsTheFields {

        @Test
        void keepsEveryParagraphOfAnAbstract() {
            Report r = Listings.text("A Title\nBy Zhang Wei\nAbstract:\nline one\n\nline two\n\nline three\n"
                    + "Key words: a\n").only();
            assertThat(r.abstracts()).extracting(LocalizedText::text)
                    .containsExactly("line one\n\nline two\n\nline three");
        }

        @Test
        void joinsLinesWithoutASpaceBetweenChineseCharactersAndPunctuation() {
            Report r = Listings.text("数字经济\n作者：刘洋\n摘要：第一句，\n第二句。\n（注）说明\nAI 平台\n数据｟甲｠\n乙 AI\n平台\n")
                    .only();
            assertThat(r.abstracts()).containsExactly(
                    LocalizedText.of("第一句，第二句。（注）说明 AI 平台数据｟甲｠乙 AI 平台", LanguageTag.CHINESE));
        }

        @Test
        void warnsAboutAKeyWordsLineWithoutKeyWords() {
            Listings.Read read = Listings.text("A Title\nBy Zhang Wei\nKey words:\n");
            assertThat(read.only().keywords()).isEmpty();
            assertThat(read.notes().notes()).singleElement().satisfies(n -> {
                assertThat(n.pointer()).isEqualTo("/keywords");
                assertThat(n.location()).hasToString("test.txt:3:1");
                assertThat(n.message()).isEqualTo("the 'Key words:' line names no key word");
            });
        }

        @Test
        void keepsTheFirstOfTwoSeriesLines() {
            Listings.Read read = Listings.text("A Title\nResearch Report, No.1, 2020\nResearch Report, No.2, 2020\n");
            assertThat(read.only().number()).isEqualTo(ReportNumber.of("Research Report", "1", 2020));
            assertThat(read.notes().notes()).singleElement().satisfies(n -> {
                assertThat(n.pointer()).isEqualTo("/number");
                assertThat(n.location()).hasToString("test.txt:3:1");
                assertThat(n.message()).isEqualTo("a second series line; the one on line 2 is kept and this one is "
                        + "not read: 'Research Report, No.2, 2020'");
            });
        }

        @Test
        void failsOnAnImpossibleYearWithItsColumn() {
            assertThatThrownBy(() -> Listings.text("A Title\nResearch Report, No.1, 0000\n"))
                    .isInstanceOf(ReportParseException.class)
                    .hasMessageContaining("numbering year must be between 1 and 9999")
                    .hasMessageEndingWith("(test.txt:2:24)")
                    .satisfies(e -> assertThat(((ReportParseException) e).pointer()).isEqualTo("/number/year"));
        }

        @Test
        void readsAnImpossibleYearAsAWarningWhenLenient() {
            Listings.Read read = lenient("A Title\nResearch Report, No.1, 0000\n");
            assertThat(read.only().number()).isNull();
            assertThat(read.notes().notes()).singleElement().satisfies(n -> {
                assertThat(n.pointer()).isEqualTo("/number/year");
                assertThat(n.location()).hasToString("test.txt:2:24");
                assertThat(n.message()).contains("numbering year must be between 1 and 9999").endsWith(
                        "; the value is not read");
            });
        }
    }

    @Nested
    class BoundsTheSizeOfAReport {

        private static final String TITLE = "T" + "t".repeat(598);

        /** A title of 599 characters and a second line of about 600: together over 1000, each alone not. */
        @ParameterizedTest(name = "{0}")
        @CsvSource(textBlock = """
                by-line
                series line
                abstract
                key words
                title continued
                """)
        void countsEveryLineOfTheReport(String kind) {
            String second = switch (kind) {
                case "by-line" -> "By " + "Zhang Wei, ".repeat(54) + "Li Na";
                case "series line" -> "S".repeat(585) + ", No.1, 2020";
                case "abstract" -> "Abstract: " + "word ".repeat(118).strip();
                case "key words" -> "Key words: " + "term, ".repeat(98).strip();
                default -> "c".repeat(600);
            };
            String page = TITLE + "\n" + second + "\n" + (kind.equals("title continued") ? "By Zhang Wei\n" : "");
            assertThat(second.length()).isBetween(590, 610);
            assertThatThrownBy(() -> limited(page, 1000))
                    .isInstanceOf(ReportParseException.class)
                    .hasMessage("the report that starts on line 1 is longer than 1000 characters, the limit for one "
                            + "report (test.txt:2:1)");
            assertThat(limited(page, 1300).reports()).hasSize(1);
        }

        @Test
        void acceptsAReportOfExactlyTheLimitCountingOneLineEndPerLine() {
            String title = "T" + "t".repeat(498);
            String abstractLine = "Abstract: " + "a".repeat(489);
            assertThat(limited(title + "\n" + abstractLine + "\n", 1000).only().abstracts()).hasSize(1);
            assertThatThrownBy(() -> limited(title + "t\n" + abstractLine + "\n", 1000))
                    .isInstanceOf(ReportParseException.class)
                    .hasMessageContaining("is longer than 1000 characters");
        }
    }

    @Nested
    class ClosesTheInput {

        private int closes;

        private ReportReader reader() {
            byte[] page = "A Title\nBy Zhang Wei\n".getBytes(StandardCharsets.UTF_8);
            return new ListingFormat().newReader(new ByteArrayInputStream(page) {
                @Override
                public void close() {
                    closes++;
                }
            }, ReadOptions.of("test.txt"));
        }

        @Test
        void closesTheStreamOnceAndReadsNothingAfterwards() {
            ReportReader reader = reader();
            reader.close();
            assertThat(closes).isEqualTo(1);
            assertThat(reader.hasNext()).isFalse();
            reader.close();
            assertThat(closes).isEqualTo(1);
        }
    }

    /** Warnings quote bounded text, so that their work does not grow with the title times the lines. Counted. */
    @Nested
    class QuotesBoundedText {

        private long warningCharacters(int titleLength, int strayLines) {
            StringBuilder page = new StringBuilder("A".repeat(titleLength)).append("\nBy Zhang Wei\n\n");
            for (int i = 0; i < strayLines; i++) {
                page.append("stray line ").append(i).append('\n');
            }
            long[] characters = {0};
            Listings.read(new ByteArrayInputStream(page.toString().getBytes(StandardCharsets.UTF_8)),
                    new ListingFormat(), ReadOptions.of("test.txt").withListener(n -> characters[0] += n.message().length()));
            return characters[0];
        }

        @Test
        void writesAboutTwiceAsMuchForATwiceAsLongTitleAndTwiceAsManyStrayLines() {
            long atN = warningCharacters(20_000, 200);
            long at2N = warningCharacters(40_000, 400);

            assertThat(atN).isGreaterThan(200 * 100);
            assertThat((double) at2N / atN).as("warning characters at 2n over n (%d, %d)", at2N, atN).isLessThan(2.5);
        }

        @Test
        void quotesEightyCharactersOfALongTitle() {
            Listings.Read read = Listings.text("T".repeat(200) + "\nBy Zhang Wei\n\nstray\n");

            assertThat(read.notes().notes()).singleElement().extracting(ConversionNote::message).isEqualTo(
                    "cannot place this line in the report titled '" + "T".repeat(77) + "...', so it is not read: "
                            + "'stray'; expected a title, a 'By ...' line, a series line, 'Abstract:' or 'Key words:'");
        }
    }
}
