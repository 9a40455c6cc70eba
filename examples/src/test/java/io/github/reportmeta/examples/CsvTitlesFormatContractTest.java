package io.github.reportmeta.examples;

import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.testing.WriterContract;

/** The third-party example format gets the same contract tests as reportmeta's own, for free. */
class CsvTitlesFormatContractTest implements WriterContract {

    @Override
    public ReportFormat format() {
        return new CsvTitlesFormat();
    }

    /** Each row stands alone: there is no end of the document to leave out. */
    @Override
    public boolean abortLeavesDocumentIncomplete() {
        return false;
    }
}
