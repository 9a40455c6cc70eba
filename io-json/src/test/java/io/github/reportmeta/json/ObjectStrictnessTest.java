package io.github.reportmeta.json;

import static io.github.reportmeta.json.Json.JSON;
import static io.github.reportmeta.json.Json.JSONL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reportmeta.Catalogue;
import io.github.reportmeta.Report;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.format.ReportReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every object of the canonical JSON refuses a property it does not know (strict) or skips it with a warning at
 * its pointer (lenient), and refuses to lose a property it needs. The document is the golden catalogue: the full
 * header and the full report, so that every kind of object occurs in it.
 */
class ObjectStrictnessTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Catalogue CATALOGUE = Catalogue.of(FullReport.header(), List.of(FullReport.report()));
    private static final ObjectNode DOCUMENT = (ObjectNode) MAPPER.readTree(Json.write(JSON, CATALOGUE));

    /** The pointers of every object below the root: the root's own properties are tested on their own. */
    static Stream<String> objects() {
        List<String> pointers = new ArrayList<>();
        collect(DOCUMENT, "", pointers);
        pointers.remove("");
        assertThat(pointers).as("the document holds every kind of object")
                .contains("/publisher", "/titles/0", "/reports/0", "/reports/0/number", "/reports/0/authors/0",
                        "/reports/0/authors/0/agent", "/reports/0/authors/0/agent/name",
                        "/reports/0/authors/1/agent", "/reports/0/keywords/2", "/reports/0/identifiers/0",
                        "/reports/0/relations/0", "/reports/0/metrics/0");
        return pointers.stream();
    }

    private static void collect(JsonNode node, String at, List<String> out) {
        if (node.isObject()) {
            out.add(at);
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                collect(e.getValue(), at + "/" + e.getKey(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), at + "/" + i, out);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("objects")
    void anUnknownPropertyIsRefusedWhenStrictAndSkippedWithAWarningWhenLenient(String object) {
        ObjectNode changed = DOCUMENT.deepCopy();
        ((ObjectNode) changed.at(object)).put("surplus", 1);
        byte[] bytes = MAPPER.writeValueAsBytes(changed);

        assertThatThrownBy(() -> read(JSON, bytes, Json.STRICT))
                .isInstanceOfSatisfying(ReportParseException.class, e -> {
                    assertThat(e.problem()).startsWith("unknown property 'surplus'; expected one of ");
                    assertThat(e.pointer()).isEqualTo(object + "/surplus");
                    assertThat(e.location().line()).isEqualTo(1);
                    assertThat(e.location().column()).isGreaterThan(1);
                });

        try (ReportReader reader = JSON.newReader(new ByteArrayInputStream(bytes), Json.LENIENT)) {
            List<Report> reports = new ArrayList<>();
            reader.forEachRemaining(reports::add);
            assertThat(Catalogue.of(reader.header(), reports)).isEqualTo(CATALOGUE);
            List<ConversionNote> notes = reader.conversionReport().notes();
            assertThat(notes).singleElement().satisfies(n -> {
                assertThat(n.kind()).isEqualTo(ConversionNote.Kind.WARNING);
                assertThat(n.pointer()).isEqualTo(object + "/surplus");
                assertThat(n.message()).startsWith("unknown property 'surplus'; expected one of ").endsWith("; skipped");
                assertThat(n.report()).isEqualTo(object.startsWith("/reports/") ? CATALOGUE.reports().get(0).id() : null);
                assertThat(n.location().line()).isEqualTo(1);
            });
        }
    }

    @Test
    void anUnknownPropertyOfTheHeaderNamesTheHeadersPropertiesAndReports() {
        String document = "{\"format\":\"reportmeta-catalogue\",\"version\":\"1.0\",\"id\":\"c\",\"surplus\":true,"
                + "\"reports\":[]}";

        assertThatThrownBy(() -> read(JSON, document.getBytes(StandardCharsets.UTF_8), Json.STRICT))
                .isInstanceOfSatisfying(ReportParseException.class, e -> {
                    assertThat(e.problem()).isEqualTo("unknown property 'surplus'; expected one of "
                            + "id, titles, publisher, issued, updated, reports");
                    assertThat(e.pointer()).isEqualTo("/surplus");
                });
        try (ReportReader reader = JSON.newReader(Json.input(document), Json.LENIENT)) {
            assertThat(reader.header().id().value()).isEqualTo("c");
            assertThat(reader.hasNext()).isFalse();
            assertThat(reader.conversionReport().notes()).singleElement().satisfies(n -> {
                assertThat(n.pointer()).isEqualTo("/surplus");
                assertThat(n.report()).isNull();
            });
        }
    }

    /** Each property that an object cannot do without, taken away, with the reader's complaint. */
    @ParameterizedTest(name = "{0} without {1}")
    @CsvSource({
        "'',                                 id,       a catalogue header needs the property 'id'",
        "/titles/0,                          text,     a text needs the property 'text'",
        "/publisher,                         name,     an organization needs the property 'name'",
        "/reports/0,                         id,       a report needs the property 'id'",
        "/reports/0,                         type,     a report needs the property 'type'",
        "/reports/0/titles/1,                text,     a text needs the property 'text'",
        "/reports/0/number,                  series,   a report number needs the property 'series'",
        "/reports/0/number,                  number,   a report number needs the property 'number'",
        "/reports/0/number,                  raw,      a report number needs the property 'raw'",
        "/reports/0/authors/0,               agent,    an author needs the property 'agent'",
        "/reports/0/authors/0,               role,     an author needs the property 'role'",
        "/reports/0/authors/0/agent,         name,     a person needs the property 'name'",
        "/reports/0/authors/0/agent/name,    order,    a person's name needs the property 'order'",
        "/reports/0/authors/1/agent,         name,     an organization needs the property 'name'",
        "/reports/0/keywords/2,              term,     a keyword needs the property 'term'",
        "/reports/0/identifiers/0,           value,    an identifier needs the property 'value'",
        "/reports/0/relations/0,             type,     a relation needs the property 'type'",
        "/reports/0/relations/0,             target,   a relation needs the property 'target'",
        "/reports/0/metrics/0,               type,     a metric needs the property 'type'",
        "/reports/0/metrics/0,               count,    a metric needs the property 'count'",
    })
    void aRequiredPropertyTakenAwayIsNamed(String object, String property, String problem) {
        ObjectNode changed = DOCUMENT.deepCopy();
        ObjectNode target = (ObjectNode) changed.at(object);
        assertThat(target.has(property)).as("%s has %s", object, property).isTrue();
        target.remove(property);
        byte[] bytes = MAPPER.writeValueAsBytes(changed);

        for (ReadOptions options : List.of(Json.STRICT, Json.LENIENT)) {
            assertThatThrownBy(() -> read(JSON, bytes, options))
                    .isInstanceOfSatisfying(ReportParseException.class, e -> {
                        assertThat(e.problem()).isEqualTo(problem);
                        assertThat(e.pointer()).isEqualTo(object);
                    });
        }
    }

    /** An identifier's value is read by its scheme, so without a scheme it fails at the value, if any. */
    @Test
    void anIdentifierWithoutItsSchemeFailsAtItsValueOrAtItsEnd() {
        ObjectNode noScheme = DOCUMENT.deepCopy();
        ((ObjectNode) noScheme.at("/reports/0/identifiers/0")).remove("scheme");
        ObjectNode empty = DOCUMENT.deepCopy();
        ((ObjectNode) empty.at("/reports/0/identifiers/0")).removeAll();

        assertThatThrownBy(() -> read(JSON, MAPPER.writeValueAsBytes(noScheme), Json.STRICT))
                .isInstanceOfSatisfying(ReportParseException.class, e -> {
                    assertThat(e.problem()).isEqualTo("an identifier's \"scheme\" must come before its \"value\"");
                    assertThat(e.pointer()).isEqualTo("/reports/0/identifiers/0/value");
                });
        assertThatThrownBy(() -> read(JSON, MAPPER.writeValueAsBytes(empty), Json.STRICT))
                .isInstanceOfSatisfying(ReportParseException.class, e -> {
                    assertThat(e.problem()).isEqualTo("an identifier needs the property 'scheme'");
                    assertThat(e.pointer()).isEqualTo("/reports/0/identifiers/0");
                });
    }

    @Test
    void eachLinesRecordGetsItsOwnWarningsOnce() {
        String lines = "{\"format\":\"reportmeta-header\",\"version\":\"1.0\",\"id\":\"c\",\"a\":1}\n"
                + "{\"id\":\"r1\",\"type\":\"other\",\"b\":2}\n"
                + "{\"id\":\"r2\",\"type\":\"other\"}\n"
                + "{\"id\":\"r3\",\"type\":\"other\",\"c\":3,\"d\":4}\n";

        try (ReportReader reader = JSONL.newReader(Json.input(lines), ReadOptions.of("x.jsonl").withLenient(true))) {
            List<String> ids = new ArrayList<>();
            reader.forEachRemaining(r -> ids.add(r.id().value()));
            assertThat(ids).containsExactly("r1", "r2", "r3");
            assertThat(reader.conversionReport().notes())
                    .extracting(n -> (n.report() == null ? "header" : n.report().value()) + " " + n.pointer()
                            + " line " + n.location().line())
                    .containsExactly("header /a line 1", "r1 /b line 2", "r3 /c line 4", "r3 /d line 4");
        }
    }

    @Test
    void aHeadlessLinesFileGivesItsFirstReportsWarnings() {
        String lines = "{\"id\":\"r1\",\"type\":\"other\",\"b\":2}\n{\"id\":\"r2\",\"type\":\"other\"}\n";

        try (ReportReader reader = JSONL.newReader(Json.input(lines), ReadOptions.of("x.jsonl").withLenient(true))) {
            assertThat(reader.header()).isNull();
            assertThat(reader.next().id().value()).isEqualTo("r1");
            assertThat(reader.conversionReport().notes()).extracting(ConversionNote::pointer).containsExactly("/b");
            assertThat(reader.next().id().value()).isEqualTo("r2");
            assertThat(reader.hasNext()).isFalse();
            assertThat(reader.conversionReport().notes()).hasSize(1);
        }
    }

    /** Where a record does not keep to its line, with the line numbers the complaint gives. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "header over two lines; {\"format\":\"reportmeta-header\",\"version\":\"1.0\",|\"id\":\"c\"}|{\"id\":\"r\",\"type\":\"other\"}; "
                + "a record must be on one line, but this one started on line 1 and ends on line 2",
        "first report over two lines; {\"id\":\"r\",|\"type\":\"other\"}; "
                + "a record must be on one line, but this one started on line 1 and ends on line 2",
        "later report over two lines; {\"id\":\"r\",\"type\":\"other\"}|{\"id\":\"s\",|\"type\":\"other\"}; "
                + "a record must be on one line, but this one started on line 2 and ends on line 3",
        "two reports on a line; {\"id\":\"r\",\"type\":\"other\"} {\"id\":\"s\",\"type\":\"other\"}; "
                + "each record must start on a new line, but this one starts on line 1 where the previous one ended",
        "a report after the header on its line; {\"format\":\"reportmeta-header\",\"version\":\"1.0\",\"id\":\"c\"} {\"id\":\"r\",\"type\":\"other\"}; "
                + "each record must start on a new line, but this one starts on line 1 where the previous one ended",
    })
    void aLinesRecordKeepsToItsLine(String what, String text, String problem) {
        byte[] bytes = text.replace('|', '\n').getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> read(JSONL, bytes, Json.STRICT))
                .as(what)
                .isInstanceOfSatisfying(ReportParseException.class, e -> assertThat(e.problem()).isEqualTo(problem));
    }

    private static Catalogue read(ReportFormat format, byte[] bytes, ReadOptions options) {
        return format.readCatalogue(new ByteArrayInputStream(bytes), options);
    }
}
