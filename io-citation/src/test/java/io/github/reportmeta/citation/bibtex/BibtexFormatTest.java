package io.github.reportmeta.citation.bibtex;

import static io.github.reportmeta.citation.bibtex.BibtexTesting.FORMAT;
import static io.github.reportmeta.citation.bibtex.BibtexTesting.lostComponents;
import static io.github.reportmeta.citation.bibtex.BibtexTesting.read;
import static io.github.reportmeta.citation.bibtex.BibtexTesting.readOne;
import static io.github.reportmeta.citation.bibtex.BibtexTesting.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reportmeta.Author;
import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.NameOrder;
import io.github.reportmeta.Organization;
import io.github.reportmeta.PartialDate;
import io.github.reportmeta.Person;
import io.github.reportmeta.PersonName;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportNumber;
import io.github.reportmeta.ReportType;
import io.github.reportmeta.Role;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.Detection;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.testing.SeedRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code bibtex} format: what it writes, what it reads, and what it refuses. */
class BibtexFormatTest {

    static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures", "bibtex");

    @Nested
    class TheSeed {

        @Test
        void isWrittenAsTheGoldenFile() throws IOException {
            assertThat(write(SeedRecord.report()).text())
                    .isEqualTo(Files.readString(FIXTURES.resolve("seed.bib"), StandardCharsets.UTF_8));
        }

        @Test
        void keepsItsNumberSeriesInstitutionDateAuthorsAndKeywordsInTheEntry() {
            String text = write(SeedRecord.report()).text();
            assertThat(text).startsWith("@techreport{drc-2018-215,\n")
                    .contains("  author = {Long, Haibo and {" + SeedRecord.TEAM + "}},\n")
                    .contains("  institution = {{Research Department of Innovation Development}, "
                            + "{Development Research Center of the State Council (DRC)}},\n")
                    .contains("  type = {Research Report},\n", "  number = {215},\n", "  year = {2018},\n",
                            "  month = dec,\n", "  date = {2018-12-10},\n", "  language = {en},\n")
                    .contains("  keywords = {national defense and hi-tech industries, civil-military integration, "
                            + "form synergy between civil and military industries, experience and enlightenments},\n");
        }

        @Test
        void comesBackWithOnlyTheDocumentedLosses() {
            Report seed = SeedRecord.report();
            BibtexTesting.Written written = write(seed);
            assertThat(lostComponents(written.notes())).containsExactly("authors", "metrics");
            Report back = readOne(written.text());
            assertThat(back.number()).isEqualTo(ReportNumber.parse("Research Report, No.215, 2018"));
            assertThat(back.publisher()).isEqualTo(seed.publisher());
            assertThat(back.issued()).isEqualTo(PartialDate.of(2018, 12, 10));
            assertThat(back.keywords()).isEqualTo(seed.keywords());
            assertThat(back.authors()).containsExactly(
                    new Author(Person.of(new PersonName("Long", "Haibo", null, null, NameOrder.GIVEN_FIRST, null, null)),
                            Role.AUTHOR),
                    Author.researchTeam(Organization.of(SeedRecord.TEAM)));
            assertThat(back.toBuilder().authors(seed.authors()).metrics(seed.metrics()).build()).isEqualTo(seed);
        }
    }

    @Nested
    class Escapes {

        @Test
        void readsEachTrickyEscapeAsItsText() throws IOException {
            BibtexTesting.Read read = read(Files.readString(FIXTURES.resolve("escapes.bib"), StandardCharsets.UTF_8));
            Map<String, String> titles = new LinkedHashMap<>();
            read.reports().forEach(r -> titles.put(r.id().value(), r.mainTitle() == null ? null : r.mainTitle().text()));
            assertThat(titles).containsExactly(
                    Map.entry("accents", "ö ö é à î ñ ç Ç š ő ą ů ū ż ğ ạ í ß ø Æ ł"),
                    Map.entry("specials", "R&D costs 5% more: $100 for #1 _ {braces} \\ ~ ^"),
                    Map.entry("ligatures", "1990\u20132000 \u2014 \u201Cquoted\u201D and a\u00A0tie"),
                    Map.entry("protected", "The USA and \\TeX in double braces"),
                    Map.entry("concatenated", "Quoted and braced with a \"quote\" inside"),
                    Map.entry("parenthesised", "Parentheses delimit this entry"),
                    Map.entry("markup", "An emphasised word and x^2 math"));
            assertThat(read.reports().get(4).publisher())
                    .isEqualTo(Organization.of("Development Research Center of the State Council"));
            assertThat(read.reports().get(5).issued()).isEqualTo(PartialDate.of(2018, 12));
            assertThat(read.notes()).extracting(ConversionNote::message).anyMatch(m -> m.contains("\\TeX kept as written"))
                    .anyMatch(m -> m.contains("the formatting \\emph dropped"))
                    .anyMatch(m -> m.contains("the math '$x^2$' kept as its LaTeX source"))
                    .anyMatch(m -> m.startsWith("the @preamble"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"R&D at 5% for $100, #1 and a_b", "back\\slash, {balanced {braces}} and ~ ^ tilde",
            "unbalanced } and { braces", "dashes -- and --- and quotes `` and ''", "non\u00A0breaking space",
            "Zürich, Œuvre, 龙海波, \uD83D\uDE00", "\\emph{not markup} and $not math$"})
        void writesTextThatReadsBackAsItWas(String title) {
            Report report = Report.builder("escape").title(title, LanguageTag.ENGLISH).language(LanguageTag.ENGLISH)
                    .build();
            BibtexTesting.Written written = write(report);
            assertThat(written.notes()).isEmpty();
            assertThat(readOne(written.text())).isEqualTo(report);
        }

        @Test
        void escapesLatexSpecialsAndWritesOtherCharactersAsUtf8() {
            assertThat(Latex.encode("R&D 5% $1 #2 a_b {x} \\ ~ ^ 龙 é"))
                    .isEqualTo("R\\&D 5\\% \\$1 \\#2 a\\_b \\{x\\} \\textbackslash{} \\textasciitilde{} "
                            + "\\textasciicircum{} 龙 é");
            assertThat(Latex.encode("} {")).isEqualTo("\\textbraceright{} \\textbraceleft{}");
            assertThat(Latex.encode("a--b ``c''")).isEqualTo("a-{}-b `{}`c'{}'");
        }
    }

    @Nested
    class Keys {

        @Test
        void areTheReportsIdSoTheSameReportGetsTheSameKey() {
            assertThat(write(SeedRecord.report()).text()).isEqualTo(write(SeedRecord.report()).text())
                    .startsWith("@techreport{drc-2018-215,");
        }

        @Test
        void areMadeUniqueInADocumentWithASuffix() {
            Report r = Report.builder("same").title(LocalizedText.of("One")).build();
            BibtexTesting.Written written = write(r, r, r);
            assertThat(written.text()).contains("@techreport{same,", "@techreport{samea,", "@techreport{sameb,");
            assertThat(written.notes()).filteredOn(n -> n.pointer().equals("/id")).hasSize(2);
        }

        @Test
        void replaceWhatAKeyCannotHoldAndSaySo() {
            Report r = Report.builder("a b,c{d}").title(LocalizedText.of("One")).build();
            BibtexTesting.Written written = write(r);
            assertThat(written.text()).startsWith("@techreport{a-b-c-d-,");
            assertThat(lostComponents(written.notes())).containsExactly("id");
        }
    }

    @Nested
    class Names {

        @Test
        void readsTheThreeFormsOfAPersonsNameAndBracedOrganisations() {
            Report r = readOne("@techreport{n, author = {Ludwig van Beethoven and de la Fontaine, Jean and "
                    + "van der Berg, Jr, Anna and {Ministry of Finance and Economy} and Li and others}}");
            assertThat(r.authors()).extracting(Author::agent).containsExactly(
                    Person.of(new PersonName("Beethoven", "Ludwig", "van", null, NameOrder.GIVEN_FIRST, null, null)),
                    Person.of(new PersonName("Fontaine", "Jean", "de la", null, NameOrder.GIVEN_FIRST, null, null)),
                    Person.of(new PersonName("Berg", "Anna", "van der", "Jr", NameOrder.GIVEN_FIRST, null, null)),
                    Organization.of("Ministry of Finance and Economy"),
                    Person.of(new PersonName("Li", null, null, null, NameOrder.GIVEN_FIRST, null, null)));
            assertThat(r.authors()).extracting(Author::role).containsExactly(Role.AUTHOR, Role.AUTHOR, Role.AUTHOR,
                    Role.RESEARCH_TEAM, Role.AUTHOR);
        }

        @Test
        void writesNamePartsThatWouldBeMisreadInBraces() {
            Report report = Report.builder("names").authors(List.of(
                    Author.person(new PersonName("van der Berg", "Anna, Maria", null, null, NameOrder.GIVEN_FIRST,
                            null, null)),
                    Author.person(new PersonName("Berg", "Anna", "van der", "Jr.", NameOrder.GIVEN_FIRST, null, null)),
                    Author.researchTeam(Organization.of("Research and Development Team")))).build();
            BibtexTesting.Written written = write(report);
            assertThat(written.text()).contains("author = {{van der Berg}, {Anna, Maria} and van der Berg, Jr., Anna "
                    + "and {Research and Development Team}}");
            assertThat(written.notes()).isEmpty();
            assertThat(readOne(written.text())).isEqualTo(report);
        }
    }

    @Nested
    class Reading {

        @Test
        void readsABiblatexReportOfTypeTechreport() {
            Report r = readOne("@report{r, title = {T}, type = {techreport}, institution = {IBM}, number = {RC-1},"
                    + " date = {1978}}");
            assertThat(r.type()).isEqualTo(ReportType.TECHNICAL_REPORT);
            assertThat(r.number()).isEqualTo(ReportNumber.of("Technical Report", "RC-1", 1978));
            assertThat(r.publisher()).isEqualTo(Organization.of("IBM"));
        }

        @Test
        void namesEveryFieldItDoesNotKeep() {
            BibtexTesting.Read read = read("@article{a, title = {T}, journal = {J}, pages = {1--2}}");
            assertThat(read.reports().get(0).type()).isEqualTo(ReportType.ARTICLE);
            assertThat(read.notes()).extracting(ConversionNote::message)
                    .anyMatch(m -> m.startsWith("the @article entry read as a report"))
                    .anyMatch(m -> m.startsWith("the field 'journal' = 'J' not kept"))
                    .anyMatch(m -> m.startsWith("the field 'pages' = '1--2' not kept"));
            assertThat(read.notes()).allMatch(n -> n.location() != null && n.location().line() == 1);
        }

        @Test
        void refusesAValueOfTheWrongKindWhereItIsUnlessLenient() {
            String text = "@techreport{y,\n  title = {T},\n  year = {about 2018},\n}";
            assertThatThrownBy(() -> read(text)).isInstanceOf(ReportParseException.class)
                    .hasMessage("entry 'y', field 'year': expected a year of up to four digits, but was 'about 2018' "
                            + "(test.bib:3:3)");
            BibtexTesting.Read lenient = read(text, ReadOptions.of("test.bib").withLenient(true));
            assertThat(lenient.reports().get(0).issued()).isNull();
            assertThat(lenient.notes()).extracting(ConversionNote::message)
                    .containsExactly("field 'year': expected a year of up to four digits, but was 'about 2018'; not kept");
        }

        @Test
        void refusesAnUndefinedMacroWhereItIsUnlessLenient() {
            String text = "@techreport{m,\n  institution = unknown # { Institute},\n}";
            assertThatThrownBy(() -> read(text)).isInstanceOf(ReportParseException.class)
                    .hasMessageContaining("entry 'm', field 'institution': the macro 'unknown' is not defined")
                    .hasMessageEndingWith("(test.bib:2:17)");
            Report lenient = read(text, ReadOptions.of("test.bib").withLenient(true)).reports().get(0);
            assertThat(lenient.publisher()).isEqualTo(Organization.of("Institute"));
        }

        @Test
        void saysWhereAnEntryIsNotClosed() {
            assertThatThrownBy(() -> read("@techreport{open,\n  title = {never closed\n"))
                    .isInstanceOf(ReportParseException.class)
                    .hasMessage("entry 'open', field 'title': the braced value is not closed: expected '}' (test.bib:2:24)");
        }

        @Test
        void quotesInputInErrorsWithoutControlCharacters() {
            assertThatThrownBy(() -> read("@techreport{k, title = {T} \u001B[31m}"))
                    .isInstanceOf(ReportParseException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\u001B"));
        }
    }

    @Nested
    class Bounds {

        @Test
        void refusesAnEntryLongerThanTheLimit() {
            String text = "@techreport{long, title = {" + "x".repeat(200) + "}}";
            assertThatThrownBy(() -> read(text, ReadOptions.of("test.bib").withMaxReportBytes(100)))
                    .isInstanceOf(ReportParseException.class)
                    .hasMessageContaining("entry 'long', field 'title': the entry is longer than 100 characters");
        }

        @Test
        void refusesBracesNestedDeeperThanTheLimit() {
            String text = "@techreport{deep, title = " + "{".repeat(100) + "}".repeat(100) + "}";
            assertThatThrownBy(() -> read(text)).isInstanceOf(ReportParseException.class)
                    .hasMessageContaining("braces nested deeper than 64");
        }

        @Test
        void refusesMacrosThatDoubleTheirWayPastTheLimit() {
            StringBuilder text = new StringBuilder("@string{m0 = {xxxxxxxxxxxxxxxx}}\n");
            for (int i = 1; i < 40; i++) {
                text.append("@string{m").append(i).append(" = m").append(i - 1).append(" # m").append(i - 1).append("}\n");
            }
            long start = System.nanoTime();
            assertThatThrownBy(() -> read(text.toString(), ReadOptions.of("test.bib").withMaxReportBytes(1 << 20)))
                    .isInstanceOf(ReportParseException.class)
                    .hasMessageContaining("more than 1048576 characters");
            assertThat(System.nanoTime() - start).as("nanoseconds to refuse").isLessThan(5_000_000_000L);
        }
    }

    @Nested
    class Detecting {

        @Test
        void findsAReportEntryLikelyAndOtherEntriesPlausible() {
            assertThat(FORMAT.detect("% refs\n@TechReport{a,".getBytes(StandardCharsets.UTF_8)).strength())
                    .isEqualTo(Detection.Strength.LIKELY);
            assertThat(FORMAT.detect("@article{a,".getBytes(StandardCharsets.UTF_8)).strength())
                    .isEqualTo(Detection.Strength.PLAUSIBLE);
            assertThat(FORMAT.detect("{\"a\": \"@article{\"}".getBytes(StandardCharsets.UTF_8)).matches()).isFalse();
        }
    }
}
