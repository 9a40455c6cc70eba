package io.github.reportmeta.format;

import io.github.reportmeta.Report;

/**
 * A report made ready for writing ahead of its turn, possibly on another thread, by
 * {@link ReportWriter#prepareAhead(Report)}; {@link ReportWriter#write(PreparedReport)} writes it.
 */
public interface PreparedReport {

    /**
     * The report as it was given.
     *
     * @return the report
     */
    Report report();
}
