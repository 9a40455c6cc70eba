package io.github.reportmeta.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reportmeta.Author;
import io.github.reportmeta.Keyword;
import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.Metric;
import io.github.reportmeta.NameOrder;
import io.github.reportmeta.Organization;
import io.github.reportmeta.PartialDate;
import io.github.reportmeta.PersonName;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportNumber;
import io.github.reportmeta.ReportType;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.Detection;
import io.github.reportmeta.format.FormatRegistry;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.format.UnknownFormatException;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.validation.Profile;
import io.github.reportmeta.validation.ReportValidator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ListingFormatTest {

    private static final LanguageTag EN = LanguageTag.ENGLISH;
    private static final LanguageTag ZH = LanguageTag.CHINESE;

    private static Organization department(String name) {
        return Organization.of(name).withParent(ListingOptions.DRC);
    }

    @Nested
    class ReadsEveryFieldOfThePage {

        private final Report report = Listings.fixture("several-authors.txt").only();

        @Test
        void readsTheTitleWithoutTheNumberThatEndsIt() {
            assertThat(report.titles()).containsExactly(LocalizedText.of(
                    "Rural Revitalisation and County Public Finance: Evidence from Five Provinces", EN));
        }

        @Test
        void readsPersonsFamilyFirstTeamAndIssuingDepartment() {
            assertThat(report.authors()).containsExactly(
                    Author.person(PersonName.familyFirst("Zhang", "Wei")),
                    Author.person(PersonName.familyFirst("Li", "Na")),
                    Author.person(PersonName.familyFirst("Ouyang", "Jianguo")),
                    Author.researchTeam(Organization.of(
                            "Research Team on \u201cFiscal Capacity of County Governments\u201d")));
            assertThat(report.publisher()).isEqualTo(department("Research Department of Rural Economy"));
        }

        @Test
        void readsSeriesNumberCounterAndDate() {
            assertThat(report.number()).isEqualTo(ReportNumber.of("Research Report", "42", 2021));
            assertThat(report.metrics()).containsExactly(Metric.views(1234, null));
            assertThat(report.issued()).isEqualTo(PartialDate.of(2021, 3, 15));
            assertThat(report.type()).isEqualTo(ReportType.RESEARCH_REPORT);
        }

        @Test
        void readsTheAbstractParagraphsAndTheKeyWords() {
            assertThat(report.abstracts()).singleElement().satisfies(a -> {
                assertThat(a.language()).isEqualTo(EN);
                assertThat(a.text()).startsWith("County governments carry most")
                        .contains("than transfers tied to inputs.\n\nIt recommends a three-year pilot")
                        .endsWith("published every year.");
            });
            assertThat(report.keywords()).containsExactly(Keyword.of("rural revitalisation", EN),
                    Keyword.of("county finance", EN), Keyword.of("fiscal transfers", EN),
                    Keyword.of("public services", EN));
        }

        @Test
        void givesTheIdFromPublisherYearAndNumber() {
            assertThat(report.id().value()).isEqualTo("drc-2021-42");
        }

        @Test
        void skipsSiteChromeWithoutNotes() {
            assertThat(Listings.fixture("several-authors.txt").notes().notes()).isEmpty();
        }

        @Test
        void givesAReportTheStrictProfileAccepts() {
            ReportValidator strict = ReportValidator.builder().profile(Profile.STRICT).build();
            assertThat(strict.validate(report).violations()).isEmpty();
        }
    }

    @Nested
    class ReadsTheVariants {

        @Test
        void splitsPersonsOnAndButNotAnInstituteNamedWithAnd() {
            Report r = Listings.fixture("no-research-team.txt").only();
            assertThat(r.authors()).containsExactly(
                    Author.person(PersonName.familyFirst("Chen", "Xiaoming")),
                    Author.person(PersonName.familyFirst("Wang", "Lihua")));
            assertThat(r.publisher()).isEqualTo(department("Institute of Resources and Environment Policy"));
            assertThat(r.keywords()).extracting(Keyword::term)
                    .containsExactly("water pricing", "urban utilities", "cost recovery");
        }

        @Test
        void joinsHardWrappedAbstractLinesWithASpace() {
            Report r = Listings.fixture("no-research-team.txt").only();
            assertThat(r.abstracts().get(0).text()).contains("cover about half of the cost of supply. The report "
                    + "proposes\ntiered".replace("\n", " "));
        }

        @Test
        void readsASeriesLineWithoutCounterAndNamesTheSeriesInTheId() {
            Report r = Listings.fixture("no-counter.txt").only();
            assertThat(r.metrics()).isEmpty();
            assertThat(r.number()).isEqualTo(ReportNumber.of("Working Paper", "3", 2019));
            assertThat(r.type()).isEqualTo(ReportType.WORKING_PAPER);
            assertThat(r.issued()).isEqualTo(PartialDate.of(2019, 11, 20));
            assertThat(r.id().value()).isEqualTo("drc-working-paper-2019-3");
            assertThat(r.titles()).containsExactly(LocalizedText.of("Skills Training for Workers Leaving Coal Mining", EN));
        }

        @Test
        void readsAChinesePageWithChinesePunctuation() {
            Listings.Read read = Listings.fixture("chinese-punctuation.txt");
            Report r = read.only();
            assertThat(r.titles()).containsExactly(LocalizedText.of("数字经济发展与就业结构变化", ZH));
            assertThat(r.language()).isEqualTo(ZH);
            assertThat(r.authors()).containsExactly(
                    Author.person(PersonName.familyFirst("刘", "洋")),
                    Author.person(PersonName.familyFirst("欧阳", "明远")));
            assertThat(r.publisher()).isEqualTo(department("产业经济研究部"));
            assertThat(r.keywords()).containsExactly(Keyword.of("数字经济", ZH), Keyword.of("就业结构", ZH),
                    Keyword.of("平台经济", ZH), Keyword.of("劳动保护", ZH));
            assertThat(r.abstracts()).singleElement().extracting(LocalizedText::language).isEqualTo(ZH);
            assertThat(r.id().value()).isEqualTo("drc-2022-12");
            assertThat(read.notes().notes()).isEmpty();
        }

        @Test
        void readsRomanisedNamesGivenFirstWhenAskedTo() {
            ListingFormat format = new ListingFormat(ListingOptions.DEFAULT.withNameOrder(NameOrder.GIVEN_FIRST));
            Report r = Listings.fixture("no-research-team.txt", format, ReadOptions.of("x")).only();
            assertThat(r.authors().get(0)).isEqualTo(Author.person(PersonName.of("Chen", "Xiaoming")));
        }

        @Test
        void usesAConfiguredIdPrefixAndLanguage() {
            ListingFormat format = new ListingFormat(
                    ListingOptions.DEFAULT.withIdPrefix("rural").withLanguage(LanguageTag.parse("en-GB")));
            Report r = Listings.fixture("several-authors.txt", format, ReadOptions.of("x")).only();
            assertThat(r.id().value()).isEqualTo("rural-2021-42");
            assertThat(r.language()).isEqualTo(LanguageTag.parse("en-GB"));
        }
    }

    @Nested
    class ReadsSeveralReports {

        private final Listings.Read read = Listings.fixture("two-reports.txt");

        @Test
        void readsBothReportsInOrder() {
            assertThat(read.reports()).extracting(r -> r.id().value()).containsExactly("drc-2023-101", "report-2023-102");
        }

        @Test
        void readsAPersonAndATeamJoinedByAndWithoutAPublisher() {
            Report second = read.reports().get(1);
            assertThat(second.authors()).containsExactly(
                    Author.person(PersonName.familyFirst("Zhou", "Lan")),
                    Author.researchTeam(Organization.of(
                            "Research Team on \u201cLow-carbon Transition of the Power Sector\u201d")));
            assertThat(second.publisher()).isNull();
            assertThat(second.keywords()).isEmpty();
            assertThat(second.abstracts().get(0).text()).endsWith("get built. Where the price is expected to rise, "
                    + "investors already favour wind and solar.");
        }

        @Test
        void warnsAboutEveryLineItCannotPlaceWithItsLineNumber() {
            assertThat(read.notes().notes()).hasSize(2).allSatisfy(n ->
                    assertThat(n.kind()).isEqualTo(ConversionNote.Kind.WARNING));
            ConversionNote between = read.notes().notes().get(0);
            assertThat(between.location().line()).isEqualTo(13);
            assertThat(between.message()).contains("Printer-friendly version");
            ConversionNote inside = read.notes().notes().get(1);
            assertThat(inside.location().line()).isEqualTo(21);
            assertThat(inside.report().value()).isEqualTo("report-2023-102");
            assertThat(inside.message()).contains("Download PDF");
        }

        @Test
        void locatesEachReportAtItsTitle() {
            try (ReportReader reader = new ListingFormat().newReader(
                    Listings.class.getResourceAsStream("/fixtures/listing/two-reports.txt"), ReadOptions.of("two"))) {
                reader.next();
                assertThat(reader.location().line()).isEqualTo(3);
                reader.next();
                assertThat(reader.location().line()).isEqualTo(15);
                assertThat(reader.hasNext()).isFalse();
            }
        }
    }

    @Nested
    class ReadsHtml {

        @Test
        void readsTheSameReportFromTheHtmlOfThePage() {
            Listings.Read html = Listings.fixture("several-authors.html");
            assertThat(html.only()).isEqualTo(Listings.fixture("several-authors.txt").only());
            assertThat(html.notes().notes()).isEmpty();
        }

        @Test
        void failsOnATagThatIsNeverClosed() {
            assertThatThrownBy(() -> Listings.text("<html><body><p>Title</p>\n<p class=\"x"))
                    .isInstanceOf(ReportParseException.class)
                    .hasMessageContaining("never closed")
                    .satisfies(e -> assertThat(((ReportParseException) e).location().line()).isEqualTo(2));
        }

        @Test
        void refusesACharacterReferenceToAControlCharacter() {
            assertThatThrownBy(() -> Listings.text("<p>A title &#1;</p><p>By Zhang Wei</p>"))
                    .isInstanceOf(ReportParseException.class)
                    .hasMessageContaining("U+0001");
        }
    }

    @Nested
    class WarnsInsteadOfDropping {

        @Test
        void warnsAboutAByLineItemThatIsNeitherPersonNorOrganisation() {
            Listings.Read read = Listings.text("A Title\n\nBy Zhang Wei, the editors\n\nAbstract: Text.\n");
            assertThat(read.only().authors()).contains(Author.person(PersonName.literal("the editors")));
            assertThat(read.notes().notes()).singleElement().satisfies(n -> {
                assertThat(n.pointer()).isEqualTo("/authors");
                assertThat(n.location().line()).isEqualTo(3);
                assertThat(n.message()).contains("'the editors'");
            });
        }

        @Test
        void warnsWhenTheTitleNumberDisagreesWithTheSeriesLine() {
            Listings.Read read = Listings.text("A Title (No.5, 2020)\nResearch Report, No.6, 2020\n");
            assertThat(read.only().number()).isEqualTo(ReportNumber.of("Research Report", "6", 2020));
            assertThat(read.notes().notes()).singleElement().satisfies(n -> {
                assertThat(n.pointer()).isEqualTo("/number");
                assertThat(n.message()).contains("No.5, 2020");
            });
        }

        @Test
        void warnsAboutASecondByLine() {
            Listings.Read read = Listings.text("A Title\nBy Zhang Wei\nBy Li Na\nAbstract: x\n");
            assertThat(read.only().authors()).containsExactly(Author.person(PersonName.familyFirst("Zhang", "Wei")));
            assertThat(read.notes().notes()).singleElement()
                    .satisfies(n -> assertThat(n.location().line()).isEqualTo(3));
        }

        @Test
        void warnsAboutFieldsBeforeAnyTitle() {
            Listings.Read read = Listings.text("Key words: a, b\n\nA Title\nBy Zhang Wei\n");
            assertThat(read.reports()).hasSize(1);
            assertThat(read.notes().notes()).singleElement().satisfies(n -> {
                assertThat(n.location().line()).isEqualTo(1);
                assertThat(n.report()).isNull();
            });
        }

        @Test
        void readsAnAbstractParagraphThatStartsWithBy() {
            Listings.Read read = Listings.text("A Title\nBy Zhang Wei\n\nAbstract: First.\n\n"
                    + "By 2030, the share will double.\n\nKey words: a\n");
            assertThat(read.only().abstracts().get(0).text()).isEqualTo("First.\n\nBy 2030, the share will double.");
        }

        @Test
        void continuesATitleWrappedOntoTheNextLineInPlainText() {
            Listings.Read read = Listings.text("A Long Title That\nGoes On (No.3, 2021)\n\nBy Zhang Wei\n");
            assertThat(read.only().mainTitle().text()).isEqualTo("A Long Title That Goes On");
        }

        @Test
        void readsAnImpossibleDateAsAWarningWhenLenient() {
            byte[] page = "A Title\nResearch Report, No.1, 2020 2020-02-30\n".getBytes(StandardCharsets.UTF_8);
            Listings.Read read = Listings.read(new ByteArrayInputStream(page), new ListingFormat(),
                    ReadOptions.of("x").withLenient(true));
            assertThat(read.only().issued()).isNull();
            assertThat(read.notes().notes()).singleElement().satisfies(n -> {
                assertThat(n.pointer()).isEqualTo("/issued");
                assertThat(n.location().column()).isEqualTo(29);
            });
        }
    }

    @Nested
    class FailsOnBadInput {

        @Test
        void failsOnAnImpossibleDateWithLineAndColumn() {
            assertThatThrownBy(() -> Listings.text("A Title\nResearch Report, No.1, 2020 2020-02-30\n"))
                    .isInstanceOf(ReportParseException.class)
                    .hasMessageContaining("2020-02 has 29 days")
                    .hasMessageContaining("test.txt:2:29")
                    .satisfies(e -> assertThat(((ReportParseException) e).pointer()).isEqualTo("/issued"));
        }

        @Test
        void failsOnInvalidUtf8WithItsPosition() {
            byte[] page = "Title\nBy Zh\u00e9ng Wei".getBytes(StandardCharsets.UTF_8);
            byte[] broken = new byte[page.length + 1];
            System.arraycopy(page, 0, broken, 0, 11);
            broken[11] = (byte) 0xFF;
            System.arraycopy(page, 11, broken, 12, page.length - 11);
            assertThatThrownBy(() -> Listings.bytes(broken))
                    .isInstanceOf(ReportParseException.class)
                    .hasMessageContaining("invalid UTF-8 at byte offset 11")
                    .hasMessageContaining("0xFF")
                    .hasMessageContaining("test.txt:2:6");
        }

        @Test
        void failsOnATruncatedCharacterAtTheEnd() {
            byte[] page = {'T', 'i', 't', 'l', 'e', '\n', (byte) 0xE6, (byte) 0x95};
            assertThatThrownBy(() -> Listings.bytes(page))
                    .isInstanceOf(ReportParseException.class)
                    .hasMessageContaining("invalid UTF-8")
                    .hasMessageContaining("test.txt:2:1");
        }

        @Test
        void failsOnBinaryGarbageAtTheFirstControlCharacter() {
            byte[] garbage = new byte[4096];
            new java.util.Random(42).nextBytes(garbage);
            garbage[0] = 'P';
            garbage[1] = 0;
            assertThatThrownBy(() -> Listings.bytes(garbage))
                    .isInstanceOf(ReportParseException.class)
                    .hasMessageContaining("U+0000")
                    .hasMessageContaining("test.txt:1:2");
        }

        @Test
        void readsATenThousandLineAbstract() {
            StringBuilder page = new StringBuilder("A Title\nBy Zhang Wei\n\nAbstract: start.\n");
            for (int i = 0; i < 10_000; i++) {
                page.append("line ").append(i).append(" of a very long abstract\n\n");
            }
            Report r = Listings.text(page.toString()).only();
            assertThat(r.abstracts().get(0).text()).endsWith("line 9999 of a very long abstract");
        }

        @Test
        void failsOnAReportLargerThanTheLimit() {
            StringBuilder page = new StringBuilder("A Title\nBy Zhang Wei\n\nAbstract: start.\n");
            for (int i = 0; i < 1000; i++) {
                page.append("line ").append(i).append(" of a very long abstract\n");
            }
            byte[] bytes = page.toString().getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> Listings.read(new ByteArrayInputStream(bytes), new ListingFormat(),
                            ReadOptions.of("big").withMaxReportBytes(10_000)))
                    .isInstanceOf(ReportParseException.class)
                    .hasMessageContaining("the report that starts on line 1 is longer than 10000");
        }

        @Test
        void failsOnALineLongerThanTheLimit() {
            byte[] bytes = ("A".repeat(5000) + "\n").getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> Listings.read(new ByteArrayInputStream(bytes), new ListingFormat(),
                            ReadOptions.of("big").withMaxReportBytes(1000)))
                    .isInstanceOf(ReportParseException.class)
                    .hasMessageContaining("longer than 1000 characters")
                    .hasMessageContaining("big:1:1001");
        }

        @Test
        void failsOnTextWithNoReportWhenStrict() {
            assertThatThrownBy(() -> Listings.text("\nJust some words.\nAnd more words.\n"))
                    .isInstanceOf(ReportParseException.class)
                    .hasMessageContaining("no report found")
                    .hasMessageContaining("test.txt:2:1");
        }

        @Test
        void readsNothingFromAnEmptyInput() {
            assertThat(Listings.text("").reports()).isEmpty();
        }
    }

    @Nested
    class IsAFormat {

        @Test
        void isFoundByNameThroughTheServiceLoader() {
            assertThat(FormatRegistry.load().expect("listing")).isInstanceOf(ListingFormat.class);
        }

        @Test
        void recognisesAListingPageByItsContent() {
            byte[] head = Listings.resource("/fixtures/listing/no-counter.txt").getBytes(StandardCharsets.UTF_8);
            assertThat(new ListingFormat().detect(head).strength()).isEqualTo(Detection.Strength.LIKELY);
            byte[] html = Listings.resource("/fixtures/listing/several-authors.html").getBytes(StandardCharsets.UTF_8);
            assertThat(new ListingFormat().detect(html).strength()).isEqualTo(Detection.Strength.LIKELY);
        }

        @Test
        void doesNotClaimJsonOrXml() {
            assertThat(new ListingFormat().detect("{\"reports\": []}".getBytes(StandardCharsets.UTF_8)))
                    .isEqualTo(Detection.NONE);
            assertThat(new ListingFormat().detect("<?xml version=\"1.0\"?><a/>".getBytes(StandardCharsets.UTF_8)))
                    .isEqualTo(Detection.NONE);
        }

        @Test
        void refusesToWrite() {
            assertThat(new ListingFormat().canWrite()).isFalse();
            assertThatThrownBy(() -> new ListingFormat().newWriter(new ByteArrayOutputStream(), WriteOptions.DEFAULT))
                    .isInstanceOf(UnknownFormatException.class)
                    .hasMessageContaining("can be read, not written");
        }

        @Test
        void givesTheSameIdsOnEveryRead() {
            List<String> first = Listings.fixture("two-reports.txt").reports().stream().map(r -> r.id().value()).toList();
            List<String> second = Listings.fixture("two-reports.txt").reports().stream().map(r -> r.id().value()).toList();
            assertThat(first).isEqualTo(second);
        }

        @Test
        void givesAReportWithoutNumberAnIdHashedFromTitleAndDate() {
            Report r = Listings.text("A Title\nBy Zhang Wei\n").only();
            assertThat(r.id().value()).matches("report-[0-9a-f]{16}");
            assertThat(Listings.text("A Title\nBy Li Na\n").only().id()).isEqualTo(r.id());
            assertThat(Listings.text("Another Title\nBy Zhang Wei\n").only().id()).isNotEqualTo(r.id());
        }
    }
}
