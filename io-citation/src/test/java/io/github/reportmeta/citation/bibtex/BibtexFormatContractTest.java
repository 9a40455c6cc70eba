package io.github.reportmeta.citation.bibtex;

import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.Report;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.testing.LossyFormatContract;
import java.nio.charset.StandardCharsets;

/** The {@code bibtex} format against the rules every format obeys. */
class BibtexFormatContractTest implements LossyFormatContract {

    @Override
    public ReportFormat format() {
        return new BibtexFormat();
    }

    /** A title with a control character, which no text file holds. */
    @Override
    public Report refusedReport() {
        return Report.builder("bell").title(LocalizedText.of("ring \u0007 ring")).build();
    }

    /** A BibTeX file has no end of its own: every entry stands alone. */
    @Override
    public boolean abortLeavesDocumentIncomplete() {
        return false;
    }

    /** The document with an entry after it that is never closed. */
    @Override
    public byte[] malformedDocument() {
        return (new String(document(), StandardCharsets.UTF_8) + "\n@techreport{cut,\n  title = {never closed")
                .getBytes(StandardCharsets.UTF_8);
    }
}
