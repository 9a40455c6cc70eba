package io.github.reportmeta.citation.bibtex;

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
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code bibtex} format: BibTeX and BibLaTeX files, read and written. Reports are written as {@code @techreport}
 * entries in UTF-8 with the issuing institution, the series as {@code type} and the number; {@code @techreport},
 * BibLaTeX's {@code @report} and the other entry types are read, with {@code @string} macros, {@code #}
 * concatenation and LaTeX escapes. See {@code docs/formats/citation.md} for the mapping and what each way loses.
 *
 * <pre>{@code
 * try (ReportWriter writer = new BibtexFormat().newWriter(out, WriteOptions.DEFAULT)) {
 *     writer.write(report);
 * }
 * }</pre>
 */
public final class BibtexFormat extends AbstractReportFormat {

    /** The name users choose the format by. */
    public static final String NAME = "bibtex";

    private static final Pattern ENTRY = Pattern.compile("(?m)^[ \\t]*@[ \\t]*([A-Za-z]+)[ \\t]*[{(]");

    /** The format; the constructor {@link java.util.ServiceLoader} uses. */
    public BibtexFormat() {
        super(FormatDescriptor.readWrite(NAME, "BibTeX and BibLaTeX: @techreport entries written, "
                + "@techreport, @report and other entries read", "application/x-bibtex", "bib", "bibtex"));
    }

    /** Finds an entry at the start of a line: a report entry is likely, any other entry plausible. */
    @Override
    public Detection detect(byte[] head) {
        Matcher m = ENTRY.matcher(new String(head, StandardCharsets.UTF_8));
        while (m.find()) {
            String type = m.group(1).toLowerCase(Locale.ROOT);
            if (type.equals("techreport") || type.equals("report")) {
                return Detection.of(Detection.Strength.LIKELY, "a @" + type + " entry");
            }
            if (!type.equals("comment") && !type.equals("import") && !type.equals("media")) {
                return Detection.of(Detection.Strength.PLAUSIBLE, "a @" + type + " entry");
            }
        }
        return Detection.NONE;
    }

    @Override
    protected ReportReader openReader(InputStream in, ReadOptions options) {
        return BibtexReader.open(in, options);
    }

    @Override
    protected ReportWriter openWriter(OutputStream out, WriteOptions options) {
        return new BibtexWriter(out, options);
    }
}
