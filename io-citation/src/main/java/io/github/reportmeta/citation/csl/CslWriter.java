package io.github.reportmeta.citation.csl;

import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.Keyword;
import io.github.reportmeta.Organization;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportMetadataException;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.format.spi.AbstractReportWriter;
import io.github.reportmeta.json.internal.JsonReadBackCheck;
import io.github.reportmeta.json.internal.JsonSetup;
import io.github.reportmeta.json.internal.Snippets;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Writes CSL-JSON: a JSON array of items, one per report, indented with two spaces. Each report is mapped to its
 * item, the item is mapped back, and every component that would not come back as it was is noted as a loss.
 */
final class CslWriter extends AbstractReportWriter<CslItem> {

    private final JsonGenerator g;
    private final CslMapping mapping = new CslMapping();

    CslWriter(OutputStream out, WriteOptions options) {
        super(out, options);
        this.g = JsonSetup.prettyGenerator(output());
    }

    @Override
    protected CslItem prepare(Report report) {
        JsonReadBackCheck.report(report);
        CslItem item = mapping.item(report);
        checkJoined(report, item);
        // Mapping back takes the variables out of the item it reads, so it reads a second copy.
        Report back = mapping.report(mapping.item(report), report.id().value(), new CslNotes() {
            @Override
            public void note(String variable, ConversionNote.Kind kind, String message) {}

            @Override
            public void problem(String variable, String path, String message) {
                throw new IllegalStateException("csl-json would write " + variable + path + " of " + report.id()
                        + " so that its own reader refuses it: " + message);
            }
        });
        for (String pointer : CslMapping.lostFields(report, back)) {
            note(ConversionNote.loss(report.id(), pointer, CslMapping.reason(pointer)));
        }
        return item;
    }

    /**
     * Refuses a report whose {@code publisher} or {@code keyword}, each joined from several values, would be longer
     * than the string a reader accepts ({@link JsonSetup#MAX_STRING_LENGTH}), naming its longest part.
     */
    private static void checkJoined(Report report, CslItem item) {
        if (item.get("publisher") instanceof String joined && joined.length() > JsonSetup.MAX_STRING_LENGTH) {
            String pointer = "/publisher";
            String longest = "/publisher";
            int most = -1;
            for (Organization o = report.publisher(); o != null; o = o.parent(), pointer += "/parent") {
                if (o.name().length() > most) {
                    most = o.name().length();
                    longest = pointer + "/name";
                }
            }
            throw tooLong(report, longest, "publisher", joined.length());
        }
        if (item.get("keyword") instanceof String joined && joined.length() > JsonSetup.MAX_STRING_LENGTH) {
            List<Keyword> keywords = report.keywords();
            int longest = 0;
            for (int i = 1; i < keywords.size(); i++) {
                if (keywords.get(i).term().length() > keywords.get(longest).term().length()) {
                    longest = i;
                }
            }
            throw tooLong(report, "/keywords/" + longest + "/term", "keyword", joined.length());
        }
    }

    private static ReportMetadataException tooLong(Report report, String pointer, String variable, int length) {
        return new ReportMetadataException("csl-json cannot write report '" + Snippets.clip(report.id().value()) + "': "
                + pointer + " makes its " + variable + " " + length + " characters long; expected at most "
                + JsonSetup.MAX_STRING_LENGTH + ", the longest string a reader accepts");
    }

    @Override
    protected void prepareHeader(CatalogueHeader header) {
        noteHeaderNotKept(header, "CSL-JSON is an array of items; it has no catalogue header");
    }

    @Override
    protected void startDocument(@Nullable CatalogueHeader header) {
        g.writeStartArray();
    }

    @Override
    protected void writeReport(CslItem item) {
        value(item.values());
    }

    private void value(Object value) {
        if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            list.forEach(this::value);
            g.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeName((String) e.getKey());
                value(e.getValue());
            }
            g.writeEndObject();
        } else {
            throw new IllegalStateException("no JSON form for " + value.getClass());
        }
    }

    @Override
    protected void endDocument() {
        g.writeEndArray();
        g.writeRaw('\n');
    }

    @Override
    protected void finish() {
        g.close();
    }

    @Override
    protected RuntimeException translate(Exception failure) {
        if (failure instanceof JacksonIOException e) {
            return new UncheckedIOException(e.getCause());
        }
        return super.translate(failure);
    }
}
