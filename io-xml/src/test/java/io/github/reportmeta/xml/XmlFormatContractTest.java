package io.github.reportmeta.xml;

import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.Report;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.testing.LosslessFormatContract;

/** The {@code xml} format against the rules every format obeys. */
class XmlFormatContractTest implements LosslessFormatContract {

    @Override
    public ReportFormat format() {
        return new XmlFormat();
    }

    /** A title with a character XML 1.0 cannot carry. */
    @Override
    public Report refusedReport() {
        return Report.builder("bell").title(LocalizedText.of("ring \u0007 ring")).build();
    }
}
