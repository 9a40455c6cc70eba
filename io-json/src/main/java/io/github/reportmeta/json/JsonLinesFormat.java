package io.github.reportmeta.json;

import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.json.internal.Documents;
import io.github.reportmeta.json.internal.JsonReportWriter;
import io.github.reportmeta.json.internal.LinesReader;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The {@code jsonl} format: JSON Lines, one canonical report object per line, after an optional header line
 * ({@code "format": "reportmeta-header"}) that carries the catalogue header. Suits streaming and engines that
 * split line-delimited files across machines.
 */
public final class JsonLinesFormat implements ReportFormat {

    /** Creates the format; {@link java.util.ServiceLoader} calls this. */
    public JsonLinesFormat() {}

    @Override
    public String name() {
        return "jsonl";
    }

    @Override
    public String description() {
        return "JSON Lines: one canonical JSON report per line, after an optional catalogue header line";
    }

    @Override
    public String mediaType() {
        return "application/jsonl";
    }

    @Override
    public List<String> extensions() {
        return List.of("jsonl", "ndjson");
    }

    @Override
    public boolean canRead() {
        return true;
    }

    @Override
    public boolean canWrite() {
        return true;
    }

    /** Certain of a header line; fairly sure of a first line that is a whole object followed by another. */
    @Override
    public int sniff(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "");
        if (!text.startsWith("{")) {
            return 0;
        }
        int eol = text.indexOf('\n');
        String firstLine = eol < 0 ? text : text.substring(0, eol);
        if (firstLine.contains("\"" + Documents.HEADER + "\"")) {
            return 95;
        }
        if (eol > 0 && firstLine.stripTrailing().endsWith("}") && text.substring(eol + 1).startsWith("{")) {
            return 60;
        }
        return 10;
    }

    @Override
    public ReportReader newReader(InputStream in, ReadOptions options) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(options, "options");
        return LinesReader.open(in, options);
    }

    @Override
    public ReportWriter newWriter(OutputStream out, WriteOptions options) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(options, "options");
        return JsonReportWriter.lines(out);
    }
}
