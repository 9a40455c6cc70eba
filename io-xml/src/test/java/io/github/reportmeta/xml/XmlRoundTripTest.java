package io.github.reportmeta.xml;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.Catalogue;
import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.Keyword;
import io.github.reportmeta.Organization;
import io.github.reportmeta.PersonName;
import io.github.reportmeta.Author;
import io.github.reportmeta.Person;
import io.github.reportmeta.Report;
import io.github.reportmeta.Role;
import io.github.reportmeta.format.FormatRegistry;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.testing.RandomReports;
import io.github.reportmeta.testing.SeedRecord;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class XmlRoundTripTest {

    /** Text that XML parsers normalise or that needs escaping, all of which must come back unchanged. */
    static final String AWKWARD = "a\r\nb\rc\td\ne ]]> f & < > \" ' \uFEFF g \uD840\uDC00 😀 h\u2028i";

    static Report awkwardReport() {
        return Report.builder("awkward-1 <&>")
                .title(LocalizedText.of(AWKWARD, LanguageTag.ENGLISH))
                .title(new LocalizedText("\uFEFFstarts with a BOM character", null))
                .abstractText(LocalizedText.of("  leading and trailing spaces\r\n  ", "zh-Hans"))
                .keyword(new Keyword("]]>", null, "voc\r"))
                .author(new Author(Person.of(PersonName.literal("\r\n")), Role.EDITOR))
                .author(Author.researchTeam(Organization.of("Team \"quoted\" \r").withParent(SeedRecord.drc())))
                .rights("\r")
                .build();
    }

    @Nested
    class GeneratedReports {

        @Test
        void tenThousandReportsComeBackEqual() {
            RandomReports random = RandomReports.fromEnvironment();
            Catalogue catalogue = random.catalogue(10_000);
            byte[] document = XmlTesting.write(catalogue);
            Catalogue back = XmlTesting.read(document);
            assertThat(back.header()).as("seed %d", random.seed()).isEqualTo(catalogue.header());
            for (int i = 0; i < catalogue.reports().size(); i++) {
                assertThat(back.reports().get(i)).as("report %d, seed %d", i, random.seed())
                        .isEqualTo(catalogue.reports().get(i));
            }
            assertThat(back.reports()).hasSize(10_000);
        }

        @Test
        void theEmptyAndTheMaximalReportComeBackEqual() {
            RandomReports random = RandomReports.fromEnvironment();
            for (Report r : List.of(random.emptyReport(), random.maximalReport(), SeedRecord.report())) {
                assertThat(XmlTesting.read(XmlTesting.write(r)).reports()).as("seed %d", random.seed())
                        .containsExactly(r);
            }
        }

        @Test
        void writingIsDeterministic() {
            long seed = RandomReports.fromEnvironment().seed();
            Catalogue a = RandomReports.withSeed(seed).catalogue(200);
            Catalogue b = RandomReports.withSeed(seed).catalogue(200);
            assertThat(XmlTesting.write(a)).as("seed %d", seed).isEqualTo(XmlTesting.write(b));
        }
    }

    @Nested
    class AwkwardText {

        @Test
        void carriageReturnsBomAstralCharactersAndCdataEndsComeBackUnchanged() {
            Report report = awkwardReport();
            assertThat(XmlTesting.read(XmlTesting.write(report)).reports()).containsExactly(report);
        }

        @Test
        void carriageReturnIsWrittenAsACharacterReference() {
            String xml = XmlTesting.text(XmlTesting.write(awkwardReport()));
            assertThat(xml).contains("a&#xd;\nb&#xd;c").doesNotContain("\r");
        }
    }

    @Nested
    class Documents {

        @Test
        void aSingleReportWithoutHeaderIsAReportDocument() {
            String xml = XmlTesting.text(XmlTesting.write(SeedRecord.report()));
            assertThat(xml).startsWith("<?xml version='1.0' encoding='UTF-8'?>\n<report xmlns=\""
                    + XmlFormat.NAMESPACE + "\"").contains("version=\"1.0\"");
            try (ReportReader reader = XmlTesting.FORMAT.newReader(
                    new ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    ReadOptions.of("seed.xml"))) {
                assertThat(reader.header()).isNull();
                assertThat(reader.next()).isEqualTo(SeedRecord.report());
                assertThat(reader.hasNext()).isFalse();
            }
        }

        @Test
        void twoReportsWithoutHeaderMakeAHeaderlessCatalogue() {
            RandomReports random = RandomReports.fromEnvironment();
            List<Report> reports = random.reports(2);
            byte[] xml = XmlTesting.write(XmlTesting.FORMAT, null, reports);
            assertThat(XmlTesting.text(xml)).contains("<catalogue");
            assertThat(XmlTesting.readReports(xml, ReadOptions.of("t.xml"))).as("seed %d", random.seed())
                    .isEqualTo(reports);
        }

        @Test
        void nothingWrittenIsAnEmptyCatalogue() {
            byte[] xml = XmlTesting.write(XmlTesting.FORMAT, null, List.of());
            assertThat(XmlTesting.readReports(xml, ReadOptions.of("t.xml"))).isEmpty();
        }

        @Test
        void elementNamesFollowTheModelsComponentNames() {
            String xml = XmlTesting.text(XmlTesting.write(SeedRecord.report()));
            assertThat(xml).contains("<titles><title><text>The Development", "<authors><author><agent xsi:type=\"Person\"><name><family>Long</family>",
                    "<metrics><metric><type>views</type><count>5490</count></metric></metrics>");
        }

        @Test
        void theFormatIsFoundByNameAndSniffed() {
            FormatRegistry registry = FormatRegistry.load();
            assertThat(registry.expect("xml")).isInstanceOf(XmlFormat.class);
            assertThat(registry.detect("", XmlTesting.write(SeedRecord.report()))).isInstanceOf(XmlFormat.class);
        }
    }
}
