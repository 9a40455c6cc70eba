package io.github.reportmeta.text;

import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.testing.WriterContract;

/** The {@code digest-html} format against the rules every format obeys; it is write only. */
class DigestHtmlFormatContractTest implements WriterContract {

    @Override
    public ReportFormat format() {
        return new DigestHtmlFormat();
    }
}
