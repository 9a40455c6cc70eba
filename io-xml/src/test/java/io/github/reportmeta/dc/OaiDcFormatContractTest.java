package io.github.reportmeta.dc;

import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.Report;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.testing.LossyFormatContract;

/** The {@code oai_dc} format against the rules every format obeys. */
class OaiDcFormatContractTest implements LossyFormatContract {

    @Override
    public ReportFormat format() {
        return new OaiDcFormat();
    }

    /** A title with a character XML 1.0 cannot carry. */
    @Override
    public Report refusedReport() {
        return Report.builder("bell").title(LocalizedText.of("ring \u0007 ring")).build();
    }
}
