package io.github.reportmeta.citation.csl;

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
import java.util.regex.Pattern;

/**
 * The {@code csl-json} format: CSL-JSON items, the input of citeproc, Zotero and pandoc, one item of type
 * {@code report} per report, in a JSON array. Reads an array of items or a single item of any type; see
 * {@code docs/formats/citation.md} for the mapping both ways and what each direction cannot carry.
 *
 * <pre>{@code
 * try (ReportWriter writer = new CslJsonFormat().newWriter(out, WriteOptions.DEFAULT)) {
 *     writer.write(report);
 * }
 * }</pre>
 */
public final class CslJsonFormat extends AbstractReportFormat {

    /** The name users choose the format by. */
    public static final String NAME = "csl-json";

    private static final Pattern CSL_HINT = Pattern.compile(
            "\"(?:date-parts|collection-title|publisher-place|container-title|citation-key|family)\"\\s*:");
    private static final Pattern TYPE_AND_ID = Pattern.compile("\"type\"\\s*:\\s*\"[a-z_-]+\"");

    /** Creates the format; {@link java.util.ServiceLoader} calls this. */
    public CslJsonFormat() {
        super(FormatDescriptor.readWrite(NAME,
                "CSL-JSON items of type report, for citeproc, Zotero and pandoc; lossy, see docs/formats/citation.md",
                "application/vnd.citationstyles.csl+json", "csl.json", "csljson"));
    }

    /** Likely for JSON that uses CSL's own variable names; weak for JSON items with a lower-case type. */
    @Override
    public Detection detect(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        if (!(text.startsWith("[") || text.startsWith("{")) || text.contains("\"reportmeta-")) {
            return Detection.NONE;
        }
        if (CSL_HINT.matcher(text).find()) {
            return Detection.of(Detection.Strength.LIKELY, "JSON with CSL variables");
        }
        if (TYPE_AND_ID.matcher(text).find()) {
            return Detection.of(Detection.Strength.WEAK, "JSON items with a type");
        }
        return Detection.NONE;
    }

    @Override
    protected ReportReader openReader(InputStream in, ReadOptions options) {
        return CslReader.open(in, options);
    }

    @Override
    protected ReportWriter openWriter(OutputStream out, WriteOptions options) {
        return new CslWriter(out, options);
    }
}
