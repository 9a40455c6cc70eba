package io.github.reportmeta.xml.internal;

import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportId;
import io.github.reportmeta.ReportMetadataException;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ConversionReport;
import io.github.reportmeta.format.LossyConversionException;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.internal.XmlChars;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLStreamException;
import org.jspecify.annotations.Nullable;

/**
 * The life cycle that the XML writers share: a header opens a collection; without one, a single report becomes
 * a single-report document and a second report turns the output into a collection. Each report is prepared
 * (checked, mapped, its losses noted) before any of it is written, so that a refused report leaves the document
 * as it was; closing always ends the document well-formed.
 *
 * @param <P> a report prepared for writing
 */
public abstract class DocumentWriter<P> implements ReportWriter {

    private enum State { START, PENDING, COLLECTION, CLOSED }

    private final OutputStream out;
    private final WriteOptions options;
    private final ConversionReport.Builder notes;
    private State state = State.START;
    private @Nullable P pending;

    /**
     * Creates the writer.
     *
     * @param out the output, closed by {@link #close()}
     * @param options what to do with losses
     */
    protected DocumentWriter(OutputStream out, WriteOptions options) {
        this.out = Objects.requireNonNull(out, "out");
        this.options = Objects.requireNonNull(options, "options");
        this.notes = ConversionReport.builder(options);
    }

    /**
     * Checks and maps a report, noting its losses, without writing anything.
     *
     * @param report the report
     * @return the prepared report
     */
    protected abstract P prepare(Report report);

    /**
     * Starts a collection of reports.
     *
     * @param header the catalogue header, or {@code null} when none was given
     * @throws XMLStreamException on a write failure
     */
    protected abstract void startCollection(@Nullable CatalogueHeader header) throws XMLStreamException;

    /**
     * Writes a prepared report inside the collection.
     *
     * @param report the prepared report
     * @throws XMLStreamException on a write failure
     */
    protected abstract void writeInCollection(P report) throws XMLStreamException;

    /**
     * Ends the collection.
     *
     * @throws XMLStreamException on a write failure
     */
    protected abstract void endCollection() throws XMLStreamException;

    /**
     * Writes a document of one report.
     *
     * @param report the prepared report
     * @throws XMLStreamException on a write failure
     */
    protected abstract void writeSingle(P report) throws XMLStreamException;

    /**
     * Flushes and closes whatever the subclass writes through, not the output stream.
     *
     * @throws XMLStreamException on a write failure
     */
    protected abstract void finish() throws XMLStreamException;

    /**
     * Checks a catalogue header before it is written; notes what the format drops of it.
     *
     * @param header the header
     */
    protected void prepareHeader(CatalogueHeader header) {
        check(null, "/id", header.id().value());
        for (int i = 0; i < header.titles().size(); i++) {
            check(null, "/titles/" + i + "/text", header.titles().get(i).text());
        }
    }

    @Override
    public void writeHeader(CatalogueHeader header) {
        Objects.requireNonNull(header, "header");
        if (state != State.START) {
            throw new IllegalStateException("the header must be written first and once, but the writer is in state "
                    + state.name().toLowerCase(java.util.Locale.ROOT));
        }
        prepareHeader(header);
        try {
            startCollection(header);
        } catch (XMLStreamException e) {
            throw unchecked(e);
        }
        state = State.COLLECTION;
    }

    @Override
    public void write(Report report) {
        Objects.requireNonNull(report, "report");
        if (state == State.CLOSED) {
            throw new IllegalStateException("the writer is closed");
        }
        P prepared = prepare(report);
        try {
            switch (state) {
                case START -> {
                    pending = prepared;
                    state = State.PENDING;
                }
                case PENDING -> {
                    startCollection(null);
                    writeInCollection(Objects.requireNonNull(pending));
                    pending = null;
                    writeInCollection(prepared);
                    state = State.COLLECTION;
                }
                default -> writeInCollection(prepared);
            }
        } catch (XMLStreamException e) {
            throw unchecked(e);
        }
    }

    @Override
    public ConversionReport conversionReport() {
        return notes.build();
    }

    @Override
    public void close() {
        if (state == State.CLOSED) {
            return;
        }
        try {
            try {
                switch (state) {
                    case START -> {
                        startCollection(null);
                        endCollection();
                    }
                    case PENDING -> writeSingle(Objects.requireNonNull(pending));
                    default -> endCollection();
                }
                finish();
            } finally {
                state = State.CLOSED;
                pending = null;
                out.close();
            }
        } catch (XMLStreamException e) {
            throw unchecked(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Notes a field the format cannot hold, or refuses it when the write must be lossless.
     *
     * @param note the loss
     * @throws LossyConversionException when the options ask for a lossless write
     */
    protected void loss(ConversionNote note) {
        notes.add(note);
    }

    /**
     * Refuses text that XML 1.0 cannot carry, naming the report, the field and the character.
     *
     * @param report the report's id, or {@code null} for the header
     * @param pointer the field's JSON Pointer
     * @param text the text
     * @throws ReportMetadataException if the text holds a character XML 1.0 forbids
     */
    public static void check(@Nullable ReportId report, String pointer, @Nullable String text) {
        if (text == null) {
            return;
        }
        int bad = XmlChars.firstIllegal(text);
        if (bad >= 0) {
            throw new ReportMetadataException((report == null ? "catalogue header" : "report '" + report + "'")
                    + " cannot be written as XML: " + pointer + " holds " + XmlChars.describe(text, bad)
                    + " at index " + bad + ", a character XML 1.0 cannot carry; expected text without control "
                    + "characters other than TAB, LF and CR, unpaired surrogates, U+FFFE and U+FFFF");
        }
    }

    /**
     * Wraps a write failure.
     *
     * @param e the failure
     * @return an unchecked I/O exception
     */
    protected static UncheckedIOException unchecked(XMLStreamException e) {
        Throwable cause = e.getNestedException();
        if (cause instanceof IOException io) {
            return new UncheckedIOException(io);
        }
        return new UncheckedIOException(new IOException("cannot write XML: " + e.getMessage(), e));
    }
}
