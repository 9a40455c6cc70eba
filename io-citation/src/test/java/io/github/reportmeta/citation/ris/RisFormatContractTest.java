package io.github.reportmeta.citation.ris;

import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.Report;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.testing.LossyFormatContract;

/** The {@code ris} format against the rules every format obeys. */
class RisFormatContractTest implements LossyFormatContract {

    @Override
    public ReportFormat format() {
        return new RisFormat();
    }

    /** Every RIS record stands alone, ended by its ER line: what an aborted write wrote are whole records, documented so. */
    @Override
    public boolean abortLeavesDocumentIncomplete() {
        return false;
    }

    /** A title longer than the longest line the reader takes. */
    @Override
    public Report refusedReport() {
        return Report.builder("too-long").title(LocalizedText.of("t".repeat(RisRecords.MAX_LINE))).build();
    }
}
