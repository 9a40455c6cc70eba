package io.github.reportmeta.citation.ris;

import static io.github.reportmeta.citation.ris.RisTesting.read;
import static io.github.reportmeta.citation.ris.RisTesting.readLeniently;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reportmeta.Author;
import io.github.reportmeta.Doi;
import io.github.reportmeta.Isbn;
import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.Organization;
import io.github.reportmeta.PartialDate;
import io.github.reportmeta.Person;
import io.github.reportmeta.PersonName;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportNumber;
import io.github.reportmeta.ReportType;
import io.github.reportmeta.Role;
import io.github.reportmeta.Url;
import io.github.reportmeta.citation.ris.RisTesting.Read;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportParseException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Reading RIS: lines, records, every mapped tag, the variants reference managers write, and what is refused. */
class RisReaderTest {

    private static final String REPORT = String.join("\n",
            "TY  - RPRT",
            "ID  - drc-2018-215",
            "TI  - The Development of Civil-Military Integration",
            "AU  - Long, Haibo",
            "AU  - Research Team on Policy Options",
            "PY  - 2018",
            "DA  - 2018/12/10/",
            "AB  - The US government has effectively promoted the integration.",
            "KW  - civil-military integration",
            "KW  - national defense",
            "PB  - Development Research Center of the State Council",
            "T2  - Research Report",
            "SN  - 215",
            "LA  - en",
            "DO  - 10.5555/drc.215",
            "UR  - https://www.drc.gov.cn/report/215",
            "L1  - https://www.drc.gov.cn/report/215.pdf",
            "ER  - ",
            "");

    @Nested
    class Mapping {

        @Test
        void readsEveryMappedTagOfAReport() {
            Report r = read(REPORT).only();
            LanguageTag en = LanguageTag.ENGLISH;
            assertThat(r.id().value()).isEqualTo("drc-2018-215");
            assertThat(r.type()).isEqualTo(ReportType.RESEARCH_REPORT);
            assertThat(r.mainTitle()).isEqualTo(new io.github.reportmeta.LocalizedText(
                    "The Development of Civil-Military Integration", en));
            assertThat(r.authors()).containsExactly(
                    new Author(Person.of(PersonName.of("Haibo", "Long")), Role.AUTHOR),
                    Author.researchTeam(Organization.of("Research Team on Policy Options")));
            assertThat(r.issued()).isEqualTo(PartialDate.of(2018, 12, 10));
            assertThat(r.abstracts()).extracting(t -> t.text())
                    .containsExactly("The US government has effectively promoted the integration.");
            assertThat(r.keywords()).extracting(k -> k.term() + "@" + k.language())
                    .containsExactly("civil-military integration@en", "national defense@en");
            assertThat(r.publisher()).isEqualTo(Organization.of("Development Research Center of the State Council"));
            assertThat(r.number()).isEqualTo(new ReportNumber("Research Report", "215", "No.215", 2018));
            assertThat(r.language()).isEqualTo(en);
            assertThat(r.identifiers()).containsExactly(Doi.parse("10.5555/drc.215"));
            assertThat(r.landingPage()).isEqualTo(Url.parse("https://www.drc.gov.cn/report/215"));
            assertThat(r.fullText()).isEqualTo(Url.parse("https://www.drc.gov.cn/report/215.pdf"));
        }

        @Test
        void keepsEveryValueOfAFullReportWithoutANote() {
            assertThat(read(REPORT).notes()).isEmpty();
        }

        @Test
        void readsTheVariantTagsOfOlderExports() {
            Report r = read("TY  - RPRT\nT1  - Title\nA1  - Marx, Karl\nA2  - Glattauer, Daniel\nA3  - Helper, Hans\n"
                    + "A4  - Lindgren, Astrid\nY1  - 2014//\nN2  - An abstract\nER  - \n").only();
            assertThat(r.mainTitle().text()).isEqualTo("Title");
            assertThat(r.authors()).extracting(Author::role)
                    .containsExactly(Role.AUTHOR, Role.EDITOR, Role.CONTRIBUTOR, Role.TRANSLATOR);
            assertThat(r.issued()).isEqualTo(PartialDate.of(2014));
            assertThat(r.abstracts()).extracting(t -> t.text()).containsExactly("An abstract");
        }

        @Test
        void readsANameWithASuffixAndOneWithoutGivenName() {
            Report r = read("TY  - RPRT\nAU  - King, Martin Luther, Jr.\nAU  - , Plato\nER  - \n").only();
            assertThat(r.authors()).extracting(a -> ((Person) a.agent()).name()).containsExactly(
                    PersonName.of("Martin Luther", "King").withParticleAndSuffix(null, "Jr."),
                    new PersonName(null, "Plato", null, null, io.github.reportmeta.NameOrder.GIVEN_FIRST, null, null));
        }

        @Test
        void readsANameWithoutCommaOrEndingInOneAsAnOrganisation() {
            Report r = read("TY  - RPRT\nAU  - World Health Organization\nAU  - Institute of Medicine,\n"
                    + "A2  - Editorial Board\nER  - \n").only();
            assertThat(r.authors()).containsExactly(
                    Author.researchTeam(Organization.of("World Health Organization")),
                    Author.researchTeam(Organization.of("Institute of Medicine")),
                    new Author(Organization.of("Editorial Board"), Role.EDITOR));
        }

        @Test
        void readsTheTypeOfWorkFromM3() {
            assertThat(read("TY  - RPRT\nM3  - Working Paper\nER  - \n").only().type()).isEqualTo(ReportType.WORKING_PAPER);
        }

        @Test
        void readsTheT3OfTheOlderSpecificationAsTheSeriesWhenThereIsNoT2() {
            Read r = read("TY  - RPRT\nT3  - Working Papers\nSN  - 12\nER  - \n");
            assertThat(r.only().number()).isEqualTo(new ReportNumber("Working Papers", "12", "No.12", null));
            assertThat(r.notes()).isEmpty();
        }

        @Test
        void prefersT2ToT3AndNamesTheOther() {
            Read r = read("TY  - RPRT\nT3  - Older\nT2  - Newer\nSN  - 12\nER  - \n");
            assertThat(r.only().number().series()).isEqualTo("Newer");
            assertThat(r.messages()).singleElement().asString().contains("T3 'Older'");
        }

        @Test
        void readsTheVolumeOfAnOlderEndNoteReportAsItsNumber() {
            Read r = read("TY  - RPRT\nT2  - Series\nVL  - 7\nER  - \n");
            assertThat(r.only().number()).isEqualTo(new ReportNumber("Series", "7", "No.7", null));
            assertThat(r.messages()).singleElement().asString().contains("VL '7'").contains("EndNote");
        }

        @Test
        void readsANumberWithoutSeriesInTheDefaultSeriesWithANote() {
            Read r = read("TY  - RPRT\nSN  - TR-2020-01\nER  - \n");
            assertThat(r.only().number().series()).isEqualTo(RisMapping.DEFAULT_SERIES);
            assertThat(r.messages()).singleElement().asString().contains("SN 'TR-2020-01'").contains("no series");
        }

        @Test
        void readsTheStandardNumberOfABookAsItsIsbn() {
            Report r = read("TY  - BOOK\nSN  - 978-90-386-4503-2\nER  - \n").only();
            assertThat(r.type()).isEqualTo(ReportType.BOOK);
            assertThat(r.identifiers()).containsExactly(Isbn.parse("978-90-386-4503-2"));
        }

        @Test
        void readsALanguageNameAsItsTagWithANote() {
            Read r = read("TY  - RPRT\nLA  - English\nER  - \n");
            assertThat(r.only().language()).isEqualTo(LanguageTag.ENGLISH);
            assertThat(r.notes()).singleElement().extracting(ConversionNote::kind).isEqualTo(ConversionNote.Kind.INFO);
        }

        @Test
        void readsSeveralAddressesOfOneUrLine() {
            Report r = read("TY  - JOUR\nUR  - http://example.com; http://www.example.com\nER  - \n").only();
            assertThat(r.landingPage()).isEqualTo(Url.parse("http://example.com"));
            assertThat(r.identifiers()).containsExactly(Url.parse("http://www.example.com"));
        }

        @Test
        void readsADoiGivenAsAnAddress() {
            assertThat(read("TY  - JOUR\nDO  - http://dx.doi.org/10.1177/2325967120950040\nER  - \n").only().identifiers())
                    .containsExactly(Doi.parse("10.1177/2325967120950040"));
        }

        @Test
        void takesTheMorePreciseOfPyAndDa() {
            assertThat(read("TY  - RPRT\nPY  - 1948/07//\nER  - \n").only().issued()).isEqualTo(PartialDate.of(1948, 7));
            assertThat(read("TY  - RPRT\nPY  - 2009\nDA  - 2009/03//\nER  - \n").only().issued())
                    .isEqualTo(PartialDate.of(2009, 3));
        }
    }

    @Nested
    class Notes {

        @Test
        void namesEveryTagItDoesNotKeepWithItsLocation() {
            Read r = read("TY  - JOUR\nJF  - Bell System Technical Journal\nCY  - Eindhoven\nZZ  - whatever\nER  - \n");
            assertThat(r.notes()).extracting(n -> n.location().line() + " " + n.message()).containsExactly(
                    "2 JF 'Bell System Technical Journal' (journal title) has no place in the model: dropped",
                    "3 CY 'Eindhoven' (place of publication) has no place in the model: dropped",
                    "4 ZZ 'whatever' is a tag this reader does not know: dropped");
            assertThat(r.notes()).allSatisfy(n -> assertThat(n.kind()).isEqualTo(ConversionNote.Kind.WARNING));
        }

        @Test
        void namesAnUnknownRecordTypeAndReadsItAsOther() {
            Read r = read("TY  - THES\nER  - \n");
            assertThat(r.only().type()).isEqualTo(ReportType.OTHER);
            assertThat(r.messages()).singleElement().asString().contains("TY 'THES'");
        }

        @Test
        void namesTextBetweenRecordsAndKeepsTheRecords() {
            Read r = read("Record #1 of 2\n1.\nTY  - RPRT\nTI  - One\nER  - \n\n2.\nTY  - RPRT\nTI  - Two\nER  - \n");
            assertThat(r.reports()).extracting(x -> x.mainTitle().text()).containsExactly("One", "Two");
            assertThat(r.notes()).extracting(n -> n.location().line() + " " + n.message()).containsExactly(
                    "1 text outside a record skipped: 'Record #1 of 2'",
                    "2 text outside a record skipped: '1.'",
                    "7 text outside a record skipped: '2.'");
        }

        @Test
        void namesAFileLinkThatIsNoWebAddress() {
            Read r = read("TY  - RPRT\nL1  - internal-pdf://1234/report.pdf\nER  - \n");
            assertThat(r.only().fullText()).isNull();
            assertThat(r.messages()).singleElement().asString().contains("L1 'internal-pdf://1234/report.pdf'");
        }

        @Test
        void namesADateItCannotRead() {
            Read r = read("TY  - RPRT\nPY  - YEAR/MONTH/DAY/\nER  - \n");
            assertThat(r.only().issued()).isNull();
            assertThat(r.messages()).singleElement().asString().contains("PY 'YEAR/MONTH/DAY/'");
        }

        @Test
        void quotesNoRawControlCharacter() {
            Read r = read("TY  - RPRT\nZZ  - bell\u2028ring\nER  - \n");
            assertThat(r.messages()).singleElement().asString().doesNotContain("\u2028").contains("\\u2028");
        }
    }

    @Nested
    class Lines {

        @Test
        void readsCrLfLfAndCrLineEndsAlike() {
            String lf = "TY  - RPRT\nTI  - Title\nKW  - one\nER  - \n";
            Report expected = read(lf).only();
            assertThat(read(lf.replace("\n", "\r\n")).only()).isEqualTo(expected);
            assertThat(read(lf.replace("\n", "\r")).only()).isEqualTo(expected);
        }

        @Test
        void readsAFileWithAByteOrderMark() {
            assertThat(read("\uFEFFTY  - RPRT\nTI  - Title\nER  - \n").only().mainTitle().text()).isEqualTo("Title");
        }

        @Test
        void joinsContinuationLinesWithLineFeeds() {
            Report r = read("TY  - RPRT\nAB  - first line,\n      ER then second line\n\nthe last line\nER  -\n").only();
            assertThat(r.abstracts().get(0).text()).isEqualTo("first line,\nER then second line\n\nthe last line");
        }

        @Test
        void readsAnEndLineWithoutItsTrailingSpace() {
            assertThat(read("TY  - RPRT\nTI  - A\nER  -\nTY  - RPRT\nTI  - B\nER  -").reports()).hasSize(2);
        }

        @Test
        void readsAnEmptyInputAsNoReport() {
            assertThat(read("").reports()).isEmpty();
            assertThat(read("\n\n").reports()).isEmpty();
        }
    }

    @Nested
    class Refusals {

        @Test
        void refusesARecordWithoutItsEndLineSayingWhere() {
            assertThatThrownBy(() -> read("TY  - RPRT\nTI  - A\nTY  - RPRT\nTI  - B\nER  - \n"))
                    .isInstanceOf(ReportParseException.class)
                    .hasMessageContaining("the record that starts at line 1 has no 'ER  - ' before the next 'TY  - '")
                    .hasMessageContaining("test.ris:3:1");
        }

        @Test
        void refusesAnInputThatEndsInsideARecord() {
            assertThatThrownBy(() -> read("TY  - RPRT\nTI  - A\n"))
                    .isInstanceOf(ReportParseException.class)
                    .hasMessageContaining("ends with the input");
        }

        @Test
        void refusesATagBeforeTheFirstRecord() {
            assertThatThrownBy(() -> read("T1  - Validation\nER  -\n"))
                    .isInstanceOf(ReportParseException.class)
                    .hasMessageContaining("a record starts with 'TY  - ', but tag T1 came first")
                    .hasMessageContaining("test.ris:1:1");
        }

        @Test
        void keepsWhatItCanWhenLenient() {
            Read r = readLeniently("T1  - stray\nTY  - RPRT\nTI  - A\nTY  - RPRT\nTI  - B\n");
            assertThat(r.reports()).extracting(x -> x.mainTitle().text()).containsExactly("A", "B");
            assertThat(r.messages()).hasSize(3);
        }

        @Test
        void refusesALineLongerThanTheBoundWithItsPlace() {
            String text = "TY  - RPRT\nAB  - " + "x".repeat(RisRecords.MAX_LINE) + "\nER  - \n";
            assertThatThrownBy(() -> read(text))
                    .isInstanceOf(ReportParseException.class)
                    .hasMessageContaining("line 2 is longer than " + RisRecords.MAX_LINE)
                    .hasMessageContaining("test.ris:2:" + (RisRecords.MAX_LINE + 1));
        }

        @Test
        void refusesARecordLargerThanTheByteBudget() {
            StringBuilder text = new StringBuilder("TY  - RPRT\n");
            for (int i = 0; i < 200; i++) {
                text.append("KW  - keyword number ").append(i).append('\n');
            }
            text.append("ER  - \n");
            ReadOptions small = ReadOptions.of("small.ris").withMaxReportBytes(1000);
            assertThatThrownBy(() -> {
                try (var reader = new RisFormat().newReader(
                        new java.io.ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)), small)) {
                    reader.forEachRemaining(x -> { });
                }
            }).isInstanceOf(ReportParseException.class).hasMessageContaining("longer than 1000 bytes");
        }

        @Test
        void refusesInvalidUtf8WithItsPlace() {
            byte[] bytes = "TY  - RPRT\nTI  - caf\u00e9\nER  - \n".getBytes(StandardCharsets.UTF_8);
            bytes[bytes.length - 9] = (byte) 0xFF;
            assertThatThrownBy(() -> RisTesting.read(bytes, false))
                    .isInstanceOf(ReportParseException.class).hasMessageContaining("invalid UTF-8");
        }

        @Test
        void refusesAControlCharacterWithItsPlace() {
            assertThatThrownBy(() -> read("TY  - RPRT\nTI  - ring \u0007\nER  - \n"))
                    .isInstanceOf(ReportParseException.class)
                    .hasMessageContaining("U+0007").hasMessageContaining("test.ris:2:12");
        }
    }
}
