package io.github.reportmeta.registry.datacite;

import static io.github.reportmeta.registry.datacite.DataCiteTesting.lostComponents;
import static io.github.reportmeta.registry.datacite.DataCiteTesting.read;
import static io.github.reportmeta.registry.datacite.DataCiteTesting.schemaError;
import static io.github.reportmeta.registry.datacite.DataCiteTesting.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reportmeta.Doi;
import io.github.reportmeta.Issn;
import io.github.reportmeta.Keyword;
import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.Organization;
import io.github.reportmeta.PartialDate;
import io.github.reportmeta.Relation;
import io.github.reportmeta.RelationType;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportMetadataException;
import io.github.reportmeta.Ror;
import io.github.reportmeta.Url;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.Detection;
import io.github.reportmeta.format.FormatRegistry;
import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.testing.RandomReports;
import io.github.reportmeta.testing.SeedRecord;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The {@code datacite} format: what it writes, what the schema says of it, and what it reads. */
class DataCiteFormatTest {

    /** The seed record with what registering it needs: a DOI and a landing page. */
    static Report seed() {
        return SeedRecord.report().toBuilder().identifier(Doi.parse("10.5555/drc.2018.215"))
                .landingPage(Url.parse("https://www.drc.gov.cn/reports/2018/215.html")).build();
    }

    private static byte[] xml(String body) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<resource xmlns=\"http://datacite.org/schema/kernel-4\">"
                + body + "</resource>").getBytes(StandardCharsets.UTF_8);
    }

    @Nested
    class TheSeed {

        @Test
        void isARecordTheOfficialSchemaAccepts() {
            assertThat(schemaError(write(seed()).bytes())).isNull();
        }

        @Test
        void carriesTheNumberSeriesInstitutionDateAuthorsAndKeywords() {
            String text = write(seed()).text();
            assertThat(text)
                    .contains("<identifier identifierType=\"DOI\">10.5555/drc.2018.215</identifier>")
                    .contains("<resourceType resourceTypeGeneral=\"Report\">Research Report</resourceType>")
                    .contains("<alternateIdentifier alternateIdentifierType=\"ReportNumber\">Research Report, No.215, 2018"
                            + "</alternateIdentifier>")
                    .contains("<description descriptionType=\"SeriesInformation\">Research Report, No.215, 2018</description>")
                    .contains("<publisher>Development Research Center of the State Council</publisher>")
                    .contains("<contributorName nameType=\"Organizational\">Research Department of Innovation Development"
                            + "</contributorName>")
                    .contains("<publicationYear>2018</publicationYear>")
                    .contains("<date dateType=\"Issued\">2018-12-10</date>")
                    .contains("<creatorName nameType=\"Personal\">Long, Haibo</creatorName>")
                    .contains("<givenName>Haibo</givenName>", "<familyName>Long</familyName>")
                    .contains("<creatorName nameType=\"Organizational\">" + SeedRecord.TEAM + "</creatorName>")
                    .contains("<subject xml:lang=\"en\">civil-military integration</subject>")
                    .contains("<title xml:lang=\"en\">" + SeedRecord.TITLE + "</title>");
        }

        @Test
        void comesBackWithOnlyTheDocumentedLosses() {
            DataCiteTesting.Written written = write(seed());
            Report back = read(written.bytes(), "seed").reports().get(0);
            assertThat(lostComponents(written.notes())).containsExactlyInAnyOrder("authors", "publisher", "metrics");
            Report expected = seed().toBuilder().metrics(List.of()).build();
            assertThat(back.withAuthors(expected.authors()).toBuilder().publisher(expected.publisher()).build())
                    .isEqualTo(expected);
            assertThat(back.publisher()).as("the issuing department under its parent, without the acronym DRC")
                    .isEqualTo(Organization.of("Research Department of Innovation Development")
                            .withParent(Organization.of("Development Research Center of the State Council")));
            assertThat(back.authors()).extracting(a -> a.agent().displayName())
                    .containsExactly("Haibo Long", SeedRecord.TEAM);
        }
    }

    @Nested
    class SchemaValidity {

        @Test
        void theMaximalReportWithADoiIsAccepted() {
            Report maximal = RandomReports.withSeed(7).maximalReport();
            assertThat(DataCiteMapping.primaryDoi(maximal)).isNotNull();
            assertThat(schemaError(write(maximal).bytes())).isNull();
        }

        @Test
        void randomReportsWithADoiAreAccepted() {
            long seed = 20261204L;
            System.out.println("random reports with seed " + seed);
            RandomReports random = RandomReports.withSeed(seed);
            for (int i = 0; i < 300; i++) {
                Report r = random.report();
                if (DataCiteMapping.primaryDoi(r) == null) {
                    r = r.toBuilder().identifier(Doi.parse("10.5555/random." + i)).build();
                }
                if (r.issued() == null) {
                    r = r.withIssued(PartialDate.of(2020));
                }
                String error = schemaError(write(r).bytes());
                assertThat(error).as("schema error of report %s (seed %s)", r.id(), seed).isNull();
            }
        }

        @Test
        void aRecordWithoutAuthorsTitleOrPublisherSaysTheyAreUnknown() {
            Report bare = Report.builder("bare").identifier(Doi.parse("10.5555/bare")).issued(PartialDate.of(2019)).build();
            DataCiteTesting.Written written = write(bare);
            assertThat(schemaError(written.bytes())).isNull();
            assertThat(written.text()).contains("<creatorName>:unav</creatorName>", "<title>:unav</title>",
                    "<publisher>:unav</publisher>");
            assertThat(read(written.bytes(), "bare").reports()).containsExactly(bare);
        }
    }

    @Nested
    class WithoutADoi {

        private final Report noDoi = SeedRecord.report();

        @Test
        void aLossyWriteWarnsThatTheRecordNeedsOne() {
            DataCiteTesting.Written written = write(noDoi);
            assertThat(written.text()).doesNotContain("<identifier");
            assertThat(written.notes()).filteredOn(n -> n.kind() == ConversionNote.Kind.WARNING)
                    .extracting(ConversionNote::pointer).containsExactly("/identifiers");
            assertThat(schemaError(written.bytes())).as("the schema's view of a record without a DOI")
                    .contains("identifier");
        }

        @Test
        void aLosslessWriteRefusesItNamingTheReportAndTheField() {
            Report onlyDoiMissing = noDoi.toBuilder().metrics(List.of()).build();
            assertThatThrownBy(() -> write(WriteOptions.LOSSLESS, onlyDoiMissing))
                    .isInstanceOf(ReportMetadataException.class)
                    .hasMessageContaining("drc-2018-215 /identifiers: DataCite requires a DOI");
        }

        @Test
        void aLosslessWriteRefusesAReportWithoutAnIssuedDate() {
            Report undated = seed().toBuilder().issued(null).metrics(List.of()).build();
            assertThatThrownBy(() -> write(WriteOptions.LOSSLESS, undated))
                    .isInstanceOf(ReportMetadataException.class)
                    .hasMessageContaining("drc-2018-215 /issued: DataCite requires a <publicationYear>");
        }

        @Test
        void readsBackWithTheReportId() {
            assertThat(read(write(noDoi).bytes(), "x").reports().get(0).id()).isEqualTo(noDoi.id());
        }
    }

    @Nested
    class Mapping {

        @Test
        void writesTheSeriesIssnAsIsPartOfAndReadsItBackOnce() {
            Report r = seed().toBuilder().identifier(Issn.parse("2096-1234")).build();
            DataCiteTesting.Written written = write(r);
            assertThat(written.text()).contains("<relatedIdentifier relatedIdentifierType=\"ISSN\" relationType=\"IsPartOf\">"
                    + "2096-1234</relatedIdentifier>");
            assertThat(read(written.bytes(), "issn").reports().get(0).identifiers()).isEqualTo(r.identifiers());
        }

        @Test
        void writesRelationsAsRelatedIdentifiers() {
            Report r = seed().toBuilder().relation(new Relation(RelationType.IS_REPLACED_BY, Doi.parse("10.5555/new")))
                    .build();
            DataCiteTesting.Written written = write(r);
            assertThat(written.text()).contains("<relatedIdentifier relatedIdentifierType=\"DOI\" "
                    + "relationType=\"IsObsoletedBy\">10.5555/new</relatedIdentifier>");
            assertThat(read(written.bytes(), "rel").reports().get(0).relations()).isEqualTo(r.relations());
        }

        @Test
        void writesVocabulariesAsSubjectSchemes() {
            Report r = seed().withKeywords(List.of(new Keyword("F43", LanguageTag.ENGLISH, "JEL"),
                    new Keyword("growth", null, "http://vocab.example.org/thesaurus")));
            String text = write(r).text();
            assertThat(text).contains("<subject subjectScheme=\"JEL\" xml:lang=\"en\">F43</subject>",
                    "<subject schemeURI=\"http://vocab.example.org/thesaurus\">growth</subject>");
            assertThat(read(text.getBytes(StandardCharsets.UTF_8), "kw").reports().get(0).keywords())
                    .isEqualTo(r.keywords());
        }

        @Test
        void writesTranslatedTitlesWithTheirType() {
            Report r = seed().withTitles(List.of(LocalizedText.of("Title", LanguageTag.ENGLISH),
                    LocalizedText.of("标题", LanguageTag.CHINESE)));
            assertThat(write(r).text()).contains("<title titleType=\"TranslatedTitle\" xml:lang=\"zh\">标题</title>");
        }

        @Test
        void writesAnOrganisationsRorAsANameIdentifierWithItsSchemeUri() {
            Report r = seed().toBuilder().publisher(Organization.of("DRC").withIdentifiers(Ror.parse("05gq02987"), null))
                    .build();
            assertThat(write(r).text()).contains("<publisher publisherIdentifier=\"https://ror.org/05gq02987\" "
                    + "publisherIdentifierScheme=\"ROR\" schemeURI=\"https://ror.org\">DRC</publisher>");
        }
    }

    @Nested
    class Reading {

        @Test
        void takesTheDoiAsTheIdOfARecordWithoutAReportmetaId() {
            DataCiteTesting.Read r = read(xml("<identifier identifierType=\"DOI\">10.5555/X</identifier>"
                    + "<titles><title>T</title></titles>"), "doi");
            assertThat(r.reports().get(0).id().value()).isEqualTo("10.5555/X");
            assertThat(r.notes()).extracting(ConversionNote::kind).containsExactly(ConversionNote.Kind.INFO);
        }

        @Test
        void leavesUnknownValuesOutWithANote() {
            DataCiteTesting.Read r = read(xml("<creators><creator><creatorName>:unkn</creatorName></creator></creators>"
                    + "<titles><title>T</title></titles>"), "unknown");
            assertThat(r.reports().get(0).authors()).isEmpty();
            assertThat(r.notes()).anySatisfy(n -> assertThat(n.message()).contains("':unkn'", "unknown information"));
        }

        @Test
        void namesEveryElementAndAttributeItDoesNotKeep() {
            DataCiteTesting.Read r = read(xml("<titles><title titleType=\"Subtitle\">Sub</title></titles>"
                    + "<subjects><subject valueURI=\"http://x.org/1\">s</subject></subjects>"
                    + "<version>2.1</version>"), "unmapped");
            assertThat(r.reports().get(0).titles()).extracting(LocalizedText::text).containsExactly("Sub");
            assertThat(r.notes()).extracting(ConversionNote::message).anySatisfy(m -> assertThat(m).contains("Subtitle"))
                    .anySatisfy(m -> assertThat(m).contains("valueURI='http://x.org/1'"))
                    .anySatisfy(m -> assertThat(m).contains("<resource/version>", "'2.1'"));
            assertThat(r.notes()).allSatisfy(n -> assertThat(n.location()).isNotNull());
            assertThat(r.tally()[0]).as("values left unread").isZero();
            assertThat(r.tally()[2]).as("values named in a note").isEqualTo(3);
        }

        @Test
        void notesTheLineBreaksOfADescription() {
            DataCiteTesting.Read r = read(xml("<descriptions><description descriptionType=\"Abstract\">one<br/>two"
                    + "</description></descriptions>"), "br");
            assertThat(r.reports().get(0).abstracts()).extracting(LocalizedText::text).containsExactly("onetwo");
            assertThat(r.notes()).anySatisfy(n -> assertThat(n.message()).contains("<br/>"));
        }

        @Test
        void readsACollectionOfRecords() {
            Report a = seed();
            Report b = Report.builder("second").title(LocalizedText.of("Second")).identifier(Doi.parse("10.5555/2"))
                    .issued(PartialDate.of(2020)).build();
            DataCiteTesting.Written written = write(a, b);
            assertThat(written.text()).contains("<resources xmlns=\"" + DataCiteFormat.COLLECTION_NAMESPACE + "\">");
            assertThat(read(written.bytes(), "two").reports()).extracting(Report::id).containsExactly(a.id(), b.id());
        }

        @Test
        void numbersRecordsWithoutAnIdOrDoiByTheirPlace() {
            DataCiteTesting.Read r = read(xml("<titles><title>T</title></titles>"), "plain");
            assertThat(r.reports().get(0).id().value()).isEqualTo("record-1");
        }

        @Test
        void notesASecondIdentifier() {
            DataCiteTesting.Read r = read(xml("<identifier identifierType=\"DOI\">10.5555/a</identifier>"
                    + "<identifier identifierType=\"ARK\">ark:/1/2</identifier><titles><title>T</title></titles>"), "two");
            assertThat(r.reports().get(0).identifiers()).extracting(i -> i.value()).containsExactly("10.5555/a");
            assertThat(r.notes()).anySatisfy(n -> assertThat(n.message()).contains("'ARK'", "'ark:/1/2'"));
            assertThat(r.tally()[0]).isZero();
        }

        @Test
        void leavesOutABadRecordOfACollectionWhenLenient() {
            String good = "<resource xmlns=\"http://datacite.org/schema/kernel-4\"><titles><title>Good</title></titles>"
                    + "</resource>";
            String bad = "<resource xmlns=\"http://datacite.org/schema/kernel-4\"><titles>stray<title>Bad</title>"
                    + "</titles></resource>";
            byte[] doc = ("<resources xmlns=\"" + DataCiteFormat.COLLECTION_NAMESPACE + "\">" + good + bad + good
                    + "</resources>").getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> read(doc, "strict")).isInstanceOf(ReportParseException.class)
                    .hasMessageContaining("strict:1:");
            List<ConversionNote> notes = new java.util.ArrayList<>();
            List<Report> reports = new java.util.ArrayList<>();
            try (var reader = DataCiteTesting.FORMAT.newReader(new java.io.ByteArrayInputStream(doc),
                    io.github.reportmeta.format.ReadOptions.of("lenient").withLenient(true).withListener(notes::add))) {
                reader.forEachRemaining(reports::add);
            }
            assertThat(reports).extracting(rep -> rep.mainTitle().text()).containsExactly("Good", "Good");
            assertThat(notes).filteredOn(n -> n.kind() == ConversionNote.Kind.SKIPPED).hasSize(1);
        }

        @Test
        void isFoundByItsNamespace() {
            byte[] bytes = write(seed()).bytes();
            assertThat(DataCiteTesting.FORMAT.detect(bytes).strength()).isEqualTo(Detection.Strength.LIKELY);
            assertThat(FORMAT_REGISTRY.detect("", bytes)).isInstanceOf(DataCiteFormat.class);
            assertThat(FORMAT_REGISTRY.expect("datacite")).isInstanceOf(DataCiteFormat.class);
        }
    }

    private static final FormatRegistry FORMAT_REGISTRY = FormatRegistry.load();

    @Nested
    class UntrustedInput {

        @Test
        void refusesADoctypeWithItsLocation() {
            byte[] doc = ("<?xml version=\"1.0\"?>\n<!DOCTYPE resource [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                    + "<resource xmlns=\"http://datacite.org/schema/kernel-4\"><titles><title>&x;</title></titles>"
                    + "</resource>").getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> read(doc, "evil.xml")).isInstanceOf(ReportParseException.class)
                    .hasMessageContaining("evil.xml").hasMessageContaining("DOCTYPE");
        }

        @Test
        void refusesAnOlderKernelNamingIt() {
            byte[] doc = "<resource xmlns=\"http://datacite.org/schema/kernel-3\"/>".getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> read(doc, "v3.xml")).isInstanceOf(ReportParseException.class)
                    .hasMessageContaining("kernel-3").hasMessageContaining("only DataCite 4.x");
        }

        @Test
        void refusesAnotherDocumentSayingWhatWasExpected() {
            byte[] doc = "<record xmlns=\"urn:x\"/>".getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> read(doc, "other.xml")).isInstanceOf(ReportParseException.class)
                    .hasMessageContaining("expected a DataCite <resource>").hasMessageContaining("other.xml:1:");
        }

        @Test
        void reportsMalformedInputWithLineAndColumn() {
            byte[] doc = xml("<titles><title>T</titles>");
            assertThatThrownBy(() -> read(doc, "bad.xml")).isInstanceOf(ReportParseException.class)
                    .hasMessageContaining("bad.xml:2:");
        }

        @Test
        void refusesARecordLargerThanAReaderTakesNamingTheFieldThatMadeIt() {
            String huge = "<&".repeat(499_999);
            Report r = seed().toBuilder().publisher(Organization.of("Unit").withParent(Organization.of(huge))).build();
            assertThatThrownBy(() -> write(r)).isInstanceOf(ReportMetadataException.class)
                    .hasMessageContaining("'drc-2018-215'").hasMessageContaining("/publisher/parent/name")
                    .hasMessageContaining("expected at most 8388608 bytes").hasMessageNotContaining("<&<&");
        }

        @Test
        void quotesNoRawControlCharacterOfTheInput() {
            byte[] doc = xml("<language>e&#x9b;31m</language><titles><title>T</title></titles>");
            DataCiteTesting.Read r = read(doc, "ctl.xml");
            assertThat(r.notes()).isNotEmpty().allSatisfy(n -> assertThat(n.message()).doesNotContain("\u009b"))
                    .anySatisfy(n -> assertThat(n.message()).contains("<language>"));
        }

        @Test
        void boundsTheSizeOfARecord() {
            String big = "x".repeat(200_000);
            StringBuilder body = new StringBuilder("<subjects>");
            for (int i = 0; i < 50; i++) {
                body.append("<subject>").append(big).append("</subject>");
            }
            byte[] doc = xml(body + "</subjects>");
            assertThatThrownBy(() -> read(doc, "big.xml")).isInstanceOf(ReportParseException.class)
                    .hasMessageContaining("larger than the limit");
        }
    }
}
