package io.github.reportmeta.registry.datacite;

import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.Report;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.testing.LossyFormatContract;

/** The {@code datacite} format against the rules every format obeys. */
class DataCiteFormatContractTest implements LossyFormatContract {

    @Override
    public ReportFormat format() {
        return new DataCiteFormat();
    }

    /** A title with a character XML 1.0 cannot carry. */
    @Override
    public Report refusedReport() {
        return Report.builder("bell").title(LocalizedText.of("ring \u0007 ring")).build();
    }
}
