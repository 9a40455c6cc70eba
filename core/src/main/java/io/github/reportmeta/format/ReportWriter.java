package io.github.reportmeta.format;

import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.Report;
import java.io.Closeable;

/**
 * Writes reports one by one to an output: optionally a catalogue header first, then each report. Closing the
 * writer ends the document and closes its output.
 *
 * <p>Whatever the format cannot hold is recorded in the {@link #conversionReport()}, or refused with
 * {@link LossyConversionException} when the writer was opened with {@link WriteOptions#LOSSLESS}.
 */
public interface ReportWriter extends Closeable {

    /**
     * Writes the catalogue header; only before the first report, and at most once.
     *
     * @param header the header
     * @throws IllegalStateException if a report or a header was already written
     */
    void writeHeader(CatalogueHeader header);

    /**
     * Writes a report.
     *
     * @param report the report
     */
    void write(Report report);

    /**
     * Does ahead of the report's turn what writing it needs besides the output (checking and mapping it, finding
     * its losses), on whatever thread calls this, while the writer writes earlier reports on its own thread.
     * Nothing is written and nothing is noted until the result is given to {@link #write(PreparedReport)}, which then
     * does exactly what {@link #write(Report)} would have done: the same notes in the same order, the same failure,
     * the same bytes. Writers that cannot prepare concurrently (the default) leave all the work to the write.
     *
     * @param report the report
     * @return the report made ready for {@link #write(PreparedReport)} of this writer
     */
    default PreparedReport prepareAhead(Report report) {
        return () -> report;
    }

    /**
     * Writes a report made ready by {@link #prepareAhead(Report)}, with what {@link #write(Report)} does.
     *
     * @param prepared the report made ready by this writer
     */
    default void write(PreparedReport prepared) {
        write(prepared.report());
    }

    /**
     * What the format could not hold, so far.
     *
     * @return a snapshot of the notes
     */
    ConversionReport conversionReport();

    /**
     * Ends the document and closes the output; an I/O failure is an {@link java.io.UncheckedIOException}. After a
     * write failed half-way, the output is closed without ending the document.
     */
    @Override
    void close();

    /**
     * Closes the output without ending the document, for a conversion that failed: what was written stays
     * unterminated, so that no reader takes it for a complete document. Does nothing once closed.
     */
    void abort();
}
