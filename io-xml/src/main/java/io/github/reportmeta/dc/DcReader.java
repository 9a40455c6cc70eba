package io.github.reportmeta.dc;

import io.github.reportmeta.CatalogueHeader;
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
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads Dublin Core records as reports: a bare {@code oai_dc:dc} record, a bare OAI-PMH {@code record} (with or
 * without the OAI-PMH namespace), an OAI-PMH {@code GetRecord} or {@code ListRecords} response, a collection this
 * library wrote, or qualified DC records. Under lenient reading a problem inside one record costs that record.
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
    private @Nullable String bareRecord;
    private @Nullable String current;
    private int count;
    private final OaiResponseListener response;

    private DcReader(InputStream in, ReadOptions options, boolean qualified, OaiResponseListener response) {
        super(options);
        this.in = in;
        this.response = response;
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
        if (options().lenient()) {
            c.tolerateStrayText(e -> note(new ConversionNote(ConversionNote.Kind.WARNING, null, "",
                    "skipped " + e.problem(), e.location())));
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
        return open(in, options, qualified, new OaiResponseListener() {});
    }

    /**
     * Opens a reader that also tells what an OAI-PMH response holds besides its records, and reads the document
     * up to its first record.
     *
     * @param in the input; the reader closes it
     * @param options how to read
     * @param qualified whether the records are qualified DC
     * @param response what is told of headers, the resumption token and errors
     * @return the reader
     */
    static DcReader open(InputStream in, ReadOptions options, boolean qualified, OaiResponseListener response) {
        DcReader reader = new DcReader(in, options, qualified, response);
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
        if (c.is(OAI_PMH, "record") || c.is("", "record")) {
            bareRecord = c.namespace();
            return true;
        }
        if (c.is(OaiDcFormat.COLLECTION_NAMESPACE, "records") || c.is(DctermsFormat.COLLECTION_NAMESPACE, "records")) {
            return false;
        }
        if (c.is(OAI_PMH, "OAI-PMH")) {
            oaiPmh = true;
            String verb = null;
            while (c.nextChild()) {
                if (c.is(OAI_PMH, "GetRecord") || c.is(OAI_PMH, "ListRecords")) {
                    if (verb != null) {
                        throw secondVerb(verb);
                    }
                    return false;
                }
                if (c.namespace().equals(OAI_PMH) && VERBS.contains(c.name())) {
                    if (verb != null) {
                        throw secondVerb(verb);
                    }
                    verb = c.name();
                }
                if (c.is(OAI_PMH, "error")) {
                    String code = c.attribute("", "code");
                    String message = c.text().strip();
                    response.error(code == null ? "" : code, message);
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

    private static final Set<String> VERBS = Set.of("GetRecord", "ListRecords", "ListIdentifiers",
            "ListSets", "ListMetadataFormats", "Identify");

    /** A response holds one verb's element; a second one would let the last silently win. */
    private ReportParseException secondVerb(String first) {
        return c.error("an OAI-PMH response holds the element of one verb, but <" + c.name() + "> follows <" + first
                + ">");
    }

    private boolean isRecord() {
        return c.is(OaiDcFormat.OAI_DC, "dc") || c.is(DctermsFormat.COLLECTION_NAMESPACE, "record");
    }

    @Override
    protected @Nullable Report readNext() {
        if (done) {
            return null;
        }
        next = null;
        if (single) {
            if (bareRecord != null) {
                oaiRecord(bareRecord);
            } else {
                startReport(c.location(), "");
                next = record(new ReportId("record-1"));
            }
            c.finish();
            done = true;
            return next;
        }
        while (next == null && !done) {
            if (!c.nextChild()) {
                if (oaiPmh) {
                    String verb = c.name();
                    while (c.nextChild()) {
                        if (c.namespace().equals(OAI_PMH) && (VERBS.contains(c.name()) || c.name().equals("error"))) {
                            throw secondVerb(verb);
                        }
                        c.skipElement();
                    }
                }
                c.finish();
                done = true;
            } else {
                int depth = c.depth();
                try {
                    if (oaiPmh) {
                        oaiPmhChild();
                    } else if (isRecord()) {
                        startReport(c.location(), "/reports/" + count);
                        next = record(new ReportId("record-" + (count + 1)));
                        count++;
                    } else {
                        unknown();
                    }
                } catch (ReportParseException e) {
                    recover(e, depth);
                }
            }
        }
        return next;
    }

    /**
     * Under lenient reading, leaves out the record a problem was confined to, with a note at the problem's place,
     * and moves to the record's end; input that is not well-formed, and strict reading, still stop here.
     */
    private void recover(ReportParseException e, int depth) {
        if (!options().lenient() || c.malformed()) {
            throw e;
        }
        next = null;
        c.clearLimit();
        c.skipTo(depth - 1);
        c.limitGapsFromHere(options().maxReportBytes(), "the input between two tags after a record");
        note(new ConversionNote(ConversionNote.Kind.SKIPPED, current == null ? null : new ReportId(current), "",
                "record left out: " + e.problem(), e.location()));
        current = null;
    }

    private void oaiPmhChild() {
        if (c.is(OAI_PMH, "resumptionToken")) {
            String cursor = c.attribute("", "cursor");
            String size = c.attribute("", "completeListSize");
            SourceLocation at = c.location();
            String token = c.text().strip();
            response.resumptionToken(token, size, cursor);
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
        oaiRecord(OAI_PMH);
    }

    /**
     * Reads one OAI-PMH {@code <record>} in a namespace (the OAI-PMH one, or none in a harvester's bare record
     * file): its header once, with one identifier, and its metadata once, holding one record.
     */
    private void oaiRecord(String ns) {
        SourceLocation at = c.location();
        String identifier = null;
        String datestamp = null;
        boolean deleted = false;
        boolean header = false;
        boolean metadata = false;
        List<String> setSpecs = new ArrayList<>();
        List<String> abouts = new ArrayList<>();
        Report report = null;
        current = null;
        while (c.nextChild()) {
            if (c.is(ns, "header")) {
                if (header) {
                    throw c.error("an OAI-PMH record has one <header>, but the record at " + at + " has a second");
                }
                header = true;
                deleted = "deleted".equals(c.attribute("", "status"));
                while (c.nextChild()) {
                    if (c.is(ns, "identifier")) {
                        if (identifier != null) {
                            throw c.error("an OAI-PMH header has one <identifier>, but the record '"
                                    + DcNotes.quote(identifier) + "' has a second");
                        }
                        identifier = c.text().strip();
                        if (identifier.isEmpty()) {
                            throw c.error("the OAI-PMH header <identifier> of the record at " + at + " is empty");
                        }
                        current = identifier;
                    } else if (c.is(ns, "datestamp")) {
                        datestamp = c.text().strip();
                    } else if (c.is(ns, "setSpec")) {
                        setSpecs.add(c.text().strip());
                    } else {
                        unknown();
                    }
                }
                response.header(identifier, datestamp, deleted);
            } else if (c.is(ns, "metadata")) {
                if (metadata) {
                    throw c.error("an OAI-PMH record has one <metadata>, but the record"
                            + (identifier == null ? " at " + at : " '" + DcNotes.quote(identifier) + "'") + " has a second");
                }
                metadata = true;
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
            } else if (c.is(ns, "about")) {
                abouts.add(aboutContent());
            } else {
                unknown();
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
        for (String set : setSpecs) {
            note(new ConversionNote(ConversionNote.Kind.WARNING, id, "", "OAI-PMH setSpec '" + DcNotes.quote(set)
                    + "' not kept: a report has no set membership", at));
        }
        for (String about : abouts) {
            note(new ConversionNote(ConversionNote.Kind.WARNING, id, "", "OAI-PMH <about> holding " + about
                    + " not read: a report has no place for statements about its record", at));
        }
        startReport(at, single ? "" : "/reports/" + count);
        count++;
        next = report;
    }

    private Report record(ReportId id) {
        c.limitFromHere(options().maxReportBytes(), "a record");
        List<DcStatement> statements = new ArrayList<>();
        Map<DcStatement, SourceLocation> places = new IdentityHashMap<>();
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
                } else if (options().lenient()) {
                    note(new ConversionNote(ConversionNote.Kind.WARNING, id, "", "the attribute " + name + "='"
                            + DcNotes.quote(c.attributeValue(i)) + "' on <" + c.prefixedName() + "> not kept: "
                            + "expected only xml:lang and xsi:type", c.location()));
                } else {
                    throw c.error("unexpected attribute '" + name + "' on <" + c.name()
                            + ">; expected only xml:lang and xsi:type");
                }
            }
            String term = c.name();
            String element = c.prefixedName();
            SourceLocation at = c.location();
            String text;
            if (options().lenient()) {
                XmlCursor.Text read = c.textWithMarkup();
                text = read.value();
                if (read.markup()) {
                    note(new ConversionNote(ConversionNote.Kind.WARNING, id, "", "the markup inside <" + element
                            + "> not kept, only its text '" + DcNotes.quote(text) + "': expected text only", at));
                }
            } else {
                text = c.text();
            }
            DcStatement statement = new DcStatement(term, terms, text, language, scheme);
            statements.add(statement);
            places.put(statement, at);
        }
        // A comment or processing instruction after a record, up to the next one or the end, is read whole too.
        c.limitGapsFromHere(options().maxReportBytes(), "the input between two tags after a record");
        try {
            return mapping.report(id, statements, (statement, kind, message) ->
                    note(new ConversionNote(kind, id, "", message, places.get(statement))));
        } catch (ReportMetadataException e) {
            throw c.error("cannot read the record as a report: " + e.getMessage(), "", e);
        }
    }

    /** Skips an OAI-PMH {@code <about>}, saying what it held: {@code <{namespace}name>} of its element, or "nothing". */
    private String aboutContent() {
        String held = "nothing";
        if (c.nextChild()) {
            held = DcNotes.quote("<{" + c.namespace() + "}" + c.name() + ">");
            c.skipElement();
            if (c.nextChild()) {
                throw c.error("an OAI-PMH <about> holds one element, but a second <" + c.name() + "> follows");
            }
        }
        return held;
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
