package io.github.reportmeta.xml;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.format.Detection;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The format's descriptor and how it recognises its documents. */
class XmlFormatTest {

    @Test
    void describesItself() {
        XmlFormat format = new XmlFormat();
        assertThat(format.name()).isEqualTo("xml");
        assertThat(format.description()).isEqualTo("canonical reportmeta XML: every field, lossless, with an XSD");
        assertThat(format.mediaType()).isEqualTo("application/xml");
        assertThat(format.extensions()).containsExactly("xml");
        assertThat(format.canRead()).isTrue();
        assertThat(format.canWrite()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "the namespace alone|NS|CERTAIN",
        "the namespace at the start|NS\">|CERTAIN",
        "the namespace at the very end|<report xmlns=\"NS|CERTAIN",
        "the namespace in the middle|<report xmlns=\"NS\" version=\"1.0\">|CERTAIN",
        "the namespace without its last character|<report xmlns=\"https://reportmeta.github.io/ns/xml/|NONE",
        "the namespace with another last character|<report xmlns=\"https://reportmeta.github.io/ns/xml/2\">|NONE",
        "another namespace of the same length|<r xmlns=\"https://reportmeta.github.io/ns/xmm/1\" and more>|NONE",
        "nothing|''|NONE",
    })
    void sniffsTheNamespaceAnywhereInTheHead(String what, String head, Detection.Strength strength) {
        byte[] bytes = head.replace("NS", XmlFormat.NAMESPACE).getBytes(StandardCharsets.US_ASCII);
        assertThat(new XmlFormat().detect(bytes).strength()).isEqualTo(strength);
    }
}
