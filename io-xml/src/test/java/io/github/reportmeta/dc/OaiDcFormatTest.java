package io.github.reportmeta.dc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.Report;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.FormatRegistry;
import io.github.reportmeta.format.LossyConversionException;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.testing.RandomReports;
import io.github.reportmeta.testing.SeedRecord;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OaiDcFormatTest {

    static final OaiDcFormat FORMAT = new OaiDcFormat();

    @Nested
    class TheSeedRecord {

        @Test
        void writtenReadAndWrittenAgainGivesIdenticalOutput() {
            DcTesting.Written first = DcTesting.write(FORMAT, SeedRecord.report());
            Report back = DcTesting.read(FORMAT, first.bytes()).reports().get(0);
            DcTesting.Written second = DcTesting.write(FORMAT, back);
            assertThat(second.text()).isEqualTo(first.text());
        }

        @Test
        void theFirstWriteListsExactlyWhatDublinCoreDropped() {
            List<String> lost = DcTesting.write(FORMAT, SeedRecord.report()).report().losses().stream()
                    .map(ConversionNote::pointer).toList();
            assertThat(lost).containsExactly("/id", "/authors/0/agent/name/order", "/authors/0/agent/name/original",
                    "/publisher/parent/acronym", "/metrics");
        }

        @Test
        void isWrittenInTheOaiPmhForm() {
            String xml = DcTesting.write(FORMAT, SeedRecord.report()).text();
            assertThat(xml).contains("<oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\"",
                    "xsi:schemaLocation=\"http://www.openarchives.org/OAI/2.0/oai_dc/ "
                            + "http://www.openarchives.org/OAI/2.0/oai_dc.xsd\"",
                    "<dc:creator>Long, Haibo</dc:creator>",
                    "<dc:contributor>" + SeedRecord.TEAM + "</dc:contributor>",
                    "<dc:publisher>Development Research Center of the State Council. Research Department of "
                            + "Innovation Development</dc:publisher>",
                    "<dc:subject xml:lang=\"en\">civil-military integration</dc:subject>",
                    "<dc:date>2018-12-10</dc:date>", "<dc:type>Text</dc:type>",
                    "<dc:type>Research Report</dc:type>", "<dc:relation>Research Report; No. 215 (2018)</dc:relation>",
                    "<dc:language>en</dc:language>", "<dc:identifier>Long, Haibo. The Development of");
        }

        @Test
        void aLosslessWriteIsRefused() {
            assertThatThrownBy(() -> DcTesting.write(FORMAT, List.of(SeedRecord.report()), WriteOptions.LOSSLESS))
                    .isInstanceOf(LossyConversionException.class).hasMessageContaining("/id");
        }
    }

    @Nested
    class GeneratedReports {

        @Test
        void writeReadWriteIsStableAndEachLossIsNamedOnce() {
            RandomReports random = RandomReports.fromEnvironment();
            for (Report r : random.reports(1_000)) {
                DcTesting.Written first = DcTesting.write(FORMAT, r);
                Report back = DcTesting.read(FORMAT, first.bytes()).reports().get(0);
                assertThat(DcTesting.write(FORMAT, back).text()).as("report %s, seed %d", r.id(), random.seed())
                        .isEqualTo(first.text());
                Set<String> pointers = new HashSet<>();
                for (ConversionNote n : first.report().losses()) {
                    assertThat(pointers.add(n.pointer())).as("%s named twice, seed %d", n, random.seed()).isTrue();
                    assertThat(n.report()).isEqualTo(r.id());
                }
                if (!r.metrics().isEmpty()) {
                    assertThat(pointers).contains("/metrics");
                }
            }
        }
    }

    @Nested
    class OaiPmhResponses {

        static final String LIST_RECORDS = """
                <?xml version="1.0" encoding="UTF-8"?>
                <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                  <responseDate>2024-05-01T12:00:00Z</responseDate>
                  <request verb="ListRecords" metadataPrefix="oai_dc">https://repo.example.org/oai</request>
                  <ListRecords>
                    <record>
                      <header>
                        <identifier>oai:drc.gov.cn:2018-215</identifier>
                        <datestamp>2018-12-10</datestamp>
                      </header>
                      <metadata>
                        <oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"
                                   xmlns:dc="http://purl.org/dc/elements/1.1/">
                          <dc:title xml:lang="en">Civil-Military Integration in the U.S.</dc:title>
                          <dc:title xml:lang="zh">美国军民融合</dc:title>
                          <dc:creator>Long, Haibo</dc:creator>
                          <dc:subject xml:lang="en">civil-military integration</dc:subject>
                          <dc:subject xml:lang="zh">军民融合</dc:subject>
                          <dc:date>2018-12-10</dc:date>
                          <dc:type>Text</dc:type>
                          <dc:type>Research Report</dc:type>
                          <dc:relation>Research Report; No. 215 (2018)</dc:relation>
                        </oai_dc:dc>
                      </metadata>
                    </record>
                    <record>
                      <header status="deleted">
                        <identifier>oai:drc.gov.cn:2018-100</identifier>
                        <datestamp>2019-01-02</datestamp>
                      </header>
                    </record>
                    <record>
                      <header>
                        <identifier>oai:drc.gov.cn:2019-7</identifier>
                        <datestamp>2019-02-03</datestamp>
                        <setSpec>reports</setSpec>
                      </header>
                      <metadata>
                        <oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"
                                   xmlns:dc="http://purl.org/dc/elements/1.1/">
                          <dc:title>Regional Growth</dc:title>
                          <dc:date>2019-02</dc:date>
                        </oai_dc:dc>
                      </metadata>
                    </record>
                    <resumptionToken completeListSize="120" cursor="0">token-2</resumptionToken>
                  </ListRecords>
                </OAI-PMH>
                """;

        @Test
        void listRecordsWithADeletedRecordReadsIntoTwoReports() {
            DcTesting.Read read = DcTesting.read(FORMAT, LIST_RECORDS.getBytes(StandardCharsets.UTF_8));
            assertThat(read.reports()).extracting(r -> r.id().value())
                    .containsExactly("oai:drc.gov.cn:2018-215", "oai:drc.gov.cn:2019-7");
            Report first = read.reports().get(0);
            assertThat(first.title(LanguageTag.CHINESE)).hasValueSatisfying(t -> assertThat(t.text()).isEqualTo("美国军民融合"));
            assertThat(first.keywords()).hasSize(2);
            assertThat(first.number().toString()).isEqualTo("Research Report, No.215, 2018");
            assertThat(first.authors().get(0).agent().displayName()).isEqualTo("Haibo Long");
            assertThat(read.report().notes()).filteredOn(n -> n.kind() == ConversionNote.Kind.SKIPPED)
                    .singleElement().satisfies(n -> assertThat(n.report().value()).isEqualTo("oai:drc.gov.cn:2018-100"));
            assertThat(read.report().notes()).filteredOn(n -> n.kind() == ConversionNote.Kind.INFO)
                    .anySatisfy(n -> assertThat(n.message()).contains("token-2", "120"))
                    .anySatisfy(n -> assertThat(n.message()).contains("datestamp 2019-02-03"));
        }

        @Test
        void listRecordsReadsIntoACatalogueOfTwoReports() {
            var catalogue = FORMAT.readCatalogue(new java.io.ByteArrayInputStream(
                    LIST_RECORDS.getBytes(StandardCharsets.UTF_8)), io.github.reportmeta.format.ReadOptions.of("l.xml"));
            assertThat(catalogue.reports()).hasSize(2);
        }

        @Test
        void getRecordReadsIntoOneReport() {
            String getRecord = LIST_RECORDS.replace("ListRecords", "GetRecord")
                    .replaceAll("(?s)<record>\\s*<header status=\"deleted\">.*</resumptionToken>", "");
            DcTesting.Read read = DcTesting.read(FORMAT, getRecord.getBytes(StandardCharsets.UTF_8));
            assertThat(read.reports()).singleElement().satisfies(r -> assertThat(r.id().value())
                    .isEqualTo("oai:drc.gov.cn:2018-215"));
        }
    }

    @Nested
    class Registry {

        @Test
        void allDublinCoreFormatsAreRegistered() {
            FormatRegistry registry = FormatRegistry.load();
            assertThat(registry.expect("oai_dc")).isInstanceOf(OaiDcFormat.class);
            assertThat(registry.expect("dcterms")).isInstanceOf(DctermsFormat.class);
            assertThat(registry.expect("dc-html")).isInstanceOf(DcHtmlFormat.class);
        }
    }
}
