package io.github.reportmeta.registry.schemaorg;

import io.github.reportmeta.Author;
import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.Person;
import io.github.reportmeta.PersonName;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportMetadataException;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.format.spi.AbstractReportWriter;
import io.github.reportmeta.json.internal.JsonReadBackCheck;
import io.github.reportmeta.json.internal.JsonSetup;
import io.github.reportmeta.json.internal.Snippets;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Writes {@code schema-org}: one report as one JSON-LD object, several as a {@code @graph}. Each report is mapped by
 * {@link NodeWriter}, then read back by {@link NodeReader}; every component of the report that does not come back
 * as it was is a loss note, with the reason {@code docs/formats/registries.md} gives.
 */
final class SchemaOrgWriter extends AbstractReportWriter<Map<String, Object>> {

    /** Why each component of a report may not come back, as the mapping table says. */
    static final Map<String, String> LOSSES = Map.ofEntries(
            Map.entry("number", "schema-org keeps a report number's series (isPartOf) and number (reportNumber); "
                    + "a written form other than 'No.<number>' and a numbering year other than that of datePublished "
                    + "are lost"),
            Map.entry("dates", "schema-org keeps the first created (dateCreated) and modified (dateModified) date; "
                    + "other kinds of date and further ones are lost"),
            Map.entry("authors", "schema-org has author, editor, contributor and translator: supervisors and "
                    + "reviewers, an organisation's role 'author' (read back as research team), a person's role "
                    + "'research team', name particles, a name order that the displayed name does not show, and the "
                    + "order of authors across roles are lost"),
            Map.entry("titles", "schema-org reads a repeated title once"),
            Map.entry("abstracts", "schema-org reads a repeated abstract once"),
            Map.entry("identifiers", "schema-org reads a repeated identifier once"),
            Map.entry("formats", "schema-org keeps media types (encodingFormat); extents and media are lost"),
            Map.entry("sources", "schema-org has no property for the sources of a report"),
            Map.entry("coverage", "schema-org keeps spatial and temporal coverage (spatialCoverage, temporalCoverage), "
                    + "spatial first; coverage of no kind is lost"),
            Map.entry("relations", "schema-org as written here has no typed relations to other works"),
            Map.entry("metrics", "schema-org keeps views and downloads (interactionStatistic) without their date; "
                    + "citation counts and the date of a count are lost"));

    private final JsonGenerator g;

    SchemaOrgWriter(OutputStream out, WriteOptions options) {
        super(out, options);
        this.g = JsonSetup.prettyGenerator(output());
    }

    @Override
    protected void prepareHeader(CatalogueHeader header) {
        note(new ConversionNote(ConversionNote.Kind.LOSS, null, "/", "schema-org writes the reports as a @graph "
                + "and keeps no catalogue header", null));
    }

    @Override
    protected Map<String, Object> prepare(Report r) {
        JsonReadBackCheck.report(r);
        Map<String, Object> node = NodeWriter.report(r);
        checkReadable(r, node);
        Report back = NodeReader.report(node, "", r.id().value(), new NodeReader.Sink() {
            @Override
            public void note(ConversionNote.Kind kind, String message) {}

            @Override
            public void invalid(String path, String problem) {
                throw new IllegalStateException("schema-org cannot read back what it wrote of report '" + r.id()
                        + "' at " + path + ": " + problem);
            }
        });
        for (RecordComponent c : Report.class.getRecordComponents()) {
            Object was = component(c, r);
            Object is = component(c, back);
            if (!Objects.equals(was, is)) {
                note(ConversionNote.loss(r.id(), "/" + c.getName() + index(was, is), LOSSES.getOrDefault(c.getName(),
                        "schema-org cannot hold this component as it is (see docs/formats/registries.md)")));
            }
        }
        return node;
    }

    /**
     * Refuses a node that the reader would refuse although the report passed {@link JsonReadBackCheck}: a person's
     * displayed {@code name}, made of several components, longer than the longest string, or a node larger than the
     * largest report a reader accepts by default.
     */
    private static void checkReadable(Report r, Map<String, Object> node) {
        checkNames(r);
        CountingOutput count = new CountingOutput();
        try (JsonGenerator sizing = JsonSetup.prettyGenerator(count)) {
            sizing.writeStartObject();
            sizing.writeName("@graph");
            sizing.writeStartArray();
            value(sizing, node);
            sizing.writeEndArray();
            sizing.writeEndObject();
        }
        if (count.bytes > ReadOptions.DEFAULT_MAX_REPORT_BYTES - 64) {
            throw new ReportMetadataException("report '" + Snippets.clip(r.id().value()) + "' cannot be written as "
                    + "schema-org: its node takes " + count.bytes + " bytes; expected at most "
                    + (ReadOptions.DEFAULT_MAX_REPORT_BYTES - 64) + ", what a reader accepts by default"
                    + " (ReadOptions.maxReportBytes)");
        }
    }

    /** Refuses a person whose displayed name, written as {@code name} beside its parts, is too long to read back. */
    private static void checkNames(Report r) {
        List<Author> authors = r.authors();
        for (int i = 0; i < authors.size(); i++) {
            if (authors.get(i).agent() instanceof Person p && p.name().displayName().length() > JsonSetup.MAX_STRING_LENGTH) {
                PersonName n = p.name();
                String part = "family";
                int longest = length(n.family());
                for (Map.Entry<String, String> e : parts(n).entrySet()) {
                    if (e.getValue().length() > longest) {
                        part = e.getKey();
                        longest = e.getValue().length();
                    }
                }
                throw new ReportMetadataException("report '" + Snippets.clip(r.id().value()) + "' cannot be written as "
                        + "schema-org: /authors/" + i + "/agent/name/" + part + " makes the displayed name (Person name) "
                        + n.displayName().length() + " characters (UTF-16 code units) long; expected at most "
                        + JsonSetup.MAX_STRING_LENGTH + ", the longest string the reader accepts");
            }
        }
    }

    private static Map<String, String> parts(PersonName n) {
        Map<String, String> parts = new java.util.LinkedHashMap<>();
        parts.put("family", Objects.toString(n.family(), ""));
        parts.put("given", Objects.toString(n.given(), ""));
        parts.put("particle", Objects.toString(n.particle(), ""));
        parts.put("suffix", Objects.toString(n.suffix(), ""));
        parts.put("literal", Objects.toString(n.literal(), ""));
        return parts;
    }

    private static int length(@Nullable String s) {
        return s == null ? 0 : s.length();
    }

    /** Counts the bytes written to it and keeps none. */
    private static final class CountingOutput extends OutputStream {
        private long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    private static @Nullable Object component(RecordComponent c, Report r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of a report", e);
        }
    }

    /** The index of the first element of a list that is not written back as it was, as a pointer step. */
    private static String index(@Nullable Object was, @Nullable Object is) {
        if (was instanceof List<?> a && is instanceof List<?> b) {
            int i = 0;
            while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
                i++;
            }
            return i < a.size() ? "/" + i : "";
        }
        return "";
    }

    @Override
    protected boolean writesSingleReportDocuments() {
        return true;
    }

    @Override
    protected void writeSingleReport(Map<String, Object> node) {
        g.writeStartObject();
        g.writeStringProperty("@context", SchemaOrgFormat.CONTEXT);
        fields(node);
        g.writeEndObject();
    }

    @Override
    protected void startDocument(@Nullable CatalogueHeader header) {
        g.writeStartObject();
        g.writeStringProperty("@context", SchemaOrgFormat.CONTEXT);
        g.writeName("@graph");
        g.writeStartArray();
    }

    @Override
    protected void writeReport(Map<String, Object> node) {
        value(g, node);
    }

    @Override
    protected void endDocument() {
        g.writeEndArray();
        g.writeEndObject();
    }

    @Override
    protected void finish() {
        g.writeRaw('\n');
        g.close();
    }

    @Override
    protected RuntimeException translate(Exception failure) {
        if (failure instanceof JacksonIOException e && e.getCause() != null) {
            return new UncheckedIOException(e.getCause());
        }
        return super.translate(failure);
    }

    private void fields(Map<String, Object> node) {
        for (Map.Entry<String, Object> e : node.entrySet()) {
            g.writeName(e.getKey());
            value(g, e.getValue());
        }
    }

    private static void value(JsonGenerator g, Object v) {
        if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeName((String) e.getKey());
                value(g, Objects.requireNonNull(e.getValue()));
            }
            g.writeEndObject();
        } else if (v instanceof List<?> l) {
            g.writeStartArray();
            for (Object item : l) {
                value(g, Objects.requireNonNull(item));
            }
            g.writeEndArray();
        } else if (v instanceof Long n) {
            g.writeNumber(n);
        } else {
            g.writeString((String) v);
        }
    }
}
