package io.github.reportmeta.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reportmeta.Catalogue;
import io.github.reportmeta.Report;
import io.github.reportmeta.testing.RandomReports;
import io.github.reportmeta.testing.SeedRecord;
import io.github.reportmeta.xml.internal.HardenedSchemas;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

class XmlSchemaTest {

    static final Schema SCHEMA = XmlFormat.schema();

    static void validate(byte[] document) throws Exception {
        HardenedSchemas.validator(SCHEMA).validate(new StreamSource(new ByteArrayInputStream(document)));
    }

    @Nested
    class WrittenDocuments {

        @Test
        void aCatalogueOfGeneratedReportsIsValid() throws Exception {
            RandomReports random = RandomReports.fromEnvironment();
            Catalogue catalogue = random.catalogue(1_000);
            validate(XmlTesting.write(catalogue));
        }

        @Test
        void singleReportDocumentsAreValid() throws Exception {
            RandomReports random = RandomReports.fromEnvironment();
            for (Report r : List.of(random.emptyReport(), random.maximalReport(), SeedRecord.report(),
                    XmlRoundTripTest.awkwardReport())) {
                validate(XmlTesting.write(r));
            }
        }

        @Test
        void headerlessAndEmptyCataloguesAreValid() throws Exception {
            RandomReports random = RandomReports.fromEnvironment();
            validate(XmlTesting.write(XmlTesting.FORMAT, null, random.reports(3)));
            validate(XmlTesting.write(XmlTesting.FORMAT, null, List.of()));
        }
    }

    @Nested
    class TheSchema {

        @Test
        void rejectsADocumentWithoutVersion() {
            String doc = "<report xmlns=\"" + XmlFormat.NAMESPACE + "\"><id>a</id><type>other</type></report>";
            assertThatThrownBy(() -> validate(doc.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(SAXException.class).hasMessageContaining("version");
        }

        @Test
        void rejectsAnAgentWithoutItsKind() {
            String doc = XmlTesting.reportDocument("<id>a</id><authors><author><agent><name>x</name></agent>"
                    + "<role>author</role></author></authors><type>other</type>");
            assertThatThrownBy(() -> validate(doc.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(SAXException.class);
        }

        @Test
        void isShippedAsAResource() {
            assertThat(XmlFormat.class.getResource(XmlFormat.SCHEMA_RESOURCE)).isNotNull();
        }

        @Test
        void validationRefusesADocumentTypeDeclaration() {
            String doc = "<!DOCTYPE report SYSTEM \"http://example.invalid/evil.dtd\">"
                    + XmlTesting.reportDocument("<id>a</id><type>other</type>").replaceFirst("<\\?xml[^>]*>\n", "");
            assertThatThrownBy(() -> validate(doc.getBytes(StandardCharsets.UTF_8)))
                    .hasMessageContaining("evil.dtd");
        }
    }
}
