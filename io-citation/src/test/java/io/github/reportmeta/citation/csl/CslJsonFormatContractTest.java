package io.github.reportmeta.citation.csl;

import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.Report;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.testing.LossyFormatContract;

/** The {@code csl-json} format against the rules every lossy format obeys. */
class CslJsonFormatContractTest implements LossyFormatContract {

    @Override
    public ReportFormat format() {
        return new CslJsonFormat();
    }

    /** A title with U+0000, which the project's JSON readers refuse. */
    @Override
    public Report refusedReport() {
        return Report.builder("nul").title(LocalizedText.of("before \u0000 after")).build();
    }
}
