package io.github.reportmeta.json;

import io.github.reportmeta.Report;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.testing.LosslessFormatContract;

/** The {@code jsonl} format against the rules every format obeys. */
class JsonLinesFormatContractTest implements LosslessFormatContract {

    @Override
    public ReportFormat format() {
        return new JsonLinesFormat();
    }

    @Override
    public Report refusedReport() {
        return Report.builder("too-deep").publisher(JsonFormatContractTest.nested(70)).build();
    }

    /** Every line of JSON Lines stands alone: what an aborted stream wrote are whole reports, documented so. */
    @Override
    public boolean abortLeavesDocumentIncomplete() {
        return false;
    }
}
