package io.github.reportmeta.dc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.Report;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.testing.RandomReports;
import io.github.reportmeta.testing.SeedRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DctermsAndHtmlTest {

    static final DctermsFormat DCTERMS = new DctermsFormat();

    @Nested
    class Dcterms {

        @Test
        void usesRefinementsAndEncodingSchemes() {
            String xml = DcTesting.write(DCTERMS, SeedRecord.report()).text();
            assertThat(xml).contains("<dcterms:abstract xml:lang=\"en\">The US government",
                    "<dcterms:issued xsi:type=\"dcterms:W3CDTF\">2018-12-10</dcterms:issued>",
                    "<dc:language xsi:type=\"dcterms:RFC4646\">en</dc:language>",
                    "<dcterms:isPartOf>Research Report; No. 215 (2018)</dcterms:isPartOf>",
                    "<dcterms:bibliographicCitation>Long, Haibo. The Development",
                    "<dc:type xsi:type=\"dcterms:DCMIType\">Text</dc:type>");
        }

        @Test
        void writeReadWriteIsStable() {
            RandomReports random = RandomReports.fromEnvironment();
            for (Report r : random.reports(500)) {
                DcTesting.Written first = DcTesting.write(DCTERMS, r);
                Report back = DcTesting.read(DCTERMS, first.bytes()).reports().get(0);
                assertThat(DcTesting.write(DCTERMS, back).text()).as("report %s, seed %d", r.id(), random.seed())
                        .isEqualTo(first.text());
            }
        }

        @Test
        void keepsRelationTypesThatSimpleDcLoses() {
            RandomReports random = RandomReports.fromEnvironment();
            Report maximal = random.maximalReport();
            long simple = DcTesting.write(new OaiDcFormat(), maximal).report().losses().stream()
                    .filter(n -> n.pointer().endsWith("/type") && n.pointer().startsWith("/relations")).count();
            long qualified = DcTesting.write(DCTERMS, maximal).report().losses().stream()
                    .filter(n -> n.pointer().endsWith("/type") && n.pointer().startsWith("/relations")).count();
            assertThat(qualified).as("seed %d", random.seed()).isLessThanOrEqualTo(simple);
        }
    }

    @Nested
    class DcHtml {

        @Test
        void writesDcAndHighwireTagsWithQuotesEscaped() {
            String html = DcTesting.write(new DcHtmlFormat(), SeedRecord.report()).text();
            assertThat(html).contains("<link rel=\"schema.DC\" href=\"http://purl.org/dc/elements/1.1/\">",
                    "<meta name=\"DC.title\" lang=\"en\" content=\"The Development",
                    "<meta name=\"citation_title\" content=\"The Development",
                    "<meta name=\"citation_author\" content=\"Long, Haibo\">",
                    "<meta name=\"citation_publication_date\" content=\"2018/12/10\">",
                    "<meta name=\"citation_technical_report_number\" content=\"215\">",
                    "<meta name=\"citation_technical_report_institution\" content=\"Development Research Center",
                    "<meta name=\"citation_keywords\" content=\"national defense and hi-tech industries; ");
            assertThat(html).contains("content=\"" + DcHtmlWriter.attribute(SeedRecord.TEAM) + "\"");
        }

        @Test
        void writesTheFullTextAsCitationPdfUrlApartFromTheLandingPage() {
            Report r = SeedRecord.report().toBuilder()
                    .fullText(new io.github.reportmeta.Url("https://www.drc.gov.cn/reports/215.pdf"))
                    .date(io.github.reportmeta.ReportDate.of(io.github.reportmeta.ReportDate.Kind.MODIFIED, "2019-01-02"))
                    .build();
            String html = DcTesting.write(new DcHtmlFormat(), r).text();
            assertThat(html).contains("<meta name=\"citation_pdf_url\" content=\"https://www.drc.gov.cn/reports/215.pdf\">",
                    "<meta name=\"DCTERMS.modified\" content=\"2019-01-02\">");
            assertThat(DcTesting.write(new DcHtmlFormat(), SeedRecord.report()).text()).doesNotContain("citation_pdf_url");
        }

        @Test
        void escapesQuotationMarksAndLineEndsInAttributes() {
            assertThat(DcHtmlWriter.attribute("a \"b\" <c> & 'd'\r\n")).isEqualTo(
                    "a &quot;b&quot; &lt;c&gt; &amp; &#39;d&#39;&#13;&#10;");
        }

        @Test
        void reportsWhatItDrops() {
            assertThat(DcTesting.write(new DcHtmlFormat(), SeedRecord.report()).report().losses())
                    .extracting(ConversionNote::pointer).contains("/metrics");
        }
    }
}
