package io.github.reportmeta.dc;

import static io.github.reportmeta.dc.DcReaderTest.OAI_DC;
import static io.github.reportmeta.dc.DcReaderTest.dc;
import static io.github.reportmeta.dc.DcReaderTest.oaiPmh;
import static io.github.reportmeta.dc.DcReaderTest.oaiRecord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reportmeta.Report;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.format.ReportReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * How the oai_dc reader copes with what repositories serve: lenient reading recovers record by record, bare
 * OAI-PMH records are read, and repeated envelope parts are refused. The cases are cut down from the corpus in
 * {@code fixtures/oai_dc/real/}.
 */
class DcRealWorldReadingTest {

    private static final ReadOptions LENIENT = ReadOptions.of("test.xml").withLenient(true);
    private static final ReadOptions STRICT = ReadOptions.of("test.xml");

    private static DcTesting.Read read(String document, ReadOptions options) {
        return DcReaderTest.read(OAI_DC, document, options);
    }

    private static String listRecords(String... records) {
        return oaiPmh("<ListRecords>" + String.join("\n", records) + "</ListRecords>");
    }

    private static List<String> messages(DcTesting.Read read, ConversionNote.Kind kind) {
        return read.report().notes().stream().filter(n -> n.kind() == kind).map(ConversionNote::toString).toList();
    }

    @Nested
    class RecordByRecordRecovery {

        private static final String DELETED_WITHOUT_IDENTIFIER =
                "<record><header status=\"deleted\"><datestamp>2019-02-03</datestamp></header></record>";

        @Test
        void skipsADeletedRecordWithoutIdentifierWithALocatedNoteAndReadsTheNext() {
            String doc = listRecords(oaiRecord("oai:x:1", "First"), DELETED_WITHOUT_IDENTIFIER,
                    oaiRecord("oai:x:3", "Third"));

            DcTesting.Read read = read(doc, LENIENT);

            assertThat(read.reports()).extracting(r -> r.id().value()).containsExactly("oai:x:1", "oai:x:3");
            assertThat(read.report().notes()).filteredOn(n -> n.kind() == ConversionNote.Kind.SKIPPED)
                    .singleElement().satisfies(n -> {
                        assertThat(n.message()).startsWith("record left out: an OAI-PMH record needs a <header> "
                                + "with an <identifier>").doesNotContain("(test.xml:3:");
                        assertThat(n.location().line()).isEqualTo(3);
                    });
        }

        @Test
        void stillFailsAtTheRecordWhenStrict() {
            String doc = listRecords(oaiRecord("oai:x:1", "First"), DELETED_WITHOUT_IDENTIFIER);

            assertThatThrownBy(() -> read(doc, STRICT)).isInstanceOf(ReportParseException.class)
                    .hasMessageContaining("needs a <header> with an <identifier>").hasMessageContaining("test.xml:3:");
        }

        @Test
        void skipsARecordInAnotherMetadataFormatAndNamesItsIdentifier() {
            String doc = listRecords("<record><header><identifier>oai:x:1</identifier></header><metadata>"
                    + "<mods xmlns=\"http://www.loc.gov/mods/v3\"><titleInfo/></mods></metadata></record>",
                    oaiRecord("oai:x:2", "Second"));

            DcTesting.Read read = read(doc, LENIENT);

            assertThat(read.reports()).extracting(r -> r.id().value()).containsExactly("oai:x:2");
            assertThat(read.report().notes()).filteredOn(n -> n.kind() == ConversionNote.Kind.SKIPPED)
                    .singleElement().satisfies(n -> assertThat(n.report().value()).isEqualTo("oai:x:1"));
        }

        @Test
        void keepsARecordWithAForeignAttributeAndNotesTheAttribute() {
            String doc = listRecords("<record><header><identifier>oai:x:1</identifier></header><metadata>"
                    + "<oai_dc:dc " + DcReaderTest.DC_NS + " xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                    + "<dc:title>T</dc:title><dc:rights rdf:parseType=\"Literal\">Public Domain</dc:rights>"
                    + "</oai_dc:dc></metadata></record>");

            DcTesting.Read read = read(doc, LENIENT);

            assertThat(read.reports()).singleElement().satisfies(r -> assertThat(r.rights()).isEqualTo("Public Domain"));
            assertThat(messages(read, ConversionNote.Kind.WARNING)).singleElement().asString()
                    .contains("oai:x:1", "parseType='Literal'", "<dc:rights>");
            assertThatThrownBy(() -> read(doc, STRICT)).isInstanceOf(ReportParseException.class)
                    .hasMessageContaining("unexpected attribute");
        }

        @Test
        void notesStrayTextAndReadsTheRecord() {
            String doc = listRecords("<record><header><identifier>oai:x:1</identifier></header><metadata>"
                    + dc("<dc:title>T</dc:title>(?s)<dc:date>2010</dc:date>") + "</metadata></record>");

            DcTesting.Read read = read(doc, LENIENT);

            assertThat(read.reports()).singleElement().satisfies(r -> assertThat(r.issued()).hasToString("2010"));
            assertThat(messages(read, ConversionNote.Kind.WARNING)).singleElement().asString()
                    .contains("skipped text is not allowed between elements", "'(?s)'");
            assertThatThrownBy(() -> read(doc, STRICT)).isInstanceOf(ReportParseException.class)
                    .hasMessageContaining("mixed content");
        }

        @Test
        void readsTheTextOfMarkupInsideAValueAndNotesTheMarkup() {
            String doc = listRecords("<record><header><identifier>oai:x:1</identifier></header><metadata>"
                    + dc("<dc:title>T</dc:title><dc:publisher><b>Helsingin</b> yliopisto</dc:publisher>")
                    + "</metadata></record>");

            DcTesting.Read read = read(doc, LENIENT);

            assertThat(read.reports()).singleElement()
                    .satisfies(r -> assertThat(r.publisher().name()).isEqualTo("Helsingin yliopisto"));
            assertThat(messages(read, ConversionNote.Kind.WARNING)).singleElement().asString()
                    .contains("the markup inside <dc:publisher> not kept");
        }

        @Test
        void aRecordOverTheSizeLimitCostsOnlyThatRecord() {
            String big = "<record><header><identifier>oai:x:1</identifier></header><metadata>"
                    + dc("<dc:title>" + "x".repeat(500) + "</dc:title><dc:date>2010</dc:date>") + "</metadata></record>";
            String doc = listRecords(big, oaiRecord("oai:x:2", "Small"), oaiRecord("oai:x:3", "Small"));

            DcTesting.Read read = read(doc, LENIENT.withMaxReportBytes(300));

            assertThat(read.reports()).extracting(r -> r.id().value()).containsExactly("oai:x:2", "oai:x:3");
            assertThat(messages(read, ConversionNote.Kind.SKIPPED)).singleElement().asString()
                    .contains("oai:x:1", "larger than the limit of 300 bytes");
        }

        @Test
        void stopsAtADocumentThatIsNotWellFormedAfterTheRecordsBeforeIt() {
            String doc = listRecords(oaiRecord("oai:x:1", "First"), "<record><header><identifier>oai:x:2</identifier>"
                    + "</header><metadata>" + dc("<dc:title>Second</dc:titel>") + "</metadata></record>");
            List<Report> reports = new ArrayList<>();

            try (ReportReader reader = OAI_DC.newReader(
                    new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), LENIENT)) {
                assertThatThrownBy(() -> reader.forEachRemaining(reports::add))
                        .isInstanceOf(ReportParseException.class).hasMessageContaining("malformed XML")
                        .hasMessageContaining("test.xml:3:");
            }
            assertThat(reports).extracting(r -> r.id().value()).containsExactly("oai:x:1");
        }
    }

    @Nested
    class BareOaiRecords {

        @Test
        void readsARecordInTheOaiPmhNamespace() {
            String doc = "<record xmlns=\"http://www.openarchives.org/OAI/2.0/\"><header><identifier>oai:x:7"
                    + "</identifier></header><metadata>" + dc("<dc:title>T</dc:title>") + "</metadata></record>";

            assertThat(read(doc, STRICT).reports()).extracting(r -> r.id().value()).containsExactly("oai:x:7");
        }

        @Test
        void readsARecordWithoutNamespaceAsHarvestersStoreThem() {
            assertThat(read(oaiRecord("oai:x:8", "T"), STRICT).reports()).singleElement()
                    .satisfies(r -> assertThat(r.mainTitle().text()).isEqualTo("T"));
        }

        @Test
        void leavesOutADeletedBareRecordWithANote() {
            String doc = "<record><header status=\"deleted\"><identifier>oai:x:9</identifier></header></record>";

            DcTesting.Read read = read(doc, STRICT);

            assertThat(read.reports()).isEmpty();
            assertThat(messages(read, ConversionNote.Kind.SKIPPED)).singleElement().asString()
                    .contains("oai:x:9", "deleted");
        }
    }

    @Nested
    class RepeatedEnvelopeParts {

        @Test
        void refusesTwoMetadataInOneRecordEvenIfTheSecondWouldWin() {
            String doc = listRecords("<record><header><identifier>oai:x:1</identifier></header>"
                    + "<metadata>" + dc("<dc:title>Real</dc:title>") + "</metadata>"
                    + "<metadata>" + dc("<dc:title>Spoofed</dc:title>") + "</metadata></record>");

            assertThatThrownBy(() -> read(doc, STRICT)).isInstanceOf(ReportParseException.class)
                    .hasMessageContaining("has one <metadata>, but the record 'oai:x:1' has a second");
            assertThat(read(doc, LENIENT).reports()).isEmpty();
        }

        @Test
        void refusesTwoHeaders() {
            String doc = listRecords("<record><header><identifier>oai:x:1</identifier></header>"
                    + "<header><identifier>oai:x:2</identifier></header>"
                    + "<metadata>" + dc("<dc:title>T</dc:title>") + "</metadata></record>");

            assertThatThrownBy(() -> read(doc, STRICT)).isInstanceOf(ReportParseException.class)
                    .hasMessageContaining("has one <header>");
        }

        @Test
        void refusesTwoIdentifiersInAHeader() {
            String doc = listRecords("<record><header><identifier>oai:x:1</identifier><identifier>oai:x:2"
                    + "</identifier></header><metadata>" + dc("<dc:title>T</dc:title>") + "</metadata></record>");

            assertThatThrownBy(() -> read(doc, STRICT)).isInstanceOf(ReportParseException.class)
                    .hasMessageContaining("has one <identifier>, but the record 'oai:x:1' has a second");
        }

        @Test
        void refusesAResponseWithTwoVerbsElementsEvenWhenLenient() {
            String twoLists = oaiPmh("<ListRecords>" + oaiRecord("oai:x:1", "A") + "</ListRecords>"
                    + "<ListRecords>" + oaiRecord("oai:x:2", "B") + "</ListRecords>");
            String identifyThenGet = oaiPmh("<Identify><repositoryName>R</repositoryName></Identify>"
                    + "<GetRecord>" + oaiRecord("oai:x:1", "A") + "</GetRecord>");

            assertThatThrownBy(() -> read(twoLists, LENIENT)).isInstanceOf(ReportParseException.class)
                    .hasMessageContaining("holds the element of one verb, but <ListRecords> follows <ListRecords>");
            assertThatThrownBy(() -> read(identifyThenGet, LENIENT)).isInstanceOf(ReportParseException.class)
                    .hasMessageContaining("but <GetRecord> follows <Identify>");
        }
    }
}
