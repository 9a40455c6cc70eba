package io.github.reportmeta.registry.schemaorg;

import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.Report;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.testing.LossyFormatContract;

/** The {@code schema-org} format against the rules every lossy format obeys. */
class SchemaOrgFormatContractTest implements LossyFormatContract {

    @Override
    public ReportFormat format() {
        return new SchemaOrgFormat();
    }

    /** A title with U+0000, which JSON readers refuse. */
    @Override
    public Report refusedReport() {
        return Report.builder("nul").title(LocalizedText.of("before \u0000 after")).build();
    }
}
