package io.github.reportmeta.format.spi;

import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.Report;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ConversionReport;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.format.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The base of a streaming reader, in the compute-next style: a subclass reads its header in {@link #readHeader()}
 * and each report in {@link #readNext()}, and says where each report starts with {@link #startReport}; this class
 * owns reading ahead, the end, failures, the notes and closing.
 *
 * <p>The contract it settles for every format:
 * <ul>
 *   <li>{@link #location()} and {@link #pointer()} describe the last report returned by {@link #next()}, however
 *       far {@link #hasNext()} has read ahead; before the first report, the input's start (line 1, column 1)
 *       and the empty pointer.
 *   <li>The input is closed once: at the end of the document, on the first failure, or by {@link #close()},
 *       whichever comes first; {@link #close()} may be called any number of times.
 *   <li>After a failure the reader is closed and {@link #hasNext()} answers false.
 * </ul>
 *
 * <p>A subclass's factory constructs the reader and then calls {@link #open()}, which reads the header.
 */
public abstract class AbstractReportReader implements ReportReader {

    private final ReadOptions options;
    private final ConversionReport.Builder notes;
    private @Nullable CatalogueHeader header;
    private @Nullable Report pending;
    private SourceLocation pendingLocation;
    private String pendingPointer = "";
    private SourceLocation location;
    private String pointer = "";
    private boolean ended;
    private boolean closed;

    /**
     * Creates the reader; the subclass's factory calls {@link #open()} next.
     *
     * @param options how to read
     */
    protected AbstractReportReader(ReadOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.notes = ConversionReport.builder(options);
        this.location = new SourceLocation(options.sourceName(), 1, 1);
        this.pendingLocation = location;
    }

    /**
     * Reads the start of the document up to the first report; called once, by {@link #open()}.
     *
     * @return the catalogue header, or {@code null} when the document has none
     */
    protected @Nullable CatalogueHeader readHeader() {
        return null;
    }

    /**
     * Reads the next report, calling {@link #startReport} where it starts.
     *
     * @return the report, or {@code null} at the end of the document
     */
    protected abstract @Nullable Report readNext();

    /**
     * Closes the input and whatever reads it.
     *
     * @throws IOException when closing fails
     */
    protected abstract void closeInput() throws IOException;

    /**
     * Turns a failure of {@link #readHeader()} or {@link #readNext()} into what the caller sees: a
     * {@link io.github.reportmeta.format.ReportParseException} with its location, or an
     * {@link UncheckedIOException}. The default passes the failure on as it is.
     *
     * @param failure what the subclass threw
     * @return the failure to throw
     */
    protected RuntimeException translate(RuntimeException failure) {
        return failure;
    }

    /**
     * Reads the header; a failure closes the input before it is thrown.
     *
     * @throws io.github.reportmeta.format.ReportParseException when the document's start is malformed
     */
    protected final void open() {
        header = guarded(this::readHeader);
    }

    /**
     * Marks where the report being read starts.
     *
     * @param at its location in the input
     * @param reportPointer its JSON Pointer within the document, or the empty string when it is a document of its own
     */
    protected final void startReport(SourceLocation at, String reportPointer) {
        pendingLocation = Objects.requireNonNull(at, "at");
        pendingPointer = Objects.requireNonNull(reportPointer, "reportPointer");
    }

    /**
     * Records a note, telling the options' listener.
     *
     * @param note the note
     */
    protected final void note(ConversionNote note) {
        notes.add(note);
    }

    /**
     * How this reader was asked to read.
     *
     * @return the options
     */
    protected final ReadOptions options() {
        return options;
    }

    /**
     * The input's name in messages.
     *
     * @return the source name of the options
     */
    protected final String sourceName() {
        return options.sourceName();
    }

    @Override
    public final @Nullable CatalogueHeader header() {
        return header;
    }

    @Override
    public final boolean hasNext() {
        if (pending == null && !ended && !closed) {
            pending = guarded(this::readNext);
            if (pending == null) {
                ended = true;
                close();
            }
        }
        return pending != null;
    }

    @Override
    public final Report next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more reports in " + options.sourceName());
        }
        Report report = Objects.requireNonNull(pending);
        pending = null;
        location = pendingLocation;
        pointer = pendingPointer;
        return report;
    }

    @Override
    public final SourceLocation location() {
        return location;
    }

    @Override
    public final String pointer() {
        return pointer;
    }

    @Override
    public final ConversionReport conversionReport() {
        return notes.build();
    }

    @Override
    public final void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            closeInput();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + options.sourceName() + ": " + e.getMessage(), e);
        }
    }

    private <T> @Nullable T guarded(Supplier<@Nullable T> step) {
        try {
            return step.get();
        } catch (RuntimeException e) {
            RuntimeException failure = translate(e);
            if (!closed) {
                closed = true;
                try {
                    closeInput();
                } catch (IOException suppressed) {
                    failure.addSuppressed(new UncheckedIOException("cannot close " + options.sourceName() + ": "
                            + suppressed.getMessage(), suppressed));
                } catch (RuntimeException suppressed) {
                    failure.addSuppressed(suppressed);
                }
            }
            throw failure;
        }
    }
}
