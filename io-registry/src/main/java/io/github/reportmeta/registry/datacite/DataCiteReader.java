package io.github.reportmeta.registry.datacite;

import io.github.reportmeta.Report;
import io.github.reportmeta.ReportId;
import io.github.reportmeta.ReportMetadataException;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.format.SourceLocation;
import io.github.reportmeta.format.spi.AbstractReportReader;
import io.github.reportmeta.xml.internal.XmlCursor;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads DataCite kernel-4 records: a {@code <resource>} document, or a {@code <resources>} collection that this
 * library writes. Every element and attribute that the mapping does not keep is named in a note.
 */
final class DataCiteReader extends AbstractReportReader {

    /** The elements that hold elements; every other element holds text. */
    private static final Set<String> CONTAINERS = Set.of("resource", "creators", "creator", "contributors",
            "contributor", "titles", "subjects", "dates", "alternateIdentifiers", "relatedIdentifiers", "sizes",
            "formats", "rightsList", "descriptions", "geoLocations", "geoLocation", "geoLocationPoint",
            "geoLocationBox", "geoLocationPolygon", "polygonPoint", "inPolygonPoint", "fundingReferences",
            "fundingReference", "relatedItems", "relatedItem");

    private final InputStream in;
    private final XmlCursor c;
    private final DataCiteMapping mapping = new DataCiteMapping();
    private boolean single;
    private boolean done;
    private int count;
    private final long[] tally = new long[3];

    private DataCiteReader(InputStream in, ReadOptions options) {
        super(options);
        this.in = in;
        try {
            this.c = XmlCursor.open(in, options.sourceName());
        } catch (RuntimeException e) {
            try {
                in.close();
            } catch (IOException io) {
                e.addSuppressed(io);
            }
            throw e;
        }
    }

    /**
     * Opens a reader and reads the document's root.
     *
     * @param in the input; the reader closes it
     * @param options how to read
     * @return the reader
     */
    static DataCiteReader open(InputStream in, ReadOptions options) {
        DataCiteReader reader = new DataCiteReader(in, options);
        reader.open();
        return reader;
    }

    @Override
    protected io.github.reportmeta.@Nullable CatalogueHeader readHeader() {
        if (c.is(DataCiteFormat.KERNEL, "resource")) {
            single = true;
        } else if (c.is(DataCiteFormat.COLLECTION_NAMESPACE, "resources")) {
            single = false;
        } else if (c.name().equals("resource") && c.namespace().startsWith("http://datacite.org/schema/kernel-")) {
            throw c.error("the record is in the namespace " + c.namespace() + ", but only DataCite 4.x records ("
                    + DataCiteFormat.KERNEL + ") are read");
        } else {
            throw c.error("expected a DataCite <resource> in the namespace " + DataCiteFormat.KERNEL
                    + " or a reportmeta <resources> collection, but found <" + c.name() + "> in "
                    + (c.namespace().isEmpty() ? "no namespace" : "the namespace " + c.namespace()));
        }
        return null;
    }

    @Override
    protected @Nullable Report readNext() {
        if (done) {
            return null;
        }
        if (single) {
            startReport(c.location(), "");
            Report report = record();
            c.finish();
            done = true;
            return report;
        }
        while (true) {
            if (!c.nextChild()) {
                c.finish();
                done = true;
                return null;
            }
            if (!c.is(DataCiteFormat.KERNEL, "resource")) {
                String name = "{" + c.namespace() + "}" + c.name();
                if (!options().lenient()) {
                    throw c.error("expected a DataCite <resource> in the collection, but found " + name);
                }
                note(new ConversionNote(ConversionNote.Kind.WARNING, null, "", "skipped the unknown element " + name,
                        c.location()));
                c.skipElement();
                continue;
            }
            int depth = c.depth();
            SourceLocation at = c.location();
            try {
                startReport(at, "/reports/" + count);
                return record();
            } catch (ReportParseException e) {
                if (!options().lenient() || c.malformed()) {
                    throw e;
                }
                c.clearLimit();
                if (c.depth() >= depth) {
                    c.skipTo(depth - 1);
                }
                note(new ConversionNote(ConversionNote.Kind.SKIPPED, null, "", "record left out: " + e.problem(),
                        e.location()));
            }
        }
    }

    private Report record() {
        count++;
        c.limitFromHere(options().maxReportBytes(), "a record");
        DataCiteElement resource = element();
        c.limitGapsFromHere(options().maxReportBytes(), "the input between two tags after a record");
        List<ConversionNote> pending = new ArrayList<>();
        Report report;
        try {
            report = mapping.report(resource, new ReportId("record-" + count), (kind, at, message) ->
                    pending.add(new ConversionNote(kind, null, "", message, at)));
        } catch (ReportMetadataException e) {
            throw c.error("cannot read the record as a report: " + e.getMessage(), "", e);
        }
        for (ConversionNote n : pending) {
            note(new ConversionNote(n.kind(), report.id(), n.pointer(), n.message(), n.location()));
        }
        tally(resource);
        return report;
    }

    private DataCiteElement element() {
        boolean kernel = c.namespace().equals(DataCiteFormat.KERNEL);
        String name = kernel ? c.name() : "{" + c.namespace() + "}" + c.name();
        DataCiteElement e = DataCiteElement.at(name, c.location());
        for (int i = 0; i < c.attributeCount(); i++) {
            String key = c.attributeName(i);
            if (key.startsWith("{" + XmlCursor.XML + "}")) {
                key = "xml:" + key.substring(XmlCursor.XML.length() + 2);
            } else if (key.startsWith("{" + XmlCursor.XSI + "}")) {
                key = "xsi:" + key.substring(XmlCursor.XSI.length() + 2);
            }
            e.attribute(key, c.attributeValue(i));
        }
        if (kernel && CONTAINERS.contains(name)) {
            while (c.nextChild()) {
                e.add(element());
            }
        } else {
            XmlCursor.Text text = c.textWithMarkup();
            e.text(text.value()).markup(text.markup());
        }
        return e;
    }

    /** Counts the values of a record read: kept, named in a note, and left unread (which must stay zero). */
    private void tally(DataCiteElement e) {
        for (Map.Entry<String, String> a : e.attributes().entrySet()) {
            tally[e.fate(a.getKey()).ordinal()]++;
        }
        if (!e.peek().isEmpty()) {
            tally[e.textFate().ordinal()]++;
        }
        e.children().forEach(this::tally);
    }

    /** The values read so far: unread (always zero once a record is mapped), kept, and named in a note. */
    long[] tally() {
        return tally.clone();
    }

    @Override
    protected void closeInput() throws IOException {
        try {
            c.close();
        } finally {
            in.close();
        }
    }
}
