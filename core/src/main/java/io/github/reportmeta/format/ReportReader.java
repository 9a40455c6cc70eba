package io.github.reportmeta.format;

import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.Report;
import java.io.Closeable;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Reads reports one by one from an input: first the catalogue header, if the document has one, then each
 * report. Only the report being read is held in memory. Closing the reader closes its input.
 *
 * <p>Failures are {@link ReportParseException}s with the location; I/O failures are
 * {@link java.io.UncheckedIOException}s.
 */
public interface ReportReader extends Iterator<Report>, Closeable {

    /**
     * The catalogue header, read when the reader is opened, before the first report.
     *
     * @return the header, or {@code null} when the document has none (a single report, headerless JSON Lines)
     */
    @Nullable CatalogueHeader header();

    /**
     * Whether another report follows; reads ahead as far as needed to tell.
     *
     * @return true when {@link #next()} will return a report
     */
    @Override
    boolean hasNext();

    /**
     * Reads the next report.
     *
     * @return the report
     * @throws java.util.NoSuchElementException when there is none
     */
    @Override
    Report next();

    /**
     * Where the reader is in its input.
     *
     * @return the location of the start of the last report read, or of the input's start
     */
    SourceLocation location();

    /**
     * The JSON Pointer of the last report read within its document: {@code /reports/3} in a catalogue document,
     * the empty string where each report is a document of its own (a single-report file, a line of JSON Lines).
     *
     * @return the pointer that validation pointers of this report are relative to
     */
    default String pointer() {
        return "";
    }

    /**
     * What was skipped or changed so far: unknown fields in lenient mode, records left out.
     *
     * @return a snapshot of the notes
     */
    ConversionReport conversionReport();

    /**
     * The remaining reports as a sequential stream; closing the stream closes the reader.
     *
     * @return the stream
     */
    default Stream<Report> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(this::close);
    }

    /** Closes the input; an I/O failure is an {@link java.io.UncheckedIOException}. */
    @Override
    void close();
}
