package io.github.reportmeta.dc;

import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportId;
import io.github.reportmeta.ReportMetadataException;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.SourceLocation;
import io.github.reportmeta.format.spi.AbstractReportReader;
import io.github.reportmeta.xml.internal.XmlCursor;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads Dublin Core records as reports: a bare {@code oai_dc:dc} record, an OAI-PMH {@code GetRecord} or
 * {@code ListRecords} response, a collection this library wrote, or qualified DC records.
 */
final class DcReader extends AbstractReportReader {

    private static final String OAI_PMH = "http://www.openarchives.org/OAI/2.0/";

    private final InputStream in;
    private final DcMapping mapping;
    private final XmlCursor c;
    private boolean single;
    private @Nullable Report next;
    private boolean done;
    private boolean oaiPmh;
    private int count;

    private DcReader(InputStream in, ReadOptions options, boolean qualified) {
        super(options);
        this.in = in;
        this.mapping = new DcMapping(qualified);
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
     * Opens a reader and reads the document up to its first record.
     *
     * @param in the input; the reader closes it
     * @param options how to read
     * @param qualified whether the records are qualified DC
     * @return the reader
     */
    static DcReader open(InputStream in, ReadOptions options, boolean qualified) {
        DcReader reader = new DcReader(in, options, qualified);
        reader.open();
        return reader;
    }

    @Override
    protected @Nullable CatalogueHeader readHeader() {
        single = readRoot();
        return null;
    }

    /** Checks the root; for an OAI-PMH response, moves into the verb's element. Returns whether it is one record. */
    private boolean readRoot() {
        if (isRecord()) {
            return true;
        }
        if (c.is(OaiDcFormat.COLLECTION_NAMESPACE, "records") || c.is(DctermsFormat.COLLECTION_NAMESPACE, "records")) {
            return false;
        }
        if (c.is(OAI_PMH, "OAI-PMH")) {
            oaiPmh = true;
            while (c.nextChild()) {
                if (c.is(OAI_PMH, "GetRecord") || c.is(OAI_PMH, "ListRecords")) {
                    return false;
                }
                if (c.is(OAI_PMH, "error")) {
                    String code = c.attribute("", "code");
                    String message = c.text().strip();
                    if ("noRecordsMatch".equals(code)) {
                        note(new ConversionNote(ConversionNote.Kind.INFO, null, "",
                                "OAI-PMH noRecordsMatch: " + message, c.location()));
                        continue;
                    }
                    throw c.error("the OAI-PMH response is an error: " + code + ": " + message);
                }
                c.skipElement();
            }
            c.finish();
            done = true;
            return false;
        }
        throw c.error("expected an oai_dc:dc record, an OAI-PMH response or a reportmeta collection, but found <"
                + c.name() + "> in " + (c.namespace().isEmpty() ? "no namespace" : "the namespace " + c.namespace()));
    }

    private boolean isRecord() {
        return c.is(OaiDcFormat.OAI_DC, "dc") || c.is(DctermsFormat.COLLECTION_NAMESPACE, "record");
    }

    @Override
    protected @Nullable Report readNext() {
        if (done) {
            return null;
        }
        if (single) {
            startReport(c.location(), "");
            Report report = record(new ReportId("record-1"));
            c.finish();
            done = true;
            return report;
        }
        next = null;
        while (next == null && !done) {
            if (!c.nextChild()) {
                if (oaiPmh) {
                    while (c.nextChild()) {
                        c.skipElement();
                    }
                }
                c.finish();
                done = true;
            } else if (oaiPmh) {
                oaiPmhChild();
            } else if (isRecord()) {
                startReport(c.location(), "/reports/" + count);
                next = record(new ReportId("record-" + (count + 1)));
                count++;
            } else {
                unknown();
            }
        }
        return next;
    }

    private void oaiPmhChild() {
        if (c.is(OAI_PMH, "resumptionToken")) {
            String cursor = c.attribute("", "cursor");
            String size = c.attribute("", "completeListSize");
            SourceLocation at = c.location();
            String token = c.text().strip();
            if (!token.isEmpty()) {
                note(new ConversionNote(ConversionNote.Kind.INFO, null, "", "OAI-PMH resumption token '" + token
                        + "'" + (size != null ? " (complete list size " + size + (cursor != null ? ", cursor "
                        + cursor : "") + ")" : "") + ": more records follow in the next request", at));
            }
            return;
        }
        if (!c.is(OAI_PMH, "record")) {
            unknown();
            return;
        }
        SourceLocation at = c.location();
        String identifier = null;
        String datestamp = null;
        boolean deleted = false;
        Report report = null;
        while (c.nextChild()) {
            if (c.is(OAI_PMH, "header")) {
                deleted = "deleted".equals(c.attribute("", "status"));
                while (c.nextChild()) {
                    if (c.is(OAI_PMH, "identifier")) {
                        identifier = c.text().strip();
                        if (identifier.isEmpty()) {
                            throw c.error("the OAI-PMH header <identifier> of the record at " + at + " is empty");
                        }
                    } else if (c.is(OAI_PMH, "datestamp")) {
                        datestamp = c.text().strip();
                    } else {
                        c.skipElement();
                    }
                }
            } else if (c.is(OAI_PMH, "metadata")) {
                if (!c.nextChild()) {
                    continue;
                }
                if (!isRecord()) {
                    throw c.error("expected an oai_dc:dc record in <metadata>, but found <" + c.name() + ">");
                }
                if (identifier == null) {
                    throw c.error("an OAI-PMH record needs a <header> with an <identifier> before its <metadata>, "
                            + "but the record at " + at + " has none");
                }
                report = record(new ReportId(identifier));
                if (c.nextChild()) {
                    throw c.error("<metadata> holds one record, but a second element <" + c.name() + "> follows");
                }
            } else {
                c.skipElement();
            }
        }
        if (identifier == null) {
            throw c.error("an OAI-PMH record needs a <header> with an <identifier>, but the record at " + at
                    + " has none");
        }
        ReportId id = new ReportId(identifier);
        if (deleted) {
            note(new ConversionNote(ConversionNote.Kind.SKIPPED, id, "", "deleted OAI-PMH record"
                    + (datestamp != null ? " (datestamp " + datestamp + ")" : "") + " left out", at));
            return;
        }
        if (report == null) {
            throw c.error("the OAI-PMH record '" + identifier + "' has no metadata");
        }
        note(new ConversionNote(ConversionNote.Kind.INFO, id, "", "OAI-PMH header identifier '" + identifier
                + "' kept as the report id" + (datestamp != null ? "; datestamp " + datestamp : ""), at));
        startReport(at, "/reports/" + count);
        count++;
        next = report;
    }

    private Report record(ReportId id) {
        c.limitFromHere(options().maxReportBytes(), "a record");
        List<DcStatement> statements = new ArrayList<>();
        while (c.nextChild()) {
            boolean dc = c.namespace().equals(OaiDcFormat.DC);
            boolean terms = c.namespace().equals(DctermsFormat.DCTERMS);
            if (!dc && !terms) {
                unknown();
                continue;
            }
            String language = null;
            String scheme = null;
            for (int i = 0; i < c.attributeCount(); i++) {
                String name = c.attributeName(i);
                if (name.equals("{" + XmlCursor.XML + "}lang")) {
                    language = c.attribute(XmlCursor.XML, "lang");
                } else if (name.equals("{" + XmlCursor.XSI + "}type")) {
                    scheme = c.attribute(XmlCursor.XSI, "type");
                } else {
                    throw c.error("unexpected attribute '" + name + "' on <" + c.name()
                            + ">; expected only xml:lang and xsi:type");
                }
            }
            String term = c.name();
            statements.add(new DcStatement(term, terms, c.text(), language, scheme));
        }
        c.clearLimit();
        try {
            return mapping.report(id, statements);
        } catch (ReportMetadataException e) {
            throw c.error("cannot read the record as a report: " + e.getMessage(), "", e);
        }
    }

    private void unknown() {
        String name = "{" + c.namespace() + "}" + c.name();
        if (options().lenient()) {
            note(new ConversionNote(ConversionNote.Kind.WARNING, null, "", "skipped the unknown element "
                    + name, c.location()));
            c.skipElement();
            return;
        }
        throw c.error("unexpected element " + name);
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
