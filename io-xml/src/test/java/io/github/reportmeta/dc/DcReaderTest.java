package io.github.reportmeta.dc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.reportmeta.Report;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.format.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The envelopes the Dublin Core reader takes (record, collection, OAI-PMH response), its limits and its life cycle. */
class DcReaderTest {

    static final OaiDcFormat OAI_DC = new OaiDcFormat();
    static final DctermsFormat DCTERMS = new DctermsFormat();
    static final String DC_NS = "xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"";

    /** An {@code oai_dc:dc} record holding the given DC elements. */
    static String dc(String elements) {
        return "<oai_dc:dc " + DC_NS + ">" + elements + "</oai_dc:dc>";
    }

    /** An OAI-PMH response whose root holds the given children, the first line being the root's start tag. */
    static String oaiPmh(String children) {
        return "<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\">\n" + children + "\n</OAI-PMH>";
    }

    /** An OAI-PMH record with a header (identifier and datestamp) and DC metadata. */
    static String oaiRecord(String identifier, String title) {
        return "<record><header><identifier>" + identifier + "</identifier><datestamp>2019-02-03</datestamp></header>"
                + "<metadata>" + dc("<dc:title>" + title + "</dc:title>") + "</metadata></record>";
    }

    static DcTesting.Read read(ReportFormat format, String document, ReadOptions options) {
        try (ReportReader reader = format.newReader(
                new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), options)) {
            List<Report> reports = new ArrayList<>();
            reader.forEachRemaining(reports::add);
            return new DcTesting.Read(reports, reader.conversionReport());
        }
    }

    static DcTesting.Read read(String document) {
        return read(OAI_DC, document, ReadOptions.of("test.xml"));
    }

    static DcTesting.Read readLenient(String document) {
        return read(OAI_DC, document, ReadOptions.of("test.xml").withLenient(true));
    }

    static ReportParseException failure(ReportFormat format, String document, ReadOptions options) {
        Throwable t = catchThrowable(() -> read(format, document, options));
        assertThat(t).isInstanceOf(ReportParseException.class);
        return (ReportParseException) t;
    }

    static ReportParseException failure(String document) {
        return failure(OAI_DC, document, ReadOptions.of("test.xml"));
    }

    static List<String> ids(DcTesting.Read read) {
        return read.reports().stream().map(r -> r.id().value()).toList();
    }

    static List<String> titles(DcTesting.Read read) {
        return read.reports().stream().map(r -> r.mainTitle().text()).toList();
    }

    @Nested
    class TheRoot {

        @Test
        void anUnknownRootInANamespaceIsNamedWithItsNamespace() {
            ReportParseException e = failure("<report xmlns=\"urn:example\"/>");
            assertThat(e.problem()).isEqualTo("expected an oai_dc:dc record, an OAI-PMH response or a reportmeta "
                    + "collection, but found <report> in the namespace urn:example");
            assertThat(e.location()).isEqualTo(new SourceLocation("test.xml", 1, 1));
        }

        @Test
        void anUnknownRootWithoutNamespaceSaysSo() {
            assertThat(failure("\n<dc/>").problem()).isEqualTo("expected an oai_dc:dc record, an OAI-PMH response or "
                    + "a reportmeta collection, but found <dc> in no namespace");
        }

        @Test
        void aDctermsRecordCanBeReadByTheOaiDcReaderAndTheOtherWayRound() {
            String record = "<record xmlns=\"https://reportmeta.github.io/ns/dcterms/1\" "
                    + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>T</dc:title></record>";
            assertThat(titles(read(record))).containsExactly("T");
            assertThat(titles(read(DCTERMS, dc("<dc:title>U</dc:title>"), ReadOptions.of("t.xml"))))
                    .containsExactly("U");
        }

        @Test
        void aSecondRootAfterOneRecordIsAnError() {
            ReportParseException e = failure(dc("<dc:title>T</dc:title>") + "\n<more/>");
            assertThat(e.problem()).isEqualTo("malformed XML: Illegal to have multiple roots (start tag in epilog?).");
            assertThat(e.location().line()).isEqualTo(2);
        }
    }

    @Nested
    class Collections {

        static final String OAI_DC_RECORDS = "<records xmlns=\"https://reportmeta.github.io/ns/oai_dc/1\" "
                + DC_NS + ">\n";

        @Test
        void recordsAreNumberedFromOneInDocumentOrder() {
            String doc = OAI_DC_RECORDS + dc("<dc:title>A</dc:title>") + "\n" + dc("<dc:title>B</dc:title>") + "\n"
                    + dc("<dc:title>C</dc:title>") + "\n</records>";
            DcTesting.Read read = read(doc);
            assertThat(ids(read)).containsExactly("record-1", "record-2", "record-3");
            assertThat(titles(read)).containsExactly("A", "B", "C");
            assertThat(read.report().notes()).isEmpty();
        }

        @Test
        void aDctermsCollectionHoldsRecords() {
            String doc = "<records xmlns=\"https://reportmeta.github.io/ns/dcterms/1\" "
                    + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<record><dc:title>A</dc:title></record>\n"
                    + "<record><dc:title>B</dc:title></record>\n</records>";
            DcTesting.Read read = read(DCTERMS, doc, ReadOptions.of("t.xml"));
            assertThat(ids(read)).containsExactly("record-1", "record-2");
            assertThat(titles(read)).containsExactly("A", "B");
        }

        @Test
        void anEmptyCollectionHoldsNoReports() {
            assertThat(read(OAI_DC_RECORDS + "</records>").reports()).isEmpty();
        }

        @Test
        void anUnknownElementInACollectionIsAnErrorThatNamesIt() {
            String doc = OAI_DC_RECORDS + dc("<dc:title>A</dc:title>") + "\n<x:note xmlns:x=\"urn:x\"/>\n</records>";
            ReportParseException e = failure(doc);
            assertThat(e.problem()).isEqualTo("unexpected element {urn:x}note");
            assertThat(e.location().line()).isEqualTo(3);
        }

        @Test
        void anUnknownElementInACollectionIsSkippedWithAWarningWhenLenient() {
            String doc = OAI_DC_RECORDS + "<x:note xmlns:x=\"urn:x\"><x:a/><x:b>text</x:b></x:note>\n"
                    + dc("<dc:title>A</dc:title>") + "\n</records>";
            DcTesting.Read read = readLenient(doc);
            assertThat(titles(read)).containsExactly("A");
            assertThat(ids(read)).containsExactly("record-1");
            assertThat(read.report().notes()).singleElement().satisfies(n -> {
                assertThat(n.kind()).isEqualTo(ConversionNote.Kind.WARNING);
                assertThat(n.message()).isEqualTo("skipped the unknown element {urn:x}note");
                assertThat(n.location().line()).isEqualTo(2);
                assertThat(n.report()).isNull();
            });
        }

        @Test
        void aSecondRootAfterACollectionIsAnError() {
            ReportParseException e = failure(OAI_DC_RECORDS + dc("<dc:title>A</dc:title>") + "</records>\n<again/>");
            assertThat(e.problem()).isEqualTo("malformed XML: Illegal to have multiple roots (start tag in epilog?).");
            assertThat(e.location().line()).isEqualTo(3);
        }
    }

    @Nested
    class UnknownElementsInARecord {

        static final String RECORD = dc("\n<dc:title>T</dc:title>\n<x:extra xmlns:x=\"urn:x\"><x:y/></x:extra>\n"
                + "<dc:creator>Long, Haibo</dc:creator>\n");

        @Test
        void areAnErrorAtTheirPlace() {
            ReportParseException e = failure(RECORD);
            assertThat(e.problem()).isEqualTo("unexpected element {urn:x}extra");
            assertThat(e.location().line()).isEqualTo(3);
        }

        @Test
        void areSkippedWithAWarningWhenLenient() {
            DcTesting.Read read = readLenient(RECORD);
            assertThat(read.reports()).singleElement().satisfies(r -> {
                assertThat(r.mainTitle().text()).isEqualTo("T");
                assertThat(r.authors()).singleElement()
                        .satisfies(a -> assertThat(a.agent().displayName()).isEqualTo("Haibo Long"));
            });
            assertThat(read.report().notes()).extracting(ConversionNote::kind, ConversionNote::message)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(ConversionNote.Kind.WARNING,
                            "skipped the unknown element {urn:x}extra"));
        }

        @Test
        void anAttributeOtherThanLanguageAndSchemeIsAnError() {
            ReportParseException e = failure(dc("\n<dc:title id=\"t1\">T</dc:title>"));
            assertThat(e.problem()).isEqualTo("unexpected attribute 'id' on <title>; expected only xml:lang and xsi:type");
            assertThat(e.location().line()).isEqualTo(2);
        }
    }

    @Nested
    class OaiPmhEnvelope {

        @Test
        void anErrorResponseIsAParseErrorWithItsCodeAndMessage() {
            ReportParseException e = failure(oaiPmh("<responseDate>2024-05-01T12:00:00Z</responseDate>\n"
                    + "<error code=\"badArgument\"> the argument is bad </error>"));
            assertThat(e.problem()).isEqualTo("the OAI-PMH response is an error: badArgument: the argument is bad");
            assertThat(e.location().line()).isEqualTo(3);
        }

        @Test
        void noRecordsMatchIsAnEmptyResultWithAnInfoNote() {
            DcTesting.Read read = read(oaiPmh("<responseDate>2024-05-01T12:00:00Z</responseDate>\n"
                    + "<request verb=\"ListRecords\">https://repo.example.org/oai</request>\n"
                    + "<error code=\"noRecordsMatch\">nothing in this set</error>"));
            assertThat(read.reports()).isEmpty();
            assertThat(read.report().notes()).singleElement().satisfies(n -> {
                assertThat(n.kind()).isEqualTo(ConversionNote.Kind.INFO);
                assertThat(n.message()).isEqualTo("OAI-PMH noRecordsMatch: nothing in this set");
                assertThat(n.location().line()).isEqualTo(4);
                assertThat(n.report()).isNull();
            });
        }

        @Test
        void aSecondRootAfterAnEmptyResponseIsAnError() {
            ReportParseException e = failure(oaiPmh("<error code=\"noRecordsMatch\">none</error>") + "\n<again/>");
            assertThat(e.problem()).isEqualTo("malformed XML: Illegal to have multiple roots (start tag in epilog?).");
            assertThat(e.location().line()).isEqualTo(4);
        }

        @Test
        void elementsAfterTheVerbAreSkipped() {
            DcTesting.Read read = read(oaiPmh("<ListRecords>" + oaiRecord("oai:x:1", "A") + "</ListRecords>\n"
                    + "<extension><a><b/></a></extension>\n<another/>"));
            assertThat(ids(read)).containsExactly("oai:x:1");
        }

        @Test
        void aSecondRootAfterTheResponseIsAnError() {
            ReportParseException e = failure(oaiPmh("<GetRecord>" + oaiRecord("oai:x:1", "A") + "</GetRecord>")
                    + "\n<again/>");
            assertThat(e.problem()).isEqualTo("malformed XML: Illegal to have multiple roots (start tag in epilog?).");
            assertThat(e.location().line()).isEqualTo(4);
        }

        @Test
        void anUnknownElementInTheVerbIsAnError() {
            ReportParseException e = failure(oaiPmh("<ListRecords>\n<set/>\n" + oaiRecord("oai:x:1", "A")
                    + "</ListRecords>"));
            assertThat(e.problem()).isEqualTo("unexpected element {http://www.openarchives.org/OAI/2.0/}set");
            assertThat(e.location().line()).isEqualTo(3);
        }

        @Test
        void anUnknownElementInTheVerbIsSkippedWhenLenient() {
            DcTesting.Read read = readLenient(oaiPmh("<ListRecords>\n<set><setSpec>a</setSpec></set>\n"
                    + oaiRecord("oai:x:1", "A") + "</ListRecords>"));
            assertThat(ids(read)).containsExactly("oai:x:1");
            assertThat(read.report().notes()).extracting(ConversionNote::message).containsExactly(
                    "skipped the unknown element {http://www.openarchives.org/OAI/2.0/}set",
                    "OAI-PMH header identifier 'oai:x:1' kept as the report id; datestamp 2019-02-03");
        }

        @Test
        void anAboutContainerIsSkippedWithANoteThatNamesWhatItHeld() {
            String first = oaiRecord("oai:x:1", "A").replace("</metadata>",
                    "</metadata><about><provenance xmlns='urn:p'><origin/></provenance></about><about/>");
            DcTesting.Read read = read(oaiPmh("<ListRecords>" + first + oaiRecord("oai:x:2", "B")
                    + "</ListRecords>"));
            assertThat(ids(read)).containsExactly("oai:x:1", "oai:x:2");
            assertThat(titles(read)).containsExactly("A", "B");
            assertThat(read.report().notes()).filteredOn(n -> n.kind() == ConversionNote.Kind.WARNING)
                    .extracting(ConversionNote::message).containsExactly(
                            "OAI-PMH <about> holding <{urn:p}provenance> not read: a report has no place for "
                                    + "statements about its record",
                            "OAI-PMH <about> holding nothing not read: a report has no place for statements about "
                                    + "its record");
        }

        @Test
        void setSpecsOfTheHeaderAreNamedInANoteEach() {
            String first = oaiRecord("oai:x:1", "A").replace("</datestamp>",
                    "</datestamp><setSpec>art:2</setSpec><setSpec> docs </setSpec>");
            DcTesting.Read read = read(oaiPmh("<ListRecords>" + first + "</ListRecords>"));
            assertThat(titles(read)).containsExactly("A");
            assertThat(read.report().notes()).extracting(ConversionNote::kind, ConversionNote::message).containsExactly(
                    tuple(ConversionNote.Kind.INFO,
                            "OAI-PMH header identifier 'oai:x:1' kept as the report id; datestamp 2019-02-03"),
                    tuple(ConversionNote.Kind.WARNING,
                            "OAI-PMH setSpec 'art:2' not kept: a report has no set membership"),
                    tuple(ConversionNote.Kind.WARNING,
                            "OAI-PMH setSpec 'docs' not kept: a report has no set membership"));
        }

        @Test
        void anUnknownElementInTheHeaderIsAnError() {
            String first = oaiRecord("oai:x:1", "A").replace("</datestamp>", "</datestamp><set>x</set>");
            ReportParseException e = failure(oaiPmh("<ListRecords>" + first + "</ListRecords>"));
            assertThat(e.problem()).isEqualTo("unexpected element {http://www.openarchives.org/OAI/2.0/}set");
        }

        @Test
        void aRecordWithoutHeaderIdentifierIsAnError() {
            ReportParseException e = failure(oaiPmh("<ListRecords>\n<record><header><datestamp>2019-01-01"
                    + "</datestamp></header></record></ListRecords>"));
            assertThat(e.problem()).isEqualTo("an OAI-PMH record needs a <header> with an <identifier>, but the "
                    + "record at test.xml:3:1 has none");
        }

        @Test
        void anEmptyHeaderIdentifierIsAnErrorAtItsPlace() {
            ReportParseException e = failure(oaiPmh("<ListRecords>\n<record>\n<header><identifier> </identifier>"
                    + "</header><metadata>" + dc("<dc:title>A</dc:title>") + "</metadata></record></ListRecords>"));
            assertThat(e.problem()).isEqualTo("the OAI-PMH header <identifier> of the record at test.xml:3:1 is "
                    + "empty");
            assertThat(e.location().line()).isEqualTo(4);
            ReportParseException deleted = failure(oaiPmh("<ListRecords>\n<record><header status=\"deleted\">"
                    + "<identifier></identifier></header></record></ListRecords>"));
            assertThat(deleted.problem()).isEqualTo("the OAI-PMH header <identifier> of the record at test.xml:3:1 "
                    + "is empty");
        }

        @Test
        void metadataBeforeTheHeaderIsAnError() {
            ReportParseException e = failure(oaiPmh("<ListRecords>\n<record><metadata>" + dc("<dc:title>A</dc:title>")
                    + "</metadata><header><identifier>oai:x:1</identifier></header></record></ListRecords>"));
            assertThat(e.problem()).isEqualTo("an OAI-PMH record needs a <header> with an <identifier> before its "
                    + "<metadata>, but the record at test.xml:3:1 has none");
            assertThat(e.location().line()).isEqualTo(3);
        }

        @Test
        void aRecordWithoutMetadataIsAnError() {
            ReportParseException e = failure(oaiPmh("<ListRecords>\n<record><header><identifier>oai:x:9"
                    + "</identifier></header><metadata/></record></ListRecords>"));
            assertThat(e.problem()).isEqualTo("the OAI-PMH record 'oai:x:9' has no metadata");
        }

        @Test
        void metadataHoldsOneDublinCoreRecord() {
            ReportParseException e = failure(oaiPmh("<ListRecords><record><header><identifier>oai:x:9</identifier>"
                    + "</header><metadata>\n<mods xmlns=\"http://www.loc.gov/mods/v3\"/></metadata></record>"
                    + "</ListRecords>"));
            assertThat(e.problem()).isEqualTo("expected an oai_dc:dc record in <metadata>, but found <mods>");
            assertThat(e.location().line()).isEqualTo(3);
            ReportParseException second = failure(oaiPmh("<ListRecords><record><header><identifier>oai:x:9"
                    + "</identifier></header><metadata>" + dc("<dc:title>A</dc:title>") + "\n<extra/></metadata>"
                    + "</record></ListRecords>"));
            assertThat(second.problem()).isEqualTo("<metadata> holds one record, but a second element <extra> follows");
        }

        @Test
        void aDeletedRecordIsLeftOutWithItsDatestampWhenItHasOne() {
            DcTesting.Read read = read(oaiPmh("<ListRecords>\n"
                    + "<record><header status=\"deleted\"><identifier>oai:x:1</identifier></header></record>\n"
                    + "<record><header status=\"deleted\"><identifier>oai:x:2</identifier>"
                    + "<datestamp>2019-01-02</datestamp></header></record>\n" + oaiRecord("oai:x:3", "C")
                    + "</ListRecords>"));
            assertThat(ids(read)).containsExactly("oai:x:3");
            assertThat(read.report().notes()).filteredOn(n -> n.kind() == ConversionNote.Kind.SKIPPED)
                    .extracting(n -> n.report().value(), ConversionNote::message, n -> n.location().line())
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("oai:x:1", "deleted OAI-PMH record left out", 3L),
                            org.assertj.core.groups.Tuple.tuple("oai:x:2",
                                    "deleted OAI-PMH record (datestamp 2019-01-02) left out", 4L));
        }

        @Test
        void theHeaderIdentifierIsKeptInAnInfoNoteWithTheDatestampWhenThereIsOne() {
            String withoutDatestamp = oaiRecord("oai:x:2", "B").replace("<datestamp>2019-02-03</datestamp>", "");
            DcTesting.Read read = read(oaiPmh("<ListRecords>\n" + oaiRecord("oai:x:1", "A") + "\n" + withoutDatestamp
                    + "</ListRecords>"));
            assertThat(read.report().notes()).extracting(ConversionNote::kind, n -> n.report().value(),
                    ConversionNote::message, n -> n.location().line()).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(ConversionNote.Kind.INFO, "oai:x:1",
                            "OAI-PMH header identifier 'oai:x:1' kept as the report id; datestamp 2019-02-03", 3L),
                    org.assertj.core.groups.Tuple.tuple(ConversionNote.Kind.INFO, "oai:x:2",
                            "OAI-PMH header identifier 'oai:x:2' kept as the report id", 4L));
        }

        @Test
        void aResumptionTokenIsNotedWithTheListSizeAndCursorItHas() {
            DcTesting.Read read = read(oaiPmh("<ListRecords>\n"
                    + "<resumptionToken>t1</resumptionToken>\n"
                    + "<resumptionToken completeListSize=\"120\">t2</resumptionToken>\n"
                    + "<resumptionToken completeListSize=\"120\" cursor=\"100\">t3</resumptionToken>\n"
                    + "<resumptionToken cursor=\"100\">t4</resumptionToken>\n"
                    + "<resumptionToken completeListSize=\"120\" cursor=\"120\">  </resumptionToken>\n"
                    + "</ListRecords>"));
            assertThat(read.reports()).isEmpty();
            assertThat(read.report().notes()).extracting(ConversionNote::message, n -> n.location().line())
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(
                                    "OAI-PMH resumption token 't1': more records follow in the next request", 3L),
                            org.assertj.core.groups.Tuple.tuple("OAI-PMH resumption token 't2' (complete list size "
                                    + "120): more records follow in the next request", 4L),
                            org.assertj.core.groups.Tuple.tuple("OAI-PMH resumption token 't3' (complete list size "
                                    + "120, cursor 100): more records follow in the next request", 5L),
                            org.assertj.core.groups.Tuple.tuple(
                                    "OAI-PMH resumption token 't4': more records follow in the next request", 6L));
        }

        @Test
        void theReaderLocationIsTheRecordBeingRead() {
            String doc = oaiPmh("<ListRecords>\n" + oaiRecord("oai:x:1", "A") + "\n\n" + oaiRecord("oai:x:2", "B")
                    + "</ListRecords>");
            try (ReportReader reader = OAI_DC.newReader(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)),
                    ReadOptions.of("test.xml"))) {
                assertThat(reader.location()).isEqualTo(new SourceLocation("test.xml", 1, 1));
                reader.next();
                assertThat(reader.location()).isEqualTo(new SourceLocation("test.xml", 3, 1));
                reader.next();
                assertThat(reader.location()).isEqualTo(new SourceLocation("test.xml", 5, 1));
                assertThat(reader.hasNext()).isFalse();
            }
        }
    }

    @Nested
    class ReportSizeLimit {

        @Test
        void aRecordLargerThanTheLimitIsAnError() {
            String doc = dc("<dc:title>T</dc:title>" + "<dc:subject>s</dc:subject>".repeat(40));
            ReportParseException e = failure(OAI_DC, doc, ReadOptions.of("test.xml").withMaxReportBytes(500));
            assertThat(e.problem()).isEqualTo("a record is larger than the limit of 500 bytes");
            assertThat(read(OAI_DC, doc, ReadOptions.of("test.xml").withMaxReportBytes(2_000)).reports()).hasSize(1);
        }

        @Test
        void boundsEachRecordButNotWhatFollowsIt() {
            String deleted = "<record><header status=\"deleted\"><identifier>oai:x:2</identifier>"
                    + ("<setSpec>" + "s".repeat(40) + "</setSpec>").repeat(20) + "</header></record>";
            DcTesting.Read read = read(OAI_DC, oaiPmh("<ListRecords>" + oaiRecord("oai:x:1", "A") + deleted
                    + oaiRecord("oai:x:3", "C") + "</ListRecords>"),
                    ReadOptions.of("test.xml").withMaxReportBytes(400));
            assertThat(ids(read)).containsExactly("oai:x:1", "oai:x:3");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"'<!--', '-->'", "'<?pi ', '?>'"})
        void boundsACommentOrProcessingInstructionBetweenRecords(String open, String close) {
            String doc = oaiPmh("<ListRecords>" + oaiRecord("oai:x:1", "A") + open + "x".repeat(5_000) + close
                    + oaiRecord("oai:x:2", "B") + "</ListRecords>");
            ReportParseException e = failure(OAI_DC, doc, ReadOptions.of("test.xml").withMaxReportBytes(400));
            assertThat(e.problem()).isEqualTo(
                    "the input between two tags after a record is larger than the limit of 400 bytes");
            assertThat(e.location().column()).isPositive();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"'<!--', '-->'", "'<?pi ', '?>'"})
        void boundsACommentOrProcessingInstructionAfterTheLastRecord(String open, String close) {
            String doc = oaiPmh("<ListRecords>" + oaiRecord("oai:x:1", "A") + "</ListRecords>") + open
                    + "x".repeat(1_000_000) + close;
            ReportParseException e = failure(OAI_DC, doc, ReadOptions.of("test.xml").withMaxReportBytes(400));
            assertThat(e.problem()).isEqualTo(
                    "the input between two tags after a record is larger than the limit of 400 bytes");
            assertThat(e.location().line()).isEqualTo(3);
            assertThat(e.location().column()).isPositive();
        }

        @Test
        void boundsACommentAfterABareRecord() {
            String doc = dc("<dc:title>T</dc:title>") + "<!--" + "x".repeat(1_000_000) + "-->";
            ReportParseException e = failure(DCTERMS, doc, ReadOptions.of("test.xml").withMaxReportBytes(400));
            assertThat(e.problem()).endsWith("is larger than the limit of 400 bytes");
        }
    }

    @Nested
    class UntrustedNamesAndVersions {

        @Test
        void refusesXmlOneOneAtTheDeclaration() {
            ReportParseException e = failure("<?xml version=\"1.1\"?>" + dc("<dc:title>a&#x1b;</dc:title>"));
            assertThat(e.problem()).isEqualTo("the XML declaration says version '1.1', but only XML 1.0 is read");
            assertThat(e.location().line()).isEqualTo(1);
            assertThat(e.location().column()).isEqualTo(1);
        }

        @Test
        void refusesAThreeMegabyteElementNameAtItsPlace() {
            String name = "n".repeat(3 * 1024 * 1024);
            ReportParseException e = failure(dc("<dc:" + name + ">T</dc:" + name + ">"));
            assertThat(e.problem()).isEqualTo("an XML name is longer than the limit of 1024 characters");
            assertThat(e.location().line()).isEqualTo(1);
            assertThat(e.location().column()).isEqualTo(dc("").indexOf("</oai_dc") + 2 + 1024);
            assertThat(e.getMessage()).hasSizeLessThanOrEqualTo(200);
        }

        @Test
        void quotesALongAttributeNameInEightyCharacters() {
            String name = "a".repeat(1_000);
            ReportParseException e = failure(dc("<dc:title " + name + "=\"v\">T</dc:title>"));
            assertThat(e.problem()).contains("a".repeat(80) + "\u2026").doesNotContain("a".repeat(81));
        }
    }

    @Nested
    class LifeCycle {

        /** An input that counts how often it was closed and can fail on close. */
        static final class TrackedInput extends ByteArrayInputStream {
            int closed;
            final boolean failOnClose;

            TrackedInput(String text, boolean failOnClose) {
                super(text.getBytes(StandardCharsets.UTF_8));
                this.failOnClose = failOnClose;
            }

            @Override
            public void close() throws IOException {
                closed++;
                if (failOnClose) {
                    throw new IOException("disk gone");
                }
            }
        }

        @Test
        void theInputIsClosedWhenTheDocumentDoesNotStart() {
            TrackedInput in = new TrackedInput("not xml", false);
            assertThatThrownBy(() -> OAI_DC.newReader(in, ReadOptions.of("test.xml")))
                    .isInstanceOf(ReportParseException.class);
            assertThat(in.closed).isEqualTo(1);
        }

        @Test
        void aFailureToCloseIsAddedToTheParseError() {
            TrackedInput in = new TrackedInput("", true);
            Throwable t = catchThrowable(() -> OAI_DC.newReader(in, ReadOptions.of("test.xml")));
            assertThat(t).isInstanceOf(ReportParseException.class);
            assertThat(t.getSuppressed()).singleElement().satisfies(s -> assertThat(s).hasMessage("disk gone"));
        }

        @Test
        void theInputIsClosedWhenTheRootIsWrong() {
            TrackedInput in = new TrackedInput("<html/>", false);
            assertThatThrownBy(() -> OAI_DC.newReader(in, ReadOptions.of("test.xml")))
                    .isInstanceOf(ReportParseException.class).hasMessageContaining("but found <html>");
            assertThat(in.closed).isPositive();
        }

        @Test
        void closeClosesTheInputAndASecondCloseDoesNothing() {
            TrackedInput in = new TrackedInput(dc("<dc:title>T</dc:title>"), false);
            ReportReader reader = OAI_DC.newReader(in, ReadOptions.of("test.xml"));
            reader.close();
            int once = in.closed;
            assertThat(once).isPositive();
            reader.close();
            assertThat(in.closed).isEqualTo(once);
        }

        @Test
        void aFailureToCloseTheInputIsUnchecked() {
            TrackedInput in = new TrackedInput(dc("<dc:title>T</dc:title>"), true);
            ReportReader reader = OAI_DC.newReader(in, ReadOptions.of("test.xml"));
            assertThatThrownBy(reader::close).isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk gone");
        }

        @Test
        void aClosedReaderHasNoMoreReports() {
            String doc = Collections.OAI_DC_RECORDS + dc("<dc:title>A</dc:title>") + dc("<dc:title>B</dc:title>")
                    + "</records>";
            ReportReader reader = OAI_DC.newReader(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)),
                    ReadOptions.of("in.xml"));
            assertThat(reader.next().mainTitle().text()).isEqualTo("A");
            reader.close();
            assertThat(reader.hasNext()).isFalse();
            assertThatThrownBy(reader::next).isInstanceOf(NoSuchElementException.class)
                    .hasMessage("no more reports in in.xml");
        }

        @Test
        void aSingleRecordIsReadOnce() {
            ReportReader reader = OAI_DC.newReader(new ByteArrayInputStream(
                    dc("<dc:title>A</dc:title>").getBytes(StandardCharsets.UTF_8)), ReadOptions.of("in.xml"));
            assertThat(reader.hasNext()).isTrue();
            assertThat(reader.hasNext()).isTrue();
            assertThat(reader.next().id().value()).isEqualTo("record-1");
            assertThat(reader.hasNext()).isFalse();
            assertThat(reader.header()).isNull();
            reader.close();
        }
    }
}
