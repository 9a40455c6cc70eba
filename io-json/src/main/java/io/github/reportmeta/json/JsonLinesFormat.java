package io.github.reportmeta.json;

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
 * The {@code jsonl} format: JSON Lines, one canonical report object per line, after an optional header line
 * ({@code "format": "reportmeta-header"}) that carries the catalogue header. Suits streaming and engines that
 * split line-delimited files across machines.
 */
public final class JsonLinesFormat extends AbstractReportFormat {

    /** Creates the format; {@link java.util.ServiceLoader} calls this. */
    public JsonLinesFormat() {
        super(FormatDescriptor.readWrite("jsonl",
                "JSON Lines: one canonical JSON report per line, after an optional catalogue header line",
                "application/jsonl", "jsonl", "ndjson"));
    }







    /**
     * Certain of a header line; likely for a first line that is a whole object followed by another; plausible for
     * one object, as {@code json} is, so that the file's extension decides.
     */
    @Override
    public Detection detect(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "");
        if (!text.startsWith("{")) {
            return Detection.NONE;
        }
        int eol = text.indexOf('\n');
        String firstLine = eol < 0 ? text : text.substring(0, eol);
        if (firstLine.contains("\"" + Documents.HEADER + "\"")) {
            return Detection.of(Detection.Strength.CERTAIN, "a reportmeta header line");
        }
        if (eol > 0 && firstLine.stripTrailing().endsWith("}") && text.substring(eol + 1).startsWith("{")) {
            return Detection.of(Detection.Strength.LIKELY, "one JSON object per line");
        }
        return Detection.of(Detection.Strength.PLAUSIBLE, "a JSON object");
    }

    @Override
    protected ReportReader openReader(InputStream in, ReadOptions options) {
        return LinesReader.open(in, options);
    }

    @Override
    protected ReportWriter openWriter(OutputStream out, WriteOptions options) {
        return JsonReportWriter.lines(out, options);
    }
}
