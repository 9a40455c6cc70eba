package io.github.reportmeta.dc;

import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.Report;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.testing.RefusingWriterContract;

/** The {@code dc-html} format against the rules every format obeys. */
class DcHtmlFormatContractTest implements RefusingWriterContract {

    @Override
    public ReportFormat format() {
        return new DcHtmlFormat();
    }

    /** A title with a character HTML cannot carry. */
    @Override
    public Report refusedReport() {
        return Report.builder("bell").title(LocalizedText.of("ring \u0007 ring")).build();
    }

    /** Each report's fragment stands alone: there is no end of the document to leave out. */
    @Override
    public boolean abortLeavesDocumentIncomplete() {
        return false;
    }
}
