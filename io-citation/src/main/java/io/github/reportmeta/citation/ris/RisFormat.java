package io.github.reportmeta.citation.ris;

import io.github.reportmeta.format.Detection;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.format.spi.AbstractReportFormat;
import io.github.reportmeta.format.spi.FormatDescriptor;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The format {@code ris}: the tagged records of EndNote, Zotero and Mendeley, a report as {@code TY  - RPRT} with its
 * number in {@code SN} and its series in {@code T3}. Every field a write drops is a loss in the conversion report,
 * and every tag a read does not keep is a note; the mapping is in {@code docs/formats/citation.md}.
 */
public final class RisFormat extends AbstractReportFormat {

    /** Creates the format; {@link java.util.ServiceLoader} calls this. */
    public RisFormat() {
        super(FormatDescriptor.readWrite("ris",
                "RIS, the tagged records of EndNote, Zotero and Mendeley (TY  - RPRT)",
                "application/x-research-info-systems", "ris"));
    }

    @Override
    public Detection detect(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "");
        boolean first = true;
        for (String line : text.split("\r\n|\r|\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("TY  -")) {
                return first ? Detection.of(Detection.Strength.LIKELY, "a first line 'TY  - '")
                        : Detection.of(Detection.Strength.PLAUSIBLE, "a line 'TY  - ' after other text");
            }
            first = false;
        }
        return Detection.NONE;
    }

    @Override
    protected ReportReader openReader(InputStream in, ReadOptions options) {
        return new RisReader(in, options);
    }

    @Override
    protected ReportWriter openWriter(OutputStream out, WriteOptions options) {
        return new RisWriter(out, options);
    }
}
