package io.github.reportmeta.dc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.CatalogueId;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.Organization;
import io.github.reportmeta.PartialDate;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportMetadataException;
import io.github.reportmeta.ReportType;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The documents the Dublin Core writers make of several reports, of none and of a catalogue, byte for byte. */
class DcWritersTest {

    static final String XML_DECLARATION = "<?xml version='1.0' encoding='UTF-8'?>\n";
    static final String OAI_DC_RECORDS = "<records xmlns=\"https://reportmeta.github.io/ns/oai_dc/1\" "
            + "xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n";
    static final String DCTERMS_RECORDS = "<records xmlns=\"https://reportmeta.github.io/ns/dcterms/1\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n";
    static final String OAI_DC_START = "<oai_dc:dc xsi:schemaLocation=\"http://www.openarchives.org/OAI/2.0/oai_dc/ "
            + "http://www.openarchives.org/OAI/2.0/oai_dc.xsd\">\n";

    static final Report A = Report.builder("r1").title(LocalizedText.of("A")).type(ReportType.OTHER).build();
    static final Report B = Report.builder("r2").title(LocalizedText.of("B", "de")).type(ReportType.WORKING_PAPER)
            .issued(PartialDate.parse("2020-05")).build();
    static final CatalogueHeader FULL_HEADER = new CatalogueHeader(CatalogueId.of("cat"),
            List.of(LocalizedText.of("C")), Organization.of("P"), PartialDate.parse("2020"), PartialDate.parse("2021"));

    static DcTesting.Written writeWithHeader(ReportFormat format, CatalogueHeader header, Report... reports) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWriter writer = format.newWriter(out, WriteOptions.DEFAULT);
        try {
            writer.writeHeader(header);
            for (Report r : reports) {
                writer.write(r);
            }
        } finally {
            writer.close();
        }
        return new DcTesting.Written(out.toByteArray(), writer.conversionReport());
    }

    @Nested
    class OaiDc {

        static final OaiDcFormat FORMAT = new OaiDcFormat();
        static final String RECORD_A = OAI_DC_START + "  <dc:title>A</dc:title>\n  <dc:type>Text</dc:type>\n"
                + "  <dc:type>Other</dc:type>\n  <dc:identifier>A.</dc:identifier>\n</oai_dc:dc>\n";

        @Test
        void severalReportsAreACollectionOfRecords() {
            assertThat(DcTesting.write(FORMAT, List.of(A, B), WriteOptions.DEFAULT).text()).isEqualTo(XML_DECLARATION
                    + OAI_DC_RECORDS + RECORD_A + OAI_DC_START + "  <dc:title xml:lang=\"de\">B</dc:title>\n"
                    + "  <dc:date>2020-05</dc:date>\n  <dc:type>Text</dc:type>\n  <dc:type>Working Paper</dc:type>\n"
                    + "  <dc:identifier>B. 2020-05.</dc:identifier>\n</oai_dc:dc>\n</records>\n");
        }

        @Test
        void noReportsAreAnEmptyCollection() {
            assertThat(DcTesting.write(FORMAT, List.of(), WriteOptions.DEFAULT).text())
                    .isEqualTo(XML_DECLARATION + OAI_DC_RECORDS + "</records>\n");
        }

        @Test
        void aCatalogueIsACollectionAndItsHeaderIsLost() {
            DcTesting.Written written = writeWithHeader(FORMAT, FULL_HEADER, A);
            assertThat(written.text()).isEqualTo(XML_DECLARATION + OAI_DC_RECORDS + RECORD_A + "</records>\n");
            assertThat(written.report().losses()).filteredOn(n -> n.report() == null)
                    .extracting(ConversionNote::pointer, ConversionNote::message, ConversionNote::location)
                    .containsExactly(tuple("/id", "oai_dc records have no catalogue header", null),
                            tuple("/titles", "oai_dc records have no catalogue header", null),
                            tuple("/publisher", "oai_dc records have no catalogue header", null),
                            tuple("/issued", "oai_dc records have no catalogue header", null),
                            tuple("/updated", "oai_dc records have no catalogue header", null));
        }
    }

    @Nested
    class Dcterms {

        static final DctermsFormat FORMAT = new DctermsFormat();

        @Test
        void severalReportsAreACollectionOfRecords() {
            assertThat(DcTesting.write(FORMAT, List.of(A, B), WriteOptions.DEFAULT).text()).isEqualTo(XML_DECLARATION
                    + DCTERMS_RECORDS + "<record>\n  <dc:title>A</dc:title>\n"
                    + "  <dc:type xsi:type=\"dcterms:DCMIType\">Text</dc:type>\n  <dc:type>Other</dc:type>\n"
                    + "  <dcterms:bibliographicCitation>A.</dcterms:bibliographicCitation>\n</record>\n"
                    + "<record>\n  <dc:title xml:lang=\"de\">B</dc:title>\n"
                    + "  <dcterms:issued xsi:type=\"dcterms:W3CDTF\">2020-05</dcterms:issued>\n"
                    + "  <dc:type xsi:type=\"dcterms:DCMIType\">Text</dc:type>\n  <dc:type>Working Paper</dc:type>\n"
                    + "  <dcterms:bibliographicCitation>B. 2020-05.</dcterms:bibliographicCitation>\n</record>\n"
                    + "</records>\n");
        }

        @Test
        void noReportsAreAnEmptyCollection() {
            assertThat(DcTesting.write(FORMAT, List.of(), WriteOptions.DEFAULT).text())
                    .isEqualTo(XML_DECLARATION + DCTERMS_RECORDS + "</records>\n");
        }

        @Test
        void onlyTheHeaderFieldsThatAreSetAreLost() {
            CatalogueHeader header = CatalogueHeader.of(CatalogueId.of("cat"), LocalizedText.of("C"));
            DcTesting.Written written = writeWithHeader(FORMAT, header, A);
            assertThat(written.report().losses()).filteredOn(n -> n.report() == null)
                    .extracting(ConversionNote::kind, ConversionNote::pointer, ConversionNote::message)
                    .containsExactly(
                            tuple(ConversionNote.Kind.LOSS, "/id", "dcterms records have no catalogue header"),
                            tuple(ConversionNote.Kind.LOSS, "/titles", "dcterms records have no catalogue header"));
        }
    }

    @Nested
    class CharactersXmlCannotCarry {

        @ParameterizedTest(name = "{0}")
        @CsvSource({"oai_dc, dc:title, dc:subject", "dcterms, dcterms:alternative, dc:subject"})
        void areRefusedNamingTheReportTheFieldAndTheElement(String format, String titleElement, String keywordElement) {
            ReportFormat f = format.equals("oai_dc") ? new OaiDcFormat() : new DctermsFormat();
            Report badTitle = A.toBuilder().title(LocalizedText.of("second\u0001")).build();
            assertThatThrownBy(() -> DcTesting.write(f, badTitle)).isInstanceOf(ReportMetadataException.class)
                    .hasMessageStartingWith("report 'r1' cannot be written as XML: /titles/1/text (written as "
                            + titleElement + ") holds ")
                    .hasMessageContaining(" at index 6, a character XML 1.0 cannot carry");
            Report badKeyword = A.toBuilder().keyword(io.github.reportmeta.Keyword.of("k\uFFFF")).build();
            assertThatThrownBy(() -> DcTesting.write(f, badKeyword)).isInstanceOf(ReportMetadataException.class)
                    .hasMessageStartingWith("report 'r1' cannot be written as XML: /keywords/0/term (written as "
                            + keywordElement + ") holds ");
        }

        @Test
        void inTheCatalogueHeaderAreRefused() {
            CatalogueHeader header = CatalogueHeader.of(CatalogueId.of("cat"), LocalizedText.of("C\u0002"));
            assertThatThrownBy(() -> writeWithHeader(new OaiDcFormat(), header)).isInstanceOf(
                    ReportMetadataException.class).hasMessageStartingWith(
                    "catalogue header cannot be written as XML: /titles/0/text holds ");
        }

        @Test
        void areRefusedInDcHtmlNamingTheFieldAndTheTag() {
            Report bad = A.toBuilder().titles(List.of(LocalizedText.of("A\u0003"))).build();
            assertThatThrownBy(() -> DcTesting.write(new DcHtmlFormat(), bad)).isInstanceOf(
                    ReportMetadataException.class).hasMessageStartingWith(
                    "report 'r1' cannot be written as XML: /titles/0/text (written as DC.title) holds ");
        }
    }

    @Nested
    class DcHtml {

        static final DcHtmlFormat FORMAT = new DcHtmlFormat();
        static final String SCHEMAS = "<link rel=\"schema.DC\" href=\"http://purl.org/dc/elements/1.1/\">\n"
                + "<link rel=\"schema.DCTERMS\" href=\"http://purl.org/dc/terms/\">\n";
        static final String HEAD_A = SCHEMAS + "<meta name=\"DC.title\" content=\"A\">\n"
                + "<meta name=\"DC.type\" scheme=\"DCTERMS.DCMIType\" content=\"Text\">\n"
                + "<meta name=\"DC.type\" content=\"Other\">\n"
                + "<meta name=\"DCTERMS.bibliographicCitation\" content=\"A.\">\n"
                + "<meta name=\"citation_title\" content=\"A\">\n";

        @Test
        void severalReportsAreFragmentsSeparatedByABlankLine() {
            assertThat(DcTesting.write(FORMAT, List.of(A, B), WriteOptions.DEFAULT).text()).isEqualTo(HEAD_A + "\n"
                    + SCHEMAS + "<meta name=\"DC.title\" lang=\"de\" content=\"B\">\n"
                    + "<meta name=\"DCTERMS.issued\" scheme=\"DCTERMS.W3CDTF\" content=\"2020-05\">\n"
                    + "<meta name=\"DC.type\" scheme=\"DCTERMS.DCMIType\" content=\"Text\">\n"
                    + "<meta name=\"DC.type\" content=\"Working Paper\">\n"
                    + "<meta name=\"DCTERMS.bibliographicCitation\" content=\"B. 2020-05.\">\n"
                    + "<meta name=\"citation_title\" content=\"B\">\n"
                    + "<meta name=\"citation_publication_date\" content=\"2020/05\">\n");
        }

        @Test
        void aCatalogueHeaderIsOneLoss() {
            DcTesting.Written written = writeWithHeader(FORMAT, FULL_HEADER, A);
            assertThat(written.text()).isEqualTo(HEAD_A);
            assertThat(written.report().losses()).extracting(n -> n.report() == null ? null : n.report().value(),
                    ConversionNote::pointer, ConversionNote::message).containsExactly(
                    tuple(null, "/", "dc-html describes one page per report and has no catalogue header"),
                    tuple("r1", "/id", "dc-html has no element for the report id; OAI-PMH readers take the header "
                            + "identifier"));
        }

        @Test
        void theHeaderMustComeBeforeTheFirstReport() {
            ReportWriter writer = FORMAT.newWriter(new ByteArrayOutputStream(), WriteOptions.DEFAULT);
            writer.write(A);
            assertThatThrownBy(() -> writer.writeHeader(FULL_HEADER)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("the header must be written first and once, but the writer is already writing reports");
            writer.close();
        }

        @Test
        void aClosedWriterRefusesReports() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ReportWriter writer = FORMAT.newWriter(out, WriteOptions.DEFAULT);
            writer.close();
            writer.close();
            assertThatThrownBy(() -> writer.write(A)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("the writer is closed");
            assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        }
    }
}
