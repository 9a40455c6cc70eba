package io.github.reportmeta.oai.provider;

import static io.github.reportmeta.oai.provider.Catalogues.provider;
import static io.github.reportmeta.oai.provider.Catalogues.small;
import static io.github.reportmeta.oai.provider.Catalogues.synthetic;
import static io.github.reportmeta.oai.provider.Responses.error;
import static io.github.reportmeta.oai.provider.Responses.first;
import static io.github.reportmeta.oai.provider.Responses.oai;
import static io.github.reportmeta.oai.provider.Responses.texts;
import static io.github.reportmeta.oai.provider.Responses.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reportmeta.Catalogue;
import io.github.reportmeta.CatalogueId;
import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportId;
import io.github.reportmeta.dc.OaiDcFormat;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.xml.XmlFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class OaiProviderTest {

    static final OaiProvider SMALL = provider(small());

    @Nested
    class Identify {
        @Test
        void describesTheRepository() {
            Document doc = oai(SMALL, "verb", "Identify");

            assertThat(error(doc)).isEmpty();
            assertThat(texts(doc, "repositoryName")).containsExactly("Test reports");
            assertThat(texts(doc, "baseURL")).containsExactly("http://127.0.0.1:8080/oai");
            assertThat(texts(doc, "protocolVersion")).containsExactly("2.0");
            assertThat(texts(doc, "adminEmail")).containsExactly("admin@reportmeta.local");
            assertThat(texts(doc, "earliestDatestamp")).containsExactly("2018-02-01");
            assertThat(texts(doc, "deletedRecord")).containsExactly("no");
            assertThat(texts(doc, "granularity")).containsExactly("YYYY-MM-DD");
            assertThat(texts(doc, "responseDate")).containsExactly("2026-12-04T05:00:00Z");
        }

        @Test
        void describesItsIdentifiersWithTheOaiIdentifierScheme() {
            Document doc = oai(SMALL, "verb", "Identify");
            String ns = "http://www.openarchives.org/OAI/2.0/oai-identifier";

            assertThat(texts(doc, ns, "repositoryIdentifier")).containsExactly("reportmeta.local");
            assertThat(texts(doc, ns, "sampleIdentifier")).containsExactly("oai:reportmeta.local:%E6%8A%A5%E5%91%8A/5%25");
        }

        @Test
        void echoesTheVerbInTheRequestElement() {
            Document doc = oai(SMALL, "verb", "Identify");

            assertThat(first(doc, "request").getAttribute("verb")).isEqualTo("Identify");
        }

        @Test
        void takesTheRepositoryIdentifierFromADomainNameBaseUrl() {
            OaiProvider p = OaiProvider.builder(java.net.URI.create("https://reports.example.org/oai"))
                    .catalogue(small()).adminEmail("oai@reports.example.org").build();
            Document doc = oai(p, "verb", "Identify");

            assertThat(texts(doc, "adminEmail")).containsExactly("oai@reports.example.org");
            assertThat(p.identifier(ReportId.of("r1"))).isEqualTo("oai:reports.example.org:r1");
        }

        @Test
        void anEmptyRepositoryStillIdentifies() {
            Document doc = oai(provider(Catalogue.builder(CatalogueId.of("empty")).build()), "verb", "Identify");

            assertThat(texts(doc, "earliestDatestamp")).containsExactly("2026-12-04");
        }
    }

    @Nested
    class ListMetadataFormats {
        @Test
        void servesOaiDcAndTheCanonicalXml() {
            Document doc = oai(SMALL, "verb", "ListMetadataFormats");

            assertThat(texts(doc, "metadataPrefix")).containsExactly("oai_dc", "xml");
            assertThat(texts(doc, "metadataNamespace")).containsExactly(OaiDcFormat.OAI_DC, XmlFormat.NAMESPACE);
            assertThat(texts(doc, "schema")).containsExactly("http://www.openarchives.org/OAI/2.0/oai_dc.xsd",
                    OaiProvider.XML_SCHEMA_LOCATION);
        }

        @Test
        void servesBothFormatsForAnItem() {
            Document doc = oai(SMALL, "verb", "ListMetadataFormats", "identifier", "oai:reportmeta.local:r1");

            assertThat(texts(doc, "metadataPrefix")).containsExactly("oai_dc", "xml");
            assertThat(first(doc, "request").getAttribute("identifier")).isEqualTo("oai:reportmeta.local:r1");
        }

        @Test
        void anUnknownIdentifierIsIdDoesNotExist() {
            Document doc = oai(SMALL, "verb", "ListMetadataFormats", "identifier", "oai:reportmeta.local:nope");

            assertThat(error(doc)).isEqualTo("idDoesNotExist");
            assertThat(first(doc, "request").getAttribute("identifier")).isEqualTo("oai:reportmeta.local:nope");
        }
    }

    @Nested
    class ListSets {
        @Test
        void listsOneSetPerSeriesWithAStableSpec() {
            Document doc = oai(SMALL, "verb", "ListSets");

            assertThat(texts(doc, "setSpec")).containsExactly("research-report-5e5073f6", "working-paper-b7dc71d1");
            assertThat(texts(doc, "setName")).containsExactly("Research Report", "Working Paper");
            assertThat(token(doc)).isNull();
        }

        @Test
        void pagesTheSetsWithTheirOwnTokens() {
            OaiProvider p = provider(1, small());
            Document page1 = oai(p, "verb", "ListSets");
            Document page2 = oai(p, "verb", "ListSets", "resumptionToken", token(page1));

            assertThat(texts(page1, "setSpec")).containsExactly("research-report-5e5073f6");
            assertThat(texts(page2, "setSpec")).containsExactly("working-paper-b7dc71d1");
            assertThat(token(page2)).isEmpty();
            assertThat(first(page2, "resumptionToken").getAttribute("cursor")).isEqualTo("1");
        }

        @Test
        void aRepositoryWithoutSeriesIsNoSetHierarchy() {
            OaiProvider p = provider(Catalogue.builder(CatalogueId.of("flat"))
                    .report(Catalogues.report("a").build()).build());

            assertThat(error(oai(p, "verb", "ListSets"))).isEqualTo("noSetHierarchy");
            assertThat(error(oai(p, "verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "set", "x")))
                    .isEqualTo("noSetHierarchy");
        }
    }

    @Nested
    class ListIdentifiers {
        @Test
        void listsEveryHeaderInDatestampOrder() {
            Document doc = oai(SMALL, "verb", "ListIdentifiers", "metadataPrefix", "oai_dc");

            assertThat(texts(doc, "identifier")).containsExactly("oai:reportmeta.local:%E6%8A%A5%E5%91%8A/5%25",
                    "oai:reportmeta.local:r3", "oai:reportmeta.local:r1", "oai:reportmeta.local:r2",
                    "oai:reportmeta.local:r4");
            assertThat(texts(doc, "datestamp"))
                    .containsExactly("2018-02-01", "2019-07-01", "2020-03-01", "2020-05-11", "2021-01-15");
            assertThat(texts(doc, "setSpec"))
                    .containsExactly("research-report-5e5073f6", "working-paper-b7dc71d1", "research-report-5e5073f6");
            assertThat(doc.getElementsByTagNameNS(Responses.OAI, "metadata").getLength()).isZero();
        }

        @ParameterizedTest(name = "from {0} until {1}")
        @CsvSource({
            "2020-03-01, 2020-05-11, 'r1,r2'",
            "2020-03-02, , 'r2,r4'",
            ", 2019-07-01, '%E6%8A%A5%E5%91%8A/5%25,r3'",
            "2021-01-15, 2021-01-15, r4",
        })
        void selectsByDatestampBothEndsIncluded(String from, String until, String expected) {
            List<String> args = new ArrayList<>(List.of("verb", "ListIdentifiers", "metadataPrefix", "xml"));
            if (from != null) {
                args.addAll(List.of("from", from));
            }
            if (until != null) {
                args.addAll(List.of("until", until));
            }
            Document doc = oai(SMALL, args.toArray(String[]::new));

            assertThat(texts(doc, "identifier")).containsExactlyElementsOf(
                    List.of(expected.split(",")).stream().map(id -> "oai:reportmeta.local:" + id).toList());
        }

        @Test
        void selectsBySet() {
            Document doc = oai(SMALL, "verb", "ListIdentifiers", "metadataPrefix", "oai_dc",
                    "set", "research-report-5e5073f6");

            assertThat(texts(doc, "identifier")).containsExactly("oai:reportmeta.local:r1", "oai:reportmeta.local:r4");
        }

        @Test
        void anUnknownSetOrAnEmptyRangeIsNoRecordsMatch() {
            assertThat(error(oai(SMALL, "verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "set", "nope")))
                    .isEqualTo("noRecordsMatch");
            assertThat(error(oai(SMALL, "verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "from", "2022-01-01")))
                    .isEqualTo("noRecordsMatch");
        }

        @Test
        void anUnknownPrefixIsCannotDisseminateFormat() {
            Document doc = oai(SMALL, "verb", "ListIdentifiers", "metadataPrefix", "marc21");

            assertThat(error(doc)).isEqualTo("cannotDisseminateFormat");
            assertThat(first(doc, "request").getAttribute("metadataPrefix")).isEqualTo("marc21");
        }
    }

    @Nested
    class ListRecords {
        @Test
        void servesOaiDcRecordsFromTheDublinCoreMapping() {
            Document doc = oai(SMALL, "verb", "ListRecords", "metadataPrefix", "oai_dc", "set", "working-paper-b7dc71d1");

            assertThat(texts(doc, "identifier")).containsExactly("oai:reportmeta.local:r2");
            assertThat(texts(doc, OaiDcFormat.DC, "title")).containsExactly("Report r2");
            assertThat(doc.getElementsByTagNameNS(OaiDcFormat.OAI_DC, "dc").getLength()).isEqualTo(1);
        }

        @Test
        void servesTheCanonicalXmlThatReadsBackToTheSameReport() throws Exception {
            Catalogue catalogue = synthetic(7, 30);
            OaiProvider p = provider(catalogue);
            Document doc = oai(p, "verb", "ListRecords", "metadataPrefix", "xml");

            NodeList reports = doc.getElementsByTagNameNS(XmlFormat.NAMESPACE, "report");
            assertThat(reports.getLength()).isEqualTo(30);
            Set<Report> served = new HashSet<>();
            for (int i = 0; i < reports.getLength(); i++) {
                served.add(readBack((Element) reports.item(i)));
            }
            assertThat(served).containsExactlyInAnyOrderElementsOf(catalogue.reports());
        }

        @Test
        void pagesALongListWithCursorsAndSizes() {
            Catalogue catalogue = synthetic(11, 250);
            OaiProvider p = provider(100, catalogue);
            List<String> identifiers = new ArrayList<>();
            List<String> cursors = new ArrayList<>();
            Document doc = oai(p, "verb", "ListRecords", "metadataPrefix", "oai_dc");
            while (true) {
                identifiers.addAll(texts(doc, "identifier"));
                Element token = first(doc, "resumptionToken");
                cursors.add(token.getAttribute("cursor"));
                assertThat(token.getAttribute("completeListSize")).isEqualTo("250");
                if (token.getTextContent().isEmpty()) {
                    break;
                }
                doc = oai(p, "verb", "ListRecords", "resumptionToken", token.getTextContent());
            }

            assertThat(cursors).containsExactly("0", "100", "200");
            assertThat(identifiers).hasSize(250).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(catalogue.reports().stream().map(r -> p.identifier(r.id())).toList());
        }

        @Test
        void aTokenKeepsTheSelectionOfTheFirstRequest() {
            OaiProvider p = provider(1, small());
            Document page1 = oai(p, "verb", "ListRecords", "metadataPrefix", "xml", "set", "research-report-5e5073f6");
            Document page2 = oai(p, "verb", "ListRecords", "resumptionToken", token(page1));

            assertThat(texts(page1, "identifier")).containsExactly("oai:reportmeta.local:r1");
            assertThat(texts(page2, "identifier")).containsExactly("oai:reportmeta.local:r4");
            assertThat(page2.getElementsByTagNameNS(XmlFormat.NAMESPACE, "report").getLength()).isEqualTo(1);
            assertThat(first(page2, "request").getAttribute("resumptionToken")).isEqualTo(token(page1));
        }
    }

    @Nested
    class GetRecord {
        @Test
        void servesOneRecordWithItsHeader() {
            Document doc = oai(SMALL, "verb", "GetRecord", "identifier", "oai:reportmeta.local:r4", "metadataPrefix", "oai_dc");

            assertThat(texts(doc, "identifier")).containsExactly("oai:reportmeta.local:r4");
            assertThat(texts(doc, "datestamp")).containsExactly("2021-01-15");
            assertThat(texts(doc, OaiDcFormat.DC, "title")).containsExactly("Report r4");
        }

        @Test
        void findsAnIdWithPercentEncodedCharactersWhateverTheHexCase() {
            Document doc = oai(SMALL, "verb", "GetRecord", "identifier", "oai:reportmeta.local:%e6%8a%a5%e5%91%8a/5%25",
                    "metadataPrefix", "xml");

            assertThat(error(doc)).isEmpty();
            assertThat(texts(doc, XmlFormat.NAMESPACE, "id")).containsExactly("报告/5%");
        }

        @ParameterizedTest
        @CsvSource({"oai:reportmeta.local:nope", "oai:other.example.org:r1", "oai:reportmeta.local:%C3", "urn:x:r1"})
        void anUnknownIdentifierIsIdDoesNotExist(String identifier) {
            assertThat(error(oai(SMALL, "verb", "GetRecord", "identifier", identifier, "metadataPrefix", "oai_dc")))
                    .isEqualTo("idDoesNotExist");
        }

        @Test
        void anUnknownFormatIsCannotDisseminateFormat() {
            assertThat(error(oai(SMALL, "verb", "GetRecord", "identifier", "oai:reportmeta.local:r1", "metadataPrefix", "mods")))
                    .isEqualTo("cannotDisseminateFormat");
        }
    }

    @Nested
    class BadVerb {
        @ParameterizedTest
        @CsvSource({"Frobnicate", "listrecords", "''"})
        void anUnknownVerbIsBadVerb(String verb) {
            Document doc = oai(SMALL, "verb", verb);

            assertThat(error(doc)).isEqualTo("badVerb");
            assertThat(first(doc, "request").getAttributes().getLength()).isZero();
        }

        @Test
        void aMissingVerbIsBadVerb() {
            assertThat(error(oai(SMALL, "metadataPrefix", "oai_dc"))).isEqualTo("badVerb");
        }

        @Test
        void aRepeatedVerbIsBadVerb() {
            assertThat(error(oai(SMALL, "verb", "Identify", "verb", "Identify"))).isEqualTo("badVerb");
        }

        @Test
        void aVerbWithAControlCharacterIsQuotedEscaped() {
            Document doc = oai(SMALL, "verb", "Get\u0085Record");

            assertThat(error(doc)).isEqualTo("badVerb");
            assertThat(texts(doc, "error").get(0)).contains("'Get\\u0085Record' is not a verb");
        }

        @Test
        void aVerbWithACharacterXmlCannotCarryIsNotQuoted() {
            Document doc = oai(SMALL, "verb", "Get\u001bRecord");

            assertThat(error(doc)).isEqualTo("badVerb");
            assertThat(texts(doc, "error").get(0)).isEqualTo("The verb holds a character that XML cannot carry.");
        }
    }

    @Nested
    class BadArgument {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "an argument the verb does not take | verb,Identify,metadataPrefix,oai_dc",
            "a repeated argument | verb,ListRecords,metadataPrefix,oai_dc,metadataPrefix,xml",
            "a missing metadataPrefix | verb,ListRecords",
            "a missing identifier | verb,GetRecord,metadataPrefix,oai_dc",
            "an empty argument | verb,ListRecords,metadataPrefix,",
            "a date that is no date | verb,ListRecords,metadataPrefix,oai_dc,from,2020-02-30",
            "a date in another form | verb,ListRecords,metadataPrefix,oai_dc,from,2020-3-1",
            "a year alone | verb,ListRecords,metadataPrefix,oai_dc,until,2020",
            "seconds where the granularity is days | verb,ListRecords,metadataPrefix,oai_dc,from,2020-01-01T00:00:00Z",
            "mixed granularities | verb,ListRecords,metadataPrefix,oai_dc,from,2020-01-01,until,2020-02-01T00:00:00Z",
            "until before from | verb,ListRecords,metadataPrefix,oai_dc,from,2020-02-01,until,2020-01-31",
            "a token with other arguments | verb,ListRecords,metadataPrefix,oai_dc,resumptionToken,abc",
            "a token to a verb without lists | verb,GetRecord,resumptionToken,abc",
            "an illegal metadataPrefix | verb,ListRecords,metadataPrefix,oai dc",
            "an illegal set | verb,ListRecords,metadataPrefix,oai_dc,set,a b",
            "an identifier that is no URI | verb,GetRecord,metadataPrefix,oai_dc,identifier,a b",
            "a character XML cannot carry | verb,ListRecords,metadataPrefix,oai\u0001dc",
        })
        void isRefusedWithBadArgumentAndNoArgumentsEchoed(String what, String request) {
            Document doc = oai(SMALL, request.split(",", -1));

            assertThat(error(doc)).as(what).isEqualTo("badArgument");
            assertThat(first(doc, "request").getAttributes().getLength()).isZero();
            assertThat(texts(doc, "request")).containsExactly("http://127.0.0.1:8080/oai");
        }

        @Test
        void saysWhatIsWrong() {
            Document doc = oai(SMALL, "verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "2020-02-01", "until", "2020-01-31");

            assertThat(texts(doc, "error").get(0)).isEqualTo("until (2020-01-31) is earlier than from (2020-02-01).");
        }
    }

    @Nested
    class BadResumptionToken {
        @Test
        void aTokenFromAnotherEditionIsRefused() {
            OaiProvider before = provider(2, synthetic(3, 10));
            OaiProvider after = provider(2, synthetic(3, 11));
            String token = token(oai(before, "verb", "ListIdentifiers", "metadataPrefix", "oai_dc"));
            Document doc = oai(after, "verb", "ListIdentifiers", "resumptionToken", token);

            assertThat(error(doc)).isEqualTo("badResumptionToken");
            assertThat(texts(doc, "error").get(0)).contains("another edition");
        }

        @Test
        void theSameEditionLoadedAgainTakesTheToken() {
            String token = token(oai(provider(2, synthetic(3, 10)), "verb", "ListIdentifiers", "metadataPrefix", "oai_dc"));
            Document doc = oai(provider(2, synthetic(3, 10)), "verb", "ListIdentifiers", "resumptionToken", token);

            assertThat(error(doc)).isEmpty();
            assertThat(texts(doc, "identifier")).hasSize(2);
        }

        @Test
        void aTokenOfAnotherVerbIsRefused() {
            OaiProvider p = provider(2, small());
            String token = token(oai(p, "verb", "ListIdentifiers", "metadataPrefix", "oai_dc"));

            assertThat(error(oai(p, "verb", "ListRecords", "resumptionToken", token))).isEqualTo("badResumptionToken");
        }

        @ParameterizedTest
        @CsvSource({"garbage!", "MXxMaXN0UmVjb3Jkc3xvYWlfZGN8fHx8OTk5fGZmZmY", "eHl6"})
        void aTokenNotIssuedHereIsRefused(String token) {
            Document doc = oai(SMALL, "verb", "ListRecords", "resumptionToken", token);

            assertThat(error(doc)).isEqualTo("badResumptionToken");
            assertThat(first(doc, "request").getAttribute("resumptionToken")).isEqualTo(token);
        }

        @Test
        void aTokenPastTheEndIsRefused() {
            OaiProvider p = provider(2, small());
            String real = token(oai(p, "verb", "ListIdentifiers", "metadataPrefix", "oai_dc"));
            String forged = ResumptionToken.parse(real, Verb.ListIdentifiers, fingerprint(p)).at(99).encode();

            assertThat(error(oai(p, "verb", "ListIdentifiers", "resumptionToken", forged))).isEqualTo("badResumptionToken");
        }

        private String fingerprint(OaiProvider p) {
            String real = token(oai(p, "verb", "ListIdentifiers", "metadataPrefix", "oai_dc"));
            String text = new String(java.util.Base64.getUrlDecoder().decode(real), StandardCharsets.UTF_8);
            return text.substring(text.lastIndexOf('|') + 1);
        }
    }

    @Nested
    class Loading {
        @Test
        void refusesTheSameReportIdInTwoCatalogues() {
            Catalogue a = Catalogue.builder(CatalogueId.of("a")).report(Catalogues.report("x").build()).build();
            Catalogue b = Catalogue.builder(CatalogueId.of("b")).report(Catalogues.report("x").build()).build();

            assertThatThrownBy(() -> provider(a, b)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("report 'x' is in catalogue 'a' and again in catalogue 'b'");
        }

        @Test
        void refusesAReportThatCannotBeWrittenAsXml() {
            Catalogue bad = Catalogue.builder(CatalogueId.of("bad"))
                    .report(Report.builder("x").title("bell \u0007", LanguageTag.ENGLISH).build()).build();

            assertThatThrownBy(() -> provider(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("cannot be served as");
        }

        @Test
        void servesSeveralCataloguesAsOneRepository() {
            Catalogue other = Catalogue.builder(CatalogueId.of("other")).report(Catalogues.report("z").build()).build();
            Document doc = oai(provider(small(), other), "verb", "ListIdentifiers", "metadataPrefix", "oai_dc");

            assertThat(texts(doc, "identifier")).hasSize(6).contains("oai:reportmeta.local:z");
        }
    }

    @Nested
    class Conformance {
        @ParameterizedTest
        @CsvSource({"openarchives-ex-sec4.1a.xml", "openarchives-ex-sec4.2.xml", "openarchives-ex-sec4.5b.xml",
            "pyoai-fake1-ListRecords-oai_dc.xml"})
        void theSchemaCheckAcceptsRealResponses(String example) throws Exception {
            OaiSchemas.schema();
            OaiSchemas.assertValid(java.nio.file.Files.readAllBytes(OaiSchemas.PUBLISHED.resolve("examples").resolve(example)));
        }

        @Test
        void theSchemaCheckRejectsTheSpecificationsInvalidExample() throws Exception {
            OaiSchemas.schema();
            byte[] invalid = java.nio.file.Files.readAllBytes(
                    OaiSchemas.PUBLISHED.resolve("examples").resolve("invalid").resolve("openarchives-ex-sec4.5c.xml"));

            assertThatThrownBy(() -> OaiSchemas.assertValid(invalid)).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("2002-06-01T03:020:00Z");
        }

        @Test
        void theOaiDcReaderReadsOurListRecordsBack() {
            Catalogue catalogue = synthetic(21, 40);
            byte[] response = provider(catalogue).respond(Responses.params("verb", "ListRecords", "metadataPrefix", "oai_dc"));
            List<String> titles = new ArrayList<>();
            try (ReportReader reader = new OaiDcFormat().newReader(new ByteArrayInputStream(response), ReadOptions.of("ListRecords"))) {
                reader.forEachRemaining(r -> titles.add(r.titles().get(0).text()));
            }

            assertThat(titles).containsExactlyInAnyOrderElementsOf(
                    catalogue.reports().stream().map(r -> r.titles().get(0).text()).toList());
        }

        @Test
        void theSchemaCheckRejectsAResponseWhoseOaiDcIsInvalid() {
            byte[] good = SMALL.respond(Responses.params("verb", "GetRecord", "identifier", "oai:reportmeta.local:r1",
                    "metadataPrefix", "oai_dc"));
            String bad = new String(good, StandardCharsets.UTF_8).replace("<dc:title", "<dc:heading").replace("</dc:title>", "</dc:heading>");

            assertThat(bad).isNotEqualTo(new String(good, StandardCharsets.UTF_8));
            OaiSchemas.assertValid(good);
            assertThatThrownBy(() -> OaiSchemas.assertValid(bad.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("heading");
        }
    }

    @Nested
    class LargeCatalogue {
        @Test
        void listsTenThousandReportsInAHundredPagesOfAHundred() {
            Catalogue catalogue = synthetic(16, 10_000);
            long start = System.nanoTime();
            OaiProvider p = provider(100, catalogue);
            long loaded = System.nanoTime();
            Set<String> seen = new HashSet<>();
            int pages = 0;
            String[] request = {"verb", "ListIdentifiers", "metadataPrefix", "oai_dc"};
            while (true) {
                byte[] response = p.respond(Responses.params(request));
                Document doc = Responses.parse(response);
                assertThat(error(doc)).isEmpty();
                seen.addAll(texts(doc, "identifier"));
                pages++;
                String token = token(doc);
                if (token == null || token.isEmpty()) {
                    OaiSchemas.assertValid(response);
                    break;
                }
                request = new String[] {"verb", "ListIdentifiers", "resumptionToken", token};
            }
            long listed = System.nanoTime();
            byte[] records = p.respond(Responses.params("verb", "ListRecords", "metadataPrefix", "oai_dc"));
            long page = System.nanoTime();
            System.out.printf("10,000 reports: indexed in %d ms; 100 pages of identifiers in %d ms; a page of 100 "
                    + "oai_dc records in %d ms%n", (loaded - start) / 1_000_000, (listed - loaded) / 1_000_000,
                    (page - listed) / 1_000_000);

            assertThat(pages).isEqualTo(100);
            assertThat(seen).hasSize(10_000);
            OaiSchemas.assertValid(records);
            assertThat(texts(Responses.parse(records), "identifier")).hasSize(100);
        }
    }

    /** Reads a {@code report} element of a response back through the canonical XML reader. */
    static Report readBack(Element report) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        transformer.transform(new DOMSource((Node) report), new StreamResult(bytes));
        try (ReportReader reader = new XmlFormat().newReader(new ByteArrayInputStream(bytes.toByteArray()), ReadOptions.of("record"))) {
            Report r = reader.next();
            assertThat(reader.hasNext()).isFalse();
            return r;
        }
    }
}
