package io.github.reportmeta.xml;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.Author;
import io.github.reportmeta.Keyword;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.Metric;
import io.github.reportmeta.Organization;
import io.github.reportmeta.Person;
import io.github.reportmeta.PersonName;
import io.github.reportmeta.Relation;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportNumber;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The one place per field: the XML reader's table of report elements and the XSD's types name exactly the model's
 * record components, so that a field added to the model fails here until the codec and its schema know it.
 */
class FieldTablesTest {

    private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;

    @Test
    void theReadersTableNamesEveryComponentOfAReportInOrder() {
        assertThat(XmlReader.REPORT.keySet()).containsExactlyElementsOf(components(Report.class));
    }

    static Stream<Class<?>> recordsWithATypeOfTheirOwn() {
        return Stream.of(Report.class, LocalizedText.class, ReportNumber.class, Author.class, Person.class,
                Organization.class, PersonName.class, Keyword.class, Relation.class, Metric.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordsWithATypeOfTheirOwn")
    void theSchemasTypeOfARecordHasAnElementPerComponentInOrder(Class<?> record) throws Exception {
        Element type = complexType(record.getSimpleName());
        Set<String> elements = new LinkedHashSet<>();
        NodeList found = type.getElementsByTagNameNS(XS, "element");
        for (int i = 0; i < found.getLength(); i++) {
            elements.add(((Element) found.item(i)).getAttribute("name"));
        }
        assertThat(elements).as("the elements of the XSD type %s", record.getSimpleName())
                .containsExactlyElementsOf(components(record));
    }

    private static Set<String> components(Class<?> record) {
        Set<String> names = new LinkedHashSet<>();
        Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).forEach(names::add);
        return names;
    }

    private static Element complexType(String name) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document xsd;
        try (InputStream in = XmlFormat.openSchema()) {
            xsd = factory.newDocumentBuilder().parse(in);
        }
        NodeList types = xsd.getElementsByTagNameNS(XS, "complexType");
        for (int i = 0; i < types.getLength(); i++) {
            Element type = (Element) types.item(i);
            if (type.getAttribute("name").equals(name)) {
                return type;
            }
        }
        throw new AssertionError("the XSD has no complexType " + name);
    }
}
