package io.github.reportmeta.dc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reportmeta.format.Detection;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.format.UnknownFormatException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** What the three Dublin Core formats say of themselves, and how they recognise a document by its first bytes. */
class DcFormatsTest {

    static final OaiDcFormat OAI_DC = new OaiDcFormat();
    static final DctermsFormat DCTERMS = new DctermsFormat();
    static final DcHtmlFormat DC_HTML = new DcHtmlFormat();

    static Stream<Arguments> descriptors() {
        return Stream.of(
                Arguments.of(OAI_DC, "oai_dc",
                        "Dublin Core as OAI-PMH serves it (oai_dc); reads GetRecord and ListRecords responses",
                        "application/xml", List.of("oai_dc.xml", "dc.xml"), true, true),
                Arguments.of(DCTERMS, "dcterms", "qualified Dublin Core (DCMI terms) with encoding schemes",
                        "application/xml", List.of("dcterms.xml"), true, true),
                Arguments.of(DC_HTML, "dc-html",
                        "DC-HTML and Highwire citation_* <meta> tags for a landing page's <head> (write only)",
                        "text/html", List.of("head.html"), false, true));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("descriptors")
    void describesItself(ReportFormat format, String name, String description, String mediaType,
            List<String> extensions, boolean canRead, boolean canWrite) {
        assertThat(format.name()).isEqualTo(name);
        assertThat(format.description()).isEqualTo(description);
        assertThat(format.mediaType()).isEqualTo(mediaType);
        assertThat(format.extensions()).isEqualTo(extensions);
        assertThat(format.canRead()).isEqualTo(canRead);
        assertThat(format.canWrite()).isEqualTo(canWrite);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "an oai_dc record|<oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\">|LIKELY|NONE",
            "an OAI-PMH response|<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\"><ListRecords><record>"
                    + "<metadata><oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\">|LIKELY|NONE",
            "a dcterms record|<record xmlns=\"https://reportmeta.github.io/ns/dcterms/1\">|NONE|LIKELY",
            "a dcterms collection|<records xmlns=\"https://reportmeta.github.io/ns/dcterms/1\">|NONE|LIKELY",
            "a reportmeta XML report|<report xmlns=\"https://reportmeta.github.io/ns/report/1\">|NONE|NONE",
            "JSON|{\"reports\": []}|NONE|NONE",
    })
    void recognisesItsDocumentsByTheirNamespace(String what, String head, Detection.Strength oaiDc,
            Detection.Strength dcterms) {
        byte[] bytes = ("<?xml version=\"1.0\"?>\n" + head).getBytes(StandardCharsets.UTF_8);
        assertThat(OAI_DC.detect(bytes).strength()).isEqualTo(oaiDc);
        assertThat(DCTERMS.detect(bytes).strength()).isEqualTo(dcterms);
        assertThat(DC_HTML.detect(bytes)).isEqualTo(Detection.NONE);
    }

    @Test
    void dcHtmlCannotBeRead() {
        assertThatThrownBy(() -> DC_HTML.newReader(new ByteArrayInputStream(new byte[0]), ReadOptions.of("p.html")))
                .isInstanceOf(UnknownFormatException.class).hasMessage("the format dc-html can be written, not read");
    }

    @Test
    void readersRefuseANullInputOrOptions() {
        ByteArrayInputStream in = new ByteArrayInputStream(new byte[0]);
        for (ReportFormat format : List.of(OAI_DC, DCTERMS)) {
            assertThatThrownBy(() -> format.newReader(null, ReadOptions.of("x"))).isInstanceOf(NullPointerException.class)
                    .hasMessage("in");
            assertThatThrownBy(() -> format.newReader(in, null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("options");
        }
    }
}
