package io.github.reportmeta.citation.ris;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reportmeta.Author;
import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.Organization;
import io.github.reportmeta.PartialDate;
import io.github.reportmeta.Person;
import io.github.reportmeta.PersonName;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportMetadataException;
import io.github.reportmeta.ReportNumber;
import io.github.reportmeta.Role;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.testing.SeedRecord;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Writing RIS: the seed record as a reference manager reads it, its losses, and values that would break a record. */
class RisWriterTest {

    @Nested
    class TheSeedRecord {

        private final RisTesting.Written written = RisTesting.write(List.of(SeedRecord.report()));

        @Test
        void isWrittenAsAReportWithItsNumberSeriesInstitutionDateAuthorsAndKeywords() {
            assertThat(written.text()).isEqualTo(String.join("\r\n",
                    "TY  - RPRT",
                    "ID  - drc-2018-215",
                    "TI  - " + SeedRecord.TITLE,
                    "AU  - Long, Haibo",
                    "AU  - " + SeedRecord.TEAM,
                    "PY  - 2018",
                    "DA  - 2018/12/10/",
                    "AB  - " + SeedRecord.ABSTRACT,
                    "KW  - national defense and hi-tech industries",
                    "KW  - civil-military integration",
                    "KW  - form synergy between civil and military industries",
                    "KW  - experience and enlightenments",
                    "PB  - Research Department of Innovation Development, Development Research Center of the State"
                            + " Council",
                    "T2  - Research Report",
                    "SN  - 215",
                    "LA  - en",
                    "ER  - ",
                    ""));
        }

        @Test
        void comesBackWithItsNumberSeriesDateTeamAndKeywordsIntact() {
            Report back = RisTesting.read(written.bytes(), false).only();
            Report seed = SeedRecord.report();
            assertThat(back.number()).isEqualTo(new ReportNumber("Research Report", "215", "No.215", 2018))
                    .isEqualTo(seed.number());
            assertThat(back.issued()).isEqualTo(PartialDate.of(2018, 12, 10)).isEqualTo(seed.issued());
            assertThat(back.keywords()).isEqualTo(seed.keywords());
            assertThat(back.titles()).isEqualTo(seed.titles());
            assertThat(back.abstracts()).isEqualTo(seed.abstracts());
            assertThat(back.type()).isEqualTo(seed.type());
            assertThat(back.language()).isEqualTo(seed.language());
            assertThat(back.authors()).containsExactly(
                    new Author(Person.of(PersonName.of("Haibo", "Long")), Role.AUTHOR),
                    Author.researchTeam(Organization.of(SeedRecord.TEAM)));
            assertThat(back.publisher()).isEqualTo(Organization.of(
                    "Research Department of Innovation Development, Development Research Center of the State Council"));
        }

        @Test
        void namesOnlyTheDocumentedLosses() {
            assertThat(written.notes()).extracting(ConversionNote::pointer)
                    .containsExactly("/authors", "/publisher", "/metrics");
            assertThat(written.notes()).allSatisfy(n -> {
                assertThat(n.kind()).isEqualTo(ConversionNote.Kind.LOSS);
                assertThat(n.message()).isEqualTo(RisMapping.COMPONENTS.stream()
                        .filter(c -> n.pointer().equals("/" + c.name())).findFirst().orElseThrow().loss());
            });
        }
    }

    @Nested
    class Values {

        @Test
        void writesALineBreakAsAContinuationLineThatReadsBack() {
            Report r = Report.builder("multi").abstractText(LocalizedText.of("first\nsecond\n\nfourth")).build();
            RisTesting.Written w = RisTesting.write(List.of(r));
            assertThat(w.text()).contains("AB  - first\r\nsecond\r\n\r\nfourth\r\n");
            assertThat(RisTesting.read(w.bytes(), false).only()).isEqualTo(r);
            assertThat(w.notes()).isEmpty();
        }

        @Test
        void neverWritesALineThatWouldStartAFieldOrEndTheRecord() {
            Report r = Report.builder("inject").title(LocalizedText.of("Title\nER  - \nTY  - RPRT\nID  - forged")).build();
            RisTesting.Written w = RisTesting.write(List.of(r));
            RisTesting.Read back = RisTesting.read(w.bytes(), false);
            assertThat(back.only().id().value()).isEqualTo("inject");
            assertThat(back.only().mainTitle().text()).isEqualTo("Title ER  -  TY  - RPRT ID  - forged");
            assertThat(w.notes()).extracting(ConversionNote::pointer).containsExactly("/titles");
        }

        @Test
        void writesAnOrganisationWhoseNameHasACommaWithATrailingComma() {
            Report r = Report.builder("org").author(Author.researchTeam(Organization.of("Bank of England, Research")))
                    .build();
            RisTesting.Written w = RisTesting.write(List.of(r));
            assertThat(w.text()).contains("AU  - Bank of England, Research,\r\n");
            assertThat(RisTesting.read(w.bytes(), false).only()).isEqualTo(r);
        }

        @Test
        void writesTheMonthOfADateWithoutDay() {
            Report r = Report.builder("month").issued(PartialDate.of(2020, 3)).build();
            RisTesting.Written w = RisTesting.write(List.of(r));
            assertThat(w.text()).contains("PY  - 2020\r\nDA  - 2020/03//\r\n");
            assertThat(RisTesting.read(w.bytes(), false).only()).isEqualTo(r);
        }

        @Test
        void keepsTheReportTypeInM3() {
            Report r = Report.builder("wp").type(io.github.reportmeta.ReportType.WORKING_PAPER).build();
            RisTesting.Written w = RisTesting.write(List.of(r));
            assertThat(w.text()).contains("TY  - RPRT\r\n").contains("M3  - Working Paper\r\n");
            assertThat(RisTesting.read(w.bytes(), false).only()).isEqualTo(r);
        }

        @Test
        void notesTheLanguageOfATitleInAnotherLanguage() {
            Report r = Report.builder("zh").language(LanguageTag.ENGLISH).title("Title", LanguageTag.ENGLISH)
                    .title("标题", LanguageTag.CHINESE).build();
            RisTesting.Written w = RisTesting.write(List.of(r));
            assertThat(w.text()).contains("TI  - Title\r\nTT  - 标题\r\n");
            assertThat(w.notes()).extracting(ConversionNote::pointer).containsExactly("/titles");
        }

        @Test
        void refusesAControlCharacterOrALoneSurrogateNamingTheReportAndTheField() {
            Report nul = Report.builder("bell").author(Author.person(PersonName.familyFirst("Lo\u0000ng", "Haibo")))
                    .build();
            assertThatThrownBy(() -> RisTesting.write(List.of(nul))).isInstanceOf(ReportMetadataException.class)
                    .hasMessageContaining("report 'bell' cannot be written as RIS: /authors/0/agent/name/family holds"
                            + " U+0000 at index 2");
            Report surrogate = Report.builder("half").keyword(io.github.reportmeta.Keyword.of("a\uD800b")).build();
            assertThatThrownBy(() -> RisTesting.write(List.of(surrogate))).isInstanceOf(ReportMetadataException.class)
                    .hasMessageContaining("/keywords/0/term holds U+D800");
        }

        @Test
        void doesNotRefuseWhatItDoesNotWrite() {
            Report r = Report.builder("rights").rights("a\u0000b").build();
            RisTesting.Written w = RisTesting.write(List.of(r));
            assertThat(w.notes()).extracting(ConversionNote::pointer).containsExactly("/rights");
        }

        @Test
        void refusesAValueLongerThanTheReaderTakesBeforeWritingAnything() {
            Report r = Report.builder("long").title(LocalizedText.of("x".repeat(RisRecords.MAX_LINE))).build();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            var writer = new RisFormat().newWriter(out, io.github.reportmeta.format.WriteOptions.DEFAULT);
            assertThatThrownBy(() -> writer.write(r)).isInstanceOf(ReportMetadataException.class)
                    .hasMessageContaining("long").hasMessageContaining("longer than");
            writer.close();
            assertThat(out.toByteArray()).isEmpty();
        }
    }
}
