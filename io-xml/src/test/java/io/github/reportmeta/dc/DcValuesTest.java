package io.github.reportmeta.dc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.Author;
import io.github.reportmeta.Coverage;
import io.github.reportmeta.IdentifierScheme;
import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.MediaFormat;
import io.github.reportmeta.Organization;
import io.github.reportmeta.Person;
import io.github.reportmeta.PersonName;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportDate;
import io.github.reportmeta.ReportId;
import io.github.reportmeta.Role;
import io.github.reportmeta.Url;
import io.github.reportmeta.format.ConversionNote;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reading rules for values as repositories write them, each with the real record that motivated it. */
class DcValuesTest {

    private static final DcMapping SIMPLE = new DcMapping(false);

    private record Noted(DcStatement statement, ConversionNote.Kind kind, String message) {}

    private static Report read(List<Noted> notes, DcStatement... statements) {
        return SIMPLE.report(new ReportId("r1"), List.of(statements), (s, k, m) -> notes.add(new Noted(s, k, m)));
    }

    @Nested
    class IssuedDates {

        /** DSpace@MIT (share-mit-record.xml): two accession timestamps before the date of issue. */
        @Test
        void aPlainDateWinsAndTheTimestampsBeforeItAreTheAccessionedAndAvailableDates() {
            List<Noted> notes = new ArrayList<>();
            Report r = read(notes, DcStatement.dc("title", "T"), DcStatement.dc("date", "2002-06-21T03:39:45Z"),
                    DcStatement.dc("date", "2002-06-21T03:39:45Z"), DcStatement.dc("date", "1990"));

            assertThat(r.issued()).hasToString("1990");
            assertThat(r.dates()).containsExactly(
                    ReportDate.of(ReportDate.Kind.ACCESSIONED, "2002-06-21T03:39:45Z"),
                    ReportDate.of(ReportDate.Kind.AVAILABLE, "2002-06-21T03:39:45Z"));
            assertThat(notes).isEmpty();
        }

        @Test
        void datesAfterTheIssuedDateAreOtherDatesAndAValueThatIsNoDateIsNoted() {
            List<Noted> notes = new ArrayList<>();
            Report r = read(notes, DcStatement.dc("title", "T"), DcStatement.dc("date", "1990"),
                    DcStatement.dc("date", "2002-06-21T03:39:45Z"), DcStatement.dc("date", "Spring 1990"));

            assertThat(r.issued()).hasToString("1990");
            assertThat(r.dates()).containsExactly(ReportDate.of(ReportDate.Kind.OTHER, "2002-06-21T03:39:45Z"));
            assertThat(notes).extracting(Noted::message).containsExactly("dc:date 'Spring 1990' not kept: not a W3CDTF date");
        }

        /** CSC IDA (csc-ida-getrecord-2013.xml): dct:modified with a time and no zone. */
        @Test
        void qualifiedDatesKeepTheirKindAndATimeWithoutZone() {
            List<Noted> notes = new ArrayList<>();
            Report r = new DcMapping(true).report(new ReportId("r1"), List.of(DcStatement.dc("title", "T"),
                    DcStatement.terms("issued", "2013", null, "W3CDTF"),
                    DcStatement.terms("modified", "2013-05-15T15:43:54", null, null),
                    DcStatement.terms("created", "2012-11", null, null),
                    DcStatement.terms("dateAccepted", "2012-12-01", null, null)),
                    (s, k, m) -> notes.add(new Noted(s, k, m)));

            assertThat(r.dates()).containsExactly(
                    ReportDate.of(ReportDate.Kind.MODIFIED, "2013-05-15T15:43:54"),
                    ReportDate.of(ReportDate.Kind.CREATED, "2012-11"),
                    ReportDate.of(ReportDate.Kind.ACCEPTED, "2012-12-01"));
            assertThat(notes).isEmpty();
        }

        /** EUR DSpace 2003 (eur-dspace-getrecord-2003.xml): only timestamps. */
        @Test
        void withOnlyDateTimesTheFirstGivesTheDateAndItsTimeIsNoted() {
            List<Noted> notes = new ArrayList<>();
            Report r = read(notes, DcStatement.dc("title", "T"), DcStatement.dc("date", "2003-04-22T13:13:44Z"));

            assertThat(r.issued()).hasToString("2003-04-22");
            assertThat(notes).extracting(Noted::message).containsExactly(
                    "dc:date '2003-04-22T13:13:44Z': read as the issued date 2003-04-22, its time dropped");
        }
    }

    @Nested
    class Identifiers {

        @ParameterizedTest
        @CsvSource({
            "10.1609/aaai.v38i1.31001, DOI, 10.1609/aaai.v38i1.31001",
            "info:doi/10.1000/182, DOI, 10.1000/182",
            "'DOI: 10.1000/182', DOI, 10.1000/182",
            "http://dx.doi.org/10.5167/uzh-2, DOI, 10.5167/uzh-2",
            "info:hdl/1765/308, HANDLE, 1765/308",
            "http://hdl.handle.net/1765/308, HANDLE, 1765/308",
            "90-9014980-5, ISBN, 90-9014980-5",
            "978-952-15-3015-9, ISBN, 978-952-15-3015-9",
            "1796-6361, ISSN, 1796-6361",
            "90-9014980-4, LOCAL, 90-9014980-4",
            "1796-6362, LOCAL, 1796-6362",
            "urn:nbn:fi:csc-ida2013032600070s, URN, urn:nbn:fi:csc-ida2013032600070s",
            "CERN-EP-2016-161, LOCAL, CERN-EP-2016-161"
        })
        void areTypedByContentAndCheckDigit(String written, IdentifierScheme scheme, String value) {
            assertThat(DcValues.identifier(written)).satisfies(i -> {
                assertThat(i.scheme()).isEqualTo(scheme);
                assertThat(i.value()).isEqualTo(value);
            });
        }

        /** CaltechAUTHORS (share-caltech-record.xml): the first identifier is the PDF. */
        @Test
        void aPdfAddressIsTheFullTextAndNeverTheLandingPage() {
            Report r = read(new ArrayList<>(), DcStatement.dc("title", "T"),
                    DcStatement.dc("identifier", "http://authors.library.caltech.edu/4/1/WUT013.pdf"));

            assertThat(r.landingPage()).isNull();
            assertThat(r.fullText()).isEqualTo(new Url("http://authors.library.caltech.edu/4/1/WUT013.pdf"));
            assertThat(r.identifiers()).isEmpty();
        }

        @Test
        void anotherFileIsTheFullTextOnlyInARecordWithAFormat() {
            DcStatement file = DcStatement.dc("identifier", "https://example.org/bitstream/1/report.docx");
            Report bare = read(new ArrayList<>(), DcStatement.dc("title", "T"), file);
            Report formatted = read(new ArrayList<>(), DcStatement.dc("title", "T"), file,
                    DcStatement.dc("format", "application/msword"));

            assertThat(bare.fullText()).isNull();
            assertThat(bare.identifiers()).singleElement().satisfies(i -> assertThat(i.scheme()).isEqualTo(IdentifierScheme.URL));
            assertThat(formatted.fullText()).isEqualTo(new Url("https://example.org/bitstream/1/report.docx"));
            assertThat(formatted.identifiers()).isEmpty();
        }
    }

    @Nested
    class RepositoryFields {

        @ParameterizedTest(name = "''{0}'' is {1}")
        @CsvSource(delimiter = '|', value = {
            "application/pdf|MEDIA_TYPE",
            "text/html; charset=UTF-8|MEDIA_TYPE",
            "48 pages|EXTENT",
            "913361 bytes|EXTENT",
            "151500|EXTENT",
            "photograph|MEDIUM",
            "VHS|MEDIUM",
        })
        void aFormatIsAMediaTypeAnExtentOrAMediumByItsText(String text, MediaFormat.Kind kind) {
            Report r = read(new ArrayList<>(), DcStatement.dc("title", "T"), DcStatement.dc("format", text));

            assertThat(r.formats()).containsExactly(new MediaFormat(kind, text));
        }

        /** EUR DSpace 2004 (eur-dspace-listrecords-2004.xml): the media type and the file's address in one dc:format. */
        @Test
        void aMediaTypeWithAFileGivesTheFullTextThePdfFirst() {
            List<Noted> notes = new ArrayList<>();
            Report r = read(notes, DcStatement.dc("title", "T"),
                    DcStatement.dc("format", "image/jpeg https://ep.eur.nl/retrieve/2509/Rombout_front.jpg"),
                    DcStatement.dc("format", "application/pdf https://ep.eur.nl/retrieve/2508/Rombout Dissertation.pdf"));

            assertThat(r.formats()).containsExactly(MediaFormat.mediaType("image/jpeg"),
                    MediaFormat.mediaType("application/pdf"));
            assertThat(r.fullText()).isEqualTo(new Url("https://ep.eur.nl/retrieve/2508/Rombout%20Dissertation.pdf"));
            assertThat(r.identifiers()).containsExactly(new Url("https://ep.eur.nl/retrieve/2509/Rombout_front.jpg"));
            assertThat(notes).extracting(Noted::message).containsExactly("dc:format 'application/pdf "
                    + "https://ep.eur.nl/retrieve/2508/Rombout Dissertation.pdf': the spaces of the address "
                    + "'https://ep.eur.nl/retrieve/2508/Rombout Dissertation.pdf' written as %20");
        }

        /** HELDA (helda-getrecord-2014-09.xml): sources and coverage. */
        @Test
        void sourcesAndCoverageAreKept() {
            List<Noted> notes = new ArrayList<>();
            Report r = read(notes, DcStatement.dc("title", "T"), DcStatement.dc("source", "Lähdemaailma-lehti"),
                    DcStatement.dc("coverage", "Seurasaari"), DcStatement.dc("coverage", "1970-luku"));

            assertThat(r.sources()).containsExactly("Lähdemaailma-lehti");
            assertThat(r.coverage()).containsExactly(new Coverage(Coverage.Kind.UNSPECIFIED, "Seurasaari"),
                    new Coverage(Coverage.Kind.UNSPECIFIED, "1970-luku"));
            assertThat(notes).isEmpty();
        }

        @Test
        void qualifiedDcKeepsTheKindsOfFormatsAndCoverage() {
            Report r = new DcMapping(true).report(new ReportId("r1"), List.of(DcStatement.dc("title", "T"),
                    DcStatement.terms("extent", "xii, 300 p.", null, null), DcStatement.terms("medium", "paper", null, null),
                    DcStatement.terms("spatial", "China", null, null), DcStatement.terms("temporal", "1978-2018", null, null)));

            assertThat(r.formats()).containsExactly(MediaFormat.extent("xii, 300 p."),
                    new MediaFormat(MediaFormat.Kind.MEDIUM, "paper"));
            assertThat(r.coverage()).containsExactly(new Coverage(Coverage.Kind.SPATIAL, "China"),
                    new Coverage(Coverage.Kind.TEMPORAL, "1978-2018"));
        }
    }

    @Nested
    class Names {

        @Test
        void particlesAfterTheGivenNameArePartOfTheName() {
            assertThat(((Person) DcValues.person("Laan, L. van der")).name())
                    .isEqualTo(new PersonName("Laan", "L.", "van der", null, io.github.reportmeta.NameOrder.GIVEN_FIRST, null, null));
            assertThat(((Person) DcValues.person("Rooijen, M. van")).name().particle()).isEqualTo("van");
        }

        @Test
        void aSuffixAfterASecondCommaIsTheSuffix() {
            PersonName n = ((Person) DcValues.person("Smith, John, Jr.")).name();
            assertThat(n.family()).isEqualTo("Smith");
            assertThat(n.given()).isEqualTo("John");
            assertThat(n.suffix()).isEqualTo("Jr.");
        }

        @Test
        void severalWordsWithoutACommaAreKeptAsWritten() {
            assertThat(((Person) DcValues.person("John Doe")).name().literal()).isEqualTo("John Doe");
        }

        /** BHL (share-bhl-record.xml) and DSpace@MIT (share-mit-record.xml): library name headings. */
        @Test
        void lifeDatesAfterTheNameAreTakenOffAndNoted() {
            List<Noted> notes = new ArrayList<>();
            Report r = read(notes, DcStatement.dc("title", "T"),
                    DcStatement.dc("creator", "Thunberg, Carl Peter,      1743-1828"),
                    DcStatement.dc("contributor", "Mustafa, D. (Denis), 1966-"));

            assertThat(r.authors()).extracting(a -> ((Person) a.agent()).name().family()).containsExactly("Thunberg", "Mustafa");
            assertThat(notes).extracting(Noted::message).containsExactly(
                    "dc:creator 'Thunberg, Carl Peter, 1743-1828': the life dates '1743-1828' not kept, the model has no field for them",
                    "dc:contributor 'Mustafa, D. (Denis), 1966-': the life dates '1966-' not kept, the model has no field for them");
        }

        /** HELDA (helda-getrecord-2014-09.xml) and CERN CDS (share-cern-record.xml). */
        @Test
        void organisationsAreRecognisedByTheirWordsAndNeverSplitAtCommas() {
            Report r = read(new ArrayList<>(), DcStatement.dc("title", "T"),
                    DcStatement.dc("creator", "Helsingin yliopisto, kulttuurien tutkimuksen laitos, kansatiede"),
                    DcStatement.dc("creator", "CMS Collaboration"),
                    DcStatement.dc("contributor", "Erasmus University Rotterdam"),
                    DcStatement.dc("contributor", "Research Group on Energy"));

            assertThat(r.authors()).extracting(Author::role, a -> a.agent() instanceof Organization o ? o.name() : null)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(Role.AUTHOR, "Helsingin yliopisto, kulttuurien tutkimuksen laitos, kansatiede"),
                            org.assertj.core.groups.Tuple.tuple(Role.AUTHOR, "CMS Collaboration"),
                            org.assertj.core.groups.Tuple.tuple(Role.CONTRIBUTOR, "Erasmus University Rotterdam"),
                            org.assertj.core.groups.Tuple.tuple(Role.RESEARCH_TEAM, "Research Group on Energy"));
        }

        @Test
        void aPersonIsNeverAnOrganisation() {
            assertThat(DcValues.isOrganisation("Rooijen, M. van")).isFalse();
            assertThat(DcValues.isOrganisation("Edwards, A.R.")).isFalse();
            assertThat(DcValues.isTeam("Smidts, A.")).isFalse();
        }
    }

    @Nested
    class Languages {

        @ParameterizedTest
        @CsvSource({
            "en, en, false",
            "zh-Hans, zh-Hans, false",
            "en_US, en-US, true",
            "eng, en, true",
            "dut, nl, true",
            "fre, fr, true",
            "fin, fi, true",
            "English, en, true",
            "Dutch, nl, true"
        })
        void areReadAsBcp47TagsWithANoteWhenChanged(String written, String tag, boolean changed) {
            DcValues.Language read = DcValues.language(written);
            assertThat(read.tag()).isEqualTo(new LanguageTag(tag));
            assertThat(read.change() != null).isEqualTo(changed);
        }

        /** EUR DSpace (eur-dspace-listrecords-2003.xml) sends "other" and "en_US". */
        @Test
        void aValueThatIsNoLanguageIsDroppedWithANote() {
            List<Noted> notes = new ArrayList<>();
            Report r = read(notes, DcStatement.dc("title", "T"), DcStatement.dc("language", "other"));

            assertThat(r.language()).isNull();
            assertThat(notes).extracting(Noted::message).containsExactly("dc:language 'other' not kept: not a language tag");
        }
    }

    @Nested
    class Quoting {

        @Test
        void cutsAt80CharactersAndEscapesControlCharacters() {
            assertThat(DcNotes.quote("a".repeat(100))).isEqualTo("a".repeat(80) + "...");
            assertThat(DcNotes.quote("a\u0007b \n\t c")).isEqualTo("a\\u0007b c");
        }
    }
}
