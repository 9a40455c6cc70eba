package io.github.reportmeta.format.spi;

import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.Report;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ConversionReport;
import io.github.reportmeta.format.PreparedReport;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The base of a streaming writer: owns the document's state (started, reports, ended), checks each report
 * completely before any of it is written, and ends the document only on a clean {@link #close()}.
 *
 * <p>The contract it settles for every format:
 * <ul>
 *   <li>{@link #prepare} checks and maps a report and notes its losses without writing; a report it refuses
 *       leaves the document as it was and the writer usable.
 *   <li>A write that fails half-way (an I/O error) leaves the writer failed: later writes are refused, and
 *       {@link #close()} closes the output without ending the document.
 *   <li>{@link #abort()} closes the output without ending the document, so that the output of a conversion that
 *       failed elsewhere (a bad input report) never reads as a complete document.
 *   <li>The output is closed once, whatever happens.
 * </ul>
 *
 * <p>Without a header, an empty writer still writes a (empty) document on close. A format that has a form for a
 * single report says so with {@link #writesSingleReportDocuments()}: one report and no header is then written as
 * {@link #writeSingleReport}, and a second report turns the output into a collection.
 *
 * @param <P> a report prepared for writing
 */
public abstract class AbstractReportWriter<P> implements ReportWriter {

    private enum State { START, PENDING, DOCUMENT, FAILED, CLOSED }

    private final OutputStream output;
    private final ConversionReport.Builder notes;
    private final ThreadLocal<@Nullable List<ConversionNote>> preparingAhead = new ThreadLocal<>();
    private State state = State.START;
    private @Nullable P pending;

    /**
     * Creates the writer.
     *
     * @param out the output; {@link #output()} is what a subclass writes to, and closing the writer closes it
     * @param options what to do with what the format cannot hold
     */
    protected AbstractReportWriter(OutputStream out, WriteOptions options) {
        this.output = new CloseOnce(Objects.requireNonNull(out, "out"));
        this.notes = ConversionReport.builder(Objects.requireNonNull(options, "options"));
    }

    /**
     * Checks a report completely and maps it, noting its losses with {@link #note}, without writing anything.
     *
     * @param report the report
     * @return the prepared report
     * @throws io.github.reportmeta.ReportMetadataException when the format cannot carry a value of the report
     */
    protected abstract P prepare(Report report);

    /**
     * Whether {@link #prepare} may run on other threads than the writer's, at the same time as the writing and as
     * other reports' {@code prepare}: true only when it reads no state of the writer that the writing changes, and
     * notes only through {@link #note}. Then {@link #prepareAhead(Report)} runs it ahead.
     *
     * @return false, unless the subclass says so
     */
    protected boolean preparesConcurrently() {
        return false;
    }

    /**
     * Checks a catalogue header before anything of it is written; notes what the format drops of it.
     *
     * @param header the header
     */
    protected void prepareHeader(CatalogueHeader header) {}

    /**
     * Notes the loss of every component the header holds, for a format that has no place for a catalogue header:
     * one note a component ({@code /id}, {@code /titles}, and {@code /publisher}, {@code /issued},
     * {@code /updated} when set), each with the same reason, so that a caller learns what was dropped by name.
     *
     * @param header the header
     * @param reason why the format cannot hold it, such as "RIS has no catalogue header"
     */
    protected final void noteHeaderNotKept(CatalogueHeader header, String reason) {
        loss("/id", reason);
        loss("/titles", reason);
        if (header.publisher() != null) {
            loss("/publisher", reason);
        }
        if (header.issued() != null) {
            loss("/issued", reason);
        }
        if (header.updated() != null) {
            loss("/updated", reason);
        }
    }

    private void loss(String pointer, String reason) {
        note(new ConversionNote(ConversionNote.Kind.LOSS, null, pointer, reason, null));
    }

    /**
     * Writes the start of the document, up to where the reports go.
     *
     * @param header the catalogue header, or {@code null} when none was given
     * @throws Exception on a write failure
     */
    protected abstract void startDocument(@Nullable CatalogueHeader header) throws Exception;

    /**
     * Writes a prepared report in the document.
     *
     * @param report the prepared report
     * @throws Exception on a write failure
     */
    protected abstract void writeReport(P report) throws Exception;

    /**
     * Writes the end of the document.
     *
     * @throws Exception on a write failure
     */
    protected abstract void endDocument() throws Exception;

    /**
     * Flushes whatever the subclass buffers to {@link #output()}, after the document ended; the output itself is
     * closed by this class.
     *
     * @throws Exception on a write failure
     */
    protected abstract void finish() throws Exception;

    /**
     * Whether one report without a header is written as a single-report document.
     *
     * @return false, unless the format has such a document
     */
    protected boolean writesSingleReportDocuments() {
        return false;
    }

    /**
     * Writes a document of one report; called only when {@link #writesSingleReportDocuments()} is true.
     *
     * @param report the prepared report
     * @throws Exception on a write failure
     */
    protected void writeSingleReport(P report) throws Exception {
        throw new IllegalStateException(getClass().getName() + " has no single-report document");
    }

    /**
     * Turns a write failure into what the caller sees; {@link IOException}s become {@link UncheckedIOException}s
     * and unchecked exceptions pass as they are. A subclass whose library throws other checked exceptions
     * overrides this to unwrap them.
     *
     * @param failure the failure
     * @return the exception to throw
     */
    protected RuntimeException translate(Exception failure) {
        if (failure instanceof RuntimeException unchecked) {
            return unchecked;
        }
        if (failure instanceof IOException io) {
            return new UncheckedIOException(io);
        }
        return new UncheckedIOException(new IOException("cannot write: " + failure.getMessage(), failure));
    }

    /**
     * The stream a subclass writes to: the writer's output, closed once by this class.
     *
     * @return the output
     */
    protected final OutputStream output() {
        return output;
    }

    /**
     * Records a note: a field the format cannot hold (refused when the write must be lossless), or a report left out.
     *
     * @param note the note
     * @throws io.github.reportmeta.format.LossyConversionException when the options ask for a lossless write
     */
    protected final void note(ConversionNote note) {
        List<ConversionNote> held = preparingAhead.get();
        if (held != null) {
            held.add(Objects.requireNonNull(note, "note"));
        } else {
            notes.add(note);
        }
    }

    @Override
    public final void writeHeader(CatalogueHeader header) {
        Objects.requireNonNull(header, "header");
        if (state != State.START) {
            throw new IllegalStateException("the header must be written first and once, but the writer is "
                    + describe(state));
        }
        prepareHeader(header);
        step(() -> startDocument(header));
        state = State.DOCUMENT;
    }

    @Override
    public final void write(Report report) {
        Objects.requireNonNull(report, "report");
        checkWritable();
        place(prepare(report));
    }

    /**
     * Runs {@link #prepare} now, on this thread, when the subclass {@linkplain #preparesConcurrently() allows it},
     * holding its notes and its failure for {@link #write(PreparedReport)}.
     */
    @Override
    public final PreparedReport prepareAhead(Report report) {
        Objects.requireNonNull(report, "report");
        if (!preparesConcurrently()) {
            return ReportWriter.super.prepareAhead(report);
        }
        List<ConversionNote> held = new ArrayList<>(4);
        preparingAhead.set(held);
        try {
            return new Ahead<>(this, report, prepare(report), held, null);
        } catch (RuntimeException e) {
            return new Ahead<>(this, report, null, held, e);
        } finally {
            preparingAhead.remove();
        }
    }

    /** Notes what the preparation noted, in its order, then throws its failure or writes what it prepared. */
    @Override
    public final void write(PreparedReport prepared) {
        Objects.requireNonNull(prepared, "prepared");
        if (!(prepared instanceof Ahead<?> ahead) || ahead.writer != this) {
            write(prepared.report());
            return;
        }
        checkWritable();
        for (ConversionNote note : ahead.notes) {
            notes.add(note);
        }
        if (ahead.failure != null) {
            throw ahead.failure;
        }
        @SuppressWarnings("unchecked") // made by this writer's prepare
        P mine = (P) Objects.requireNonNull(ahead.prepared);
        place(mine);
    }

    private void checkWritable() {
        if (state == State.CLOSED || state == State.FAILED) {
            throw new IllegalStateException("the writer is " + describe(state));
        }
    }

    /** Writes a prepared report where the document stands. */
    private void place(P prepared) {
        switch (state) {
            case START -> {
                if (writesSingleReportDocuments()) {
                    pending = prepared;
                    state = State.PENDING;
                } else {
                    step(() -> {
                        startDocument(null);
                        writeReport(prepared);
                    });
                    state = State.DOCUMENT;
                }
            }
            case PENDING -> {
                P first = Objects.requireNonNull(pending);
                step(() -> {
                    startDocument(null);
                    writeReport(first);
                    writeReport(prepared);
                });
                pending = null;
                state = State.DOCUMENT;
            }
            default -> step(() -> writeReport(prepared));
        }
    }

    @Override
    public final ConversionReport conversionReport() {
        return notes.build();
    }

    /** Ends the document, unless a write failed, and closes the output. */
    @Override
    public final void close() {
        if (state == State.CLOSED) {
            return;
        }
        State was = state;
        state = State.CLOSED;
        try {
            switch (was) {
                case START -> {
                    startDocument(null);
                    endDocument();
                    finish();
                }
                case PENDING -> {
                    writeSingleReport(Objects.requireNonNull(pending));
                    finish();
                }
                case DOCUMENT -> {
                    endDocument();
                    finish();
                }
                default -> { }
            }
        } catch (Exception e) {
            RuntimeException failure = translate(e);
            closeQuietly(failure);
            throw failure;
        } finally {
            pending = null;
        }
        try {
            output.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the output without ending the document, so that what was written does not read as complete. */
    @Override
    public final void abort() {
        if (state == State.CLOSED) {
            return;
        }
        state = State.CLOSED;
        pending = null;
        try {
            output.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A report prepared ahead, with what its preparation noted and how it failed. */
    private record Ahead<P>(AbstractReportWriter<P> writer, Report report, @Nullable P prepared, List<ConversionNote> notes,
            @Nullable RuntimeException failure) implements PreparedReport {}

    private interface Step {
        void run() throws Exception;
    }

    private void step(Step step) {
        try {
            step.run();
        } catch (Exception e) {
            state = State.FAILED;
            throw translate(e);
        }
    }

    private void closeQuietly(RuntimeException failure) {
        try {
            output.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private static String describe(State state) {
        return switch (state) {
            case FAILED -> "failed: an earlier write did not complete";
            case PENDING, DOCUMENT -> "already writing reports";
            default -> state.name().toLowerCase(Locale.ROOT);
        };
    }

    /** The output, whose second and later closes do nothing, and which refuses writes once closed. */
    private static final class CloseOnce extends FilterOutputStream {
        private boolean closed;

        CloseOnce(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            open();
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            open();
            out.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            if (!closed) {
                out.flush();
            }
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                out.close();
            }
        }

        private void open() throws IOException {
            if (closed) {
                throw new IOException("the output is closed");
            }
        }
    }
}
