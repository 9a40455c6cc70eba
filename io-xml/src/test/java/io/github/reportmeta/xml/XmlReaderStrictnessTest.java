package io.github.reportmeta.xml;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.Catalogue;
import io.github.reportmeta.ReportId;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.format.SourceLocation;
import io.github.reportmeta.xml.EveryElement.Element;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every element of the format, in a catalogue and in a single-report document, altered one way at a time: the
 * reader refuses a repeated single-valued element, an attribute, an unknown child and a missing required child,
 * naming the problem, the pointer and the line and column.
 */
class XmlReaderStrictnessTest {

    static final Catalogue CATALOGUE = EveryElement.catalogue();
    static final String CATALOGUE_XML = XmlTesting.text(XmlTesting.write(CATALOGUE));
    static final String SINGLE_XML = XmlTesting.text(XmlTesting.write(EveryElement.report()));

    /**
     * The elements of both documents, with the document each is in; of the elements that the reader handles
     * alike (the same name in a parent of the same name and kind), only the first.
     */
    static Stream<Arguments> elements() {
        return elementsWhere((doc, e) -> true);
    }

    /** The elements that may appear once in their parent. */
    static Stream<Arguments> singleValuedElements() {
        return elementsWhere((doc, e) -> !e.root() && !e.listItem() && !e.name().equals("reports"));
    }

    /** The elements that their parent requires, with the message for their absence. */
    static Stream<Arguments> requiredElements() {
        return elementsWhere((doc, e) -> requiredMessage(doc, e) != null);
    }

    static Stream<Arguments> elementsWhere(BiPredicate<String, Element> wanted) {
        Set<String> seen = new HashSet<>();
        List<Arguments> cases = new ArrayList<>();
        for (String doc : List.of(CATALOGUE_XML, SINGLE_XML)) {
            for (Element e : EveryElement.outline(doc)) {
                Element parent = parentOf(doc, e);
                String kind = parent == null ? "" : (parent.root() ? "root " : "") + kindOf(doc, parent);
                if (wanted.test(doc, e) && seen.add(kind + "/" + e.name())) {
                    cases.add(Arguments.of(doc == CATALOGUE_XML ? "catalogue" : "single", doc, e));
                }
            }
        }
        return cases.stream();
    }

    /** The element's name, or for an agent, its xsi:type. */
    static String kindOf(String document, Element e) {
        if (!e.name().equals("agent")) {
            return e.name();
        }
        return document.substring(e.start(), e.startEnd()).contains("Person") ? "Person" : "Organization";
    }

    static ReportParseException failure(String document, ReadOptions options) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> read(document, options));
        assertThat(t).as(document).isInstanceOf(ReportParseException.class);
        return (ReportParseException) t;
    }

    static Catalogue read(String document, ReadOptions options) {
        return XmlTesting.FORMAT.readCatalogue(
                new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), options);
    }

    static void assertFailure(String document, String problem, String pointer, int offset) {
        ReportParseException e = failure(document, ReadOptions.of("t.xml"));
        assertThat(e.problem()).as(e.getMessage()).isEqualTo(problem);
        assertThat(e.pointer()).as(e.getMessage()).isEqualTo(pointer);
        assertThat(e.location()).as(e.getMessage()).isEqualTo(locationOf(document, offset));
    }

    static SourceLocation locationOf(String document, int offset) {
        return new SourceLocation("t.xml", EveryElement.line(document, offset), EveryElement.column(document, offset));
    }

    @Test
    void theDocumentsHoldEveryElementAndReadBackEqual() {
        List<String> names = EveryElement.outline(CATALOGUE_XML).stream().map(Element::name).distinct().toList();
        assertThat(names).containsExactlyInAnyOrder("catalogue", "id", "titles", "title", "text", "language",
                "publisher", "name", "acronym", "parent", "ror", "isni", "issued", "updated", "reports", "report",
                "type", "number", "series", "raw", "year", "authors", "author", "agent", "family", "given",
                "particle", "suffix", "order", "original", "orcid", "affiliations", "affiliation", "role",
                "literal", "abstracts", "abstract", "keywords", "keyword", "term", "vocabulary", "identifiers",
                "identifier", "scheme", "value", "landingPage", "rights", "license", "relations", "relation",
                "target", "metrics", "metric", "count", "asOf");
        assertThat(read(CATALOGUE_XML, ReadOptions.of("t.xml"))).isEqualTo(CATALOGUE);
        assertThat(XmlTesting.readReports(SINGLE_XML)).containsExactly(EveryElement.report());
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("singleValuedElements")
    void aRepeatedSingleValuedElementIsAnErrorAtTheRepeat(String kind, String document, Element e) {
        String altered = document.substring(0, e.end()) + e.text(document) + document.substring(e.end());
        assertFailure(altered, "<" + e.name() + "> may appear once here, but appears again", "", e.end());
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("elements")
    void anAttributeIsAnErrorOnEveryElement(String kind, String document, Element e) {
        int at = document.charAt(e.startEnd() - 2) == '/' ? e.startEnd() - 2 : e.startEnd() - 1;
        String altered = document.substring(0, at) + " extra=\"x\"" + document.substring(at);
        if (e.root()) {
            assertFailure(altered, "unexpected attribute 'extra' on <" + e.name() + ">; expected only 'version'", "",
                    e.start());
        } else if (e.name().equals("agent")) {
            assertFailure(altered, "unexpected attribute 'extra' on <agent>; expected only xsi:type", e.pointer(),
                    e.start());
        } else {
            assertFailure(altered, "unexpected attribute 'extra' on <" + e.name()
                    + ">: this format holds every value in an element", "", e.start());
        }
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("elements")
    void anUnknownChildIsAnErrorAndSkippedWithAWarningWhenLenient(String kind, String document, Element e) {
        String altered = document.substring(0, e.startEnd()) + "<colour/>" + document.substring(e.startEnd());
        if (e.leaf()) {
            assertFailure(altered, "<" + e.name() + "> must hold text only, but holds the element <colour>", "",
                    e.startEnd());
            return;
        }
        String pointer = e.name().equals("reports") ? "/reports/0" : e.pointer();
        assertFailure(altered, "unexpected element <colour>", pointer, e.startEnd());

        List<ConversionNote> notes = new ArrayList<>();
        Catalogue lenient = read(altered, ReadOptions.of("t.xml").withLenient(true).withListener(notes::add));
        if (document == CATALOGUE_XML) {
            assertThat(lenient).isEqualTo(CATALOGUE);
        } else {
            assertThat(lenient.reports()).containsExactly(EveryElement.report());
        }
        ReportId report = reportAround(document, e);
        assertThat(notes).containsExactly(new ConversionNote(ConversionNote.Kind.WARNING, report, pointer,
                "skipped the unknown element <colour>", locationOf(altered, e.startEnd())));
    }

    /** The id of the report that holds an element strictly inside it, or null. */
    static ReportId reportAround(String document, Element e) {
        ReportId found = null;
        for (Element r : EveryElement.outline(document)) {
            if (r.name().equals("report") && r.start() < e.start() && e.end() <= r.end()) {
                String id = document.substring(r.startEnd(), r.endStart());
                found = ReportId.of(id.substring(id.indexOf("<id>") + 4, id.indexOf("</id>")));
            }
        }
        return found;
    }

    @Test
    void anElementOfAnotherNamespaceIsUnknownAndNamedWithItsNamespace() {
        String doc = XmlTesting.reportDocument("<id>a</id><o:id xmlns:o=\"urn:other\">b</o:id><type>other</type>");
        int at = doc.indexOf("<o:id");
        assertFailure(doc, "unexpected element <{urn:other}id>", "", at);
    }

    /** The message for a missing required child, by parent and child name; agents are told by their xsi:type. */
    static final Map<String, String> REQUIRED = Map.ofEntries(
            Map.entry("report/id", "expected <id> in <report>, but the report ends without one"),
            Map.entry("report/type", "expected <type> in report '%s', but the report ends without one"),
            Map.entry("number/series", "expected <series> in <number>"),
            Map.entry("number/number", "expected <number> in <number>"),
            Map.entry("number/raw", "expected <raw> in <number>"),
            Map.entry("author/agent", "expected <agent> in <author>"),
            Map.entry("author/role", "expected <role> in <author>"),
            Map.entry("Person/name", "expected <name> in a person"),
            Map.entry("Organization/name", "expected <name> in an organisation"),
            Map.entry("name/order", "expected <order> in <name>"),
            Map.entry("publisher/name", "expected <name> in an organisation"),
            Map.entry("affiliation/name", "expected <name> in an organisation"),
            Map.entry("parent/name", "expected <name> in an organisation"),
            Map.entry("keyword/term", "expected <term> in <keyword>"),
            Map.entry("identifier/scheme", "expected <scheme> in an identifier"),
            Map.entry("identifier/value", "expected <value> in an identifier"),
            Map.entry("target/scheme", "expected <scheme> in an identifier"),
            Map.entry("target/value", "expected <value> in an identifier"),
            Map.entry("relation/type", "expected <type> in <relation>"),
            Map.entry("relation/target", "expected <target> in <relation>"),
            Map.entry("metric/type", "expected <type> in <metric>"),
            Map.entry("metric/count", "expected <count> in <metric>"),
            Map.entry("title/text", "expected <text> in <title>"),
            Map.entry("abstract/text", "expected <text> in <abstract>"),
            Map.entry("original/text", "expected <text> in <original>"));

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("requiredElements")
    void aMissingRequiredChildIsAnErrorAtItsParentsEnd(String kind, String document, Element e) {
        Element parent = parentOf(document, e);
        String altered = document.substring(0, e.start()) + document.substring(e.end());
        int parentEnd = parent.endStart() - (e.end() - e.start());
        assertFailure(altered, requiredMessage(document, e).formatted(reportAround(document, e)), e.pointer(),
                parentEnd);
    }

    /** The message for the absence of a required element, or null when the element is optional. */
    static String requiredMessage(String document, Element e) {
        Element parent = parentOf(document, e);
        return parent == null ? null : REQUIRED.get(kindOf(document, parent) + "/" + e.name());
    }

    static Element parentOf(String document, Element e) {
        Element parent = null;
        for (Element p : EveryElement.outline(document)) {
            if (p.start() < e.start() && e.end() <= p.end()) {
                parent = p;
            }
        }
        return parent;
    }

    @Test
    void aHeaderWithoutIdIsAnErrorAtTheReports() {
        Element id = EveryElement.outline(CATALOGUE_XML).get(1);
        assertThat(id.name()).isEqualTo("id");
        String altered = CATALOGUE_XML.substring(0, id.start()) + CATALOGUE_XML.substring(id.end());
        assertFailure(altered, "a catalogue header needs an <id>", "/id", altered.indexOf("<reports>"));
    }

    @Test
    void aCatalogueWithoutReportsIsAnErrorAtItsEnd() {
        String doc = "<catalogue xmlns=\"" + XmlFormat.NAMESPACE + "\" version=\"1.0\"><id>c</id></catalogue>";
        assertFailure(doc, "expected <reports> in <catalogue>, but the catalogue ends", "",
                doc.indexOf("</catalogue>"));
    }

    @Test
    void anElementAfterTheReportsIsAnError() {
        int end = CATALOGUE_XML.indexOf("</reports>") + "</reports>".length();
        String altered = CATALOGUE_XML.substring(0, end) + "<more/>" + CATALOGUE_XML.substring(end);
        assertFailure(altered, "expected the end of <catalogue> after <reports>, but found <more>", "", end);
    }

    @Test
    void anErrorInTheSecondReportNamesItsIndex() {
        String altered = CATALOGUE_XML.replace("<id>full</id>", "<id>full</id><colour/>");
        assertFailure(altered, "unexpected element <colour>", "/reports/1",
                CATALOGUE_XML.indexOf("<id>full</id>") + "<id>full</id>".length());
    }

    @Test
    void eachReportsLocationIsItsStartTag() {
        List<Element> reports = EveryElement.outline(CATALOGUE_XML).stream()
                .filter(e -> e.name().equals("report")).toList();
        try (ReportReader reader = XmlTesting.FORMAT.newReader(
                new ByteArrayInputStream(CATALOGUE_XML.getBytes(StandardCharsets.UTF_8)), ReadOptions.of("t.xml"))) {
            for (Element r : reports) {
                reader.next();
                assertThat(reader.location()).isEqualTo(locationOf(CATALOGUE_XML, r.start()));
            }
        }
    }
}
