package io.github.reportmeta.xml.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXParseException;

/** Schemas whose imports come from a fixed table, and validators that refer to nothing outside the document. */
class HardenedSchemasTest {

    @TempDir
    Path dir;

    URL main;

    @BeforeEach
    void writeSchemas() throws IOException {
        main = write("main.xsd", """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:o="urn:other" targetNamespace="urn:main"
                    elementFormDefault="qualified">
                  <xs:import namespace="urn:other" schemaLocation="http://example.invalid/schemas/other.xsd"/>
                  <xs:element name="root" type="o:Code"/>
                </xs:schema>
                """);
        write("other.xsd", """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:other">
                  <xs:simpleType name="Code">
                    <xs:restriction base="xs:string"><xs:pattern value="[a-z]+"/></xs:restriction>
                  </xs:simpleType>
                </xs:schema>
                """);
        write("broken.xsd", """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:other">
                  <xs:simpleType name="Code"><xs:restriction base="xs:nothing"/></xs:simpleType>
                </xs:schema>
                """);
    }

    URL write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file.toUri().toURL();
    }

    URL url(String name) throws IOException {
        return dir.resolve(name).toUri().toURL();
    }

    static StreamSource document(String text) {
        return new StreamSource(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anImportComesFromTheTableByTheLastSegmentOfItsLocation() throws Exception {
        Schema schema = HardenedSchemas.load(main, Map.of("other.xsd", url("other.xsd")));
        HardenedSchemas.validator(schema).validate(document("<root xmlns=\"urn:main\">abc</root>"));
        String wrong = "<root xmlns=\"urn:main\">ABC</root>";
        assertThatThrownBy(() -> HardenedSchemas.validator(schema).validate(document(wrong)))
                .isInstanceOf(SAXParseException.class).hasMessageContaining("'[a-z]+'");
    }

    @Test
    void anImportWithoutALocationLoadsNothingAndUsesWhatAnotherImportLoaded() throws Exception {
        URL twice = write("twice.xsd", """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:o="urn:other" targetNamespace="urn:main"
                    elementFormDefault="qualified">
                  <xs:import namespace="urn:other" schemaLocation="other.xsd"/>
                  <xs:import namespace="urn:other"/>
                  <xs:import/>
                  <xs:element name="root" type="o:Code"/>
                </xs:schema>
                """);
        Schema schema = HardenedSchemas.load(twice, Map.of("other.xsd", url("other.xsd")));

        HardenedSchemas.validator(schema).validate(document("<root xmlns=\"urn:main\">abc</root>"));
        assertThatThrownBy(() -> HardenedSchemas.validator(schema).validate(document("<root xmlns=\"urn:main\">1</root>")))
                .isInstanceOf(SAXParseException.class).hasMessageContaining("'[a-z]+'");
    }

    @Test
    void anImportOutsideTheTableIsRefused() {
        assertThatThrownBy(() -> HardenedSchemas.load(main, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("schema reference 'http://example.invalid/schemas/other.xsd' (namespace urn:other) is "
                        + "not one of the bundled schemas []");
    }

    @Test
    void anErrorInAnImportedSchemaNamesThatSchema() throws Exception {
        URL broken = url("broken.xsd");
        assertThatThrownBy(() -> HardenedSchemas.load(main, Map.of("other.xsd", broken)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot load the schema " + main + ": src-resolve.4.2: Error resolving "
                        + "component 'xs:nothing'")
                .hasMessageContaining("from schema document '" + broken.toExternalForm() + "'")
                .cause().isInstanceOf(SAXParseException.class)
                .satisfies(e -> assertThat(((SAXParseException) e).getSystemId()).isEqualTo(broken.toExternalForm()));
    }

    @Test
    void aValidatedDocumentMayNotReferToAnExternalDtd() throws Exception {
        Schema schema = HardenedSchemas.load(main, Map.of("other.xsd", url("other.xsd")));
        String doc = "<!DOCTYPE root SYSTEM \"http://example.invalid/evil.dtd\"><root xmlns=\"urn:main\">abc</root>";
        assertThatThrownBy(() -> HardenedSchemas.validator(schema).validate(document(doc)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the validated document may not refer to 'http://example.invalid/evil.dtd'");
    }

    @Test
    void aValidatedDocumentMayNotReferToAnExternalEntity() throws Exception {
        Schema schema = HardenedSchemas.load(main, Map.of("other.xsd", url("other.xsd")));
        String doc = "<!DOCTYPE root [<!ENTITY e SYSTEM \"http://example.invalid/e.txt\">]>"
                + "<root xmlns=\"urn:main\">&e;</root>";
        assertThatThrownBy(() -> HardenedSchemas.validator(schema).validate(document(doc)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the validated document may not refer to 'http://example.invalid/e.txt'");
    }
}
