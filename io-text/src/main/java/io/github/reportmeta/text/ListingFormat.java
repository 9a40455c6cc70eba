package io.github.reportmeta.text;

import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.UnknownFormatException;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.text.internal.HtmlLines;
import io.github.reportmeta.text.internal.LineSource;
import io.github.reportmeta.text.internal.ListingReader;
import io.github.reportmeta.text.internal.PlainLines;
import io.github.reportmeta.text.internal.Utf8Input;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The {@code listing} format: report listing pages in the layout of a think tank's report page, as plain text or
 * as the HTML of the page; read only. See {@code docs/formats/listing.md} for the layout and the rules.
 *
 * <pre>{@code
 * try (ReportReader reader = new ListingFormat().newReader(in, ReadOptions.of("reports.listing.txt"))) {
 *     reader.forEachRemaining(report -> System.out.println(report.id()));
 * }
 * }</pre>
 */
public final class ListingFormat implements ReportFormat {

    /** The name users choose the format by. */
    public static final String NAME = "listing";

    private static final int HTML_PEEK = 1024;
    private static final Pattern SERIES_HINT = Pattern.compile("(?m)^[^,\\n]+,\\s*No\\.?\\s*\\w+");
    private static final Pattern BY_HINT = Pattern.compile("(?m)^\\s*By\\s+\\S");
    private static final Pattern ABSTRACT_HINT = Pattern.compile("(?m)^\\s*(?:Abstract|摘要)\\s*[:：]");
    private static final Pattern KEYWORDS_HINT = Pattern.compile("(?im)^\\s*(?:key\\s*words?|关键词)\\s*[:：]");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private final ListingOptions options;

    /** The format with {@link ListingOptions#DEFAULT}; the constructor {@link java.util.ServiceLoader} uses. */
    public ListingFormat() {
        this(ListingOptions.DEFAULT);
    }

    /**
     * The format with options.
     *
     * @param options how to read names, languages and ids
     */
    public ListingFormat(ListingOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * The options this format reads with.
     *
     * @return the options
     */
    public ListingOptions options() {
        return options;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "report listing pages (title, By line, series line, abstract, key words), plain text or HTML; read only";
    }

    @Override
    public String mediaType() {
        return "text/plain";
    }

    @Override
    public List<String> extensions() {
        return List.of("listing.txt", "listing.html", "listing");
    }

    @Override
    public boolean canRead() {
        return true;
    }

    @Override
    public boolean canWrite() {
        return false;
    }

    /** Scores the labels of the layout found in the first lines: a series line, a by-line, "Abstract:", "Key words:". */
    @Override
    public int sniff(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8).stripLeading();
        if (text.startsWith("{") || text.startsWith("[") || text.startsWith("<?xml")) {
            return 0;
        }
        if (text.startsWith("<")) {
            text = TAG.matcher(text).replaceAll("\n");
        }
        int score = 0;
        score += SERIES_HINT.matcher(text).find() ? 35 : 0;
        score += BY_HINT.matcher(text).find() ? 25 : 0;
        score += ABSTRACT_HINT.matcher(text).find() ? 20 : 0;
        score += KEYWORDS_HINT.matcher(text).find() ? 10 : 0;
        return Math.min(score, 90);
    }

    /** Opens a reader; the input is HTML when its first character that is not white space is {@code <}. */
    @Override
    public ReportReader newReader(InputStream in, ReadOptions options) {
        BufferedInputStream buffered = new BufferedInputStream(in, 8192);
        boolean html = looksLikeHtml(buffered, options.sourceName());
        Utf8Input input = new Utf8Input(buffered, options.sourceName());
        long maxLine = Math.min(options.maxReportBytes(), Integer.MAX_VALUE - 64);
        LineSource lines = html ? new HtmlLines(input, maxLine) : new PlainLines(input, maxLine);
        return new ListingReader(lines, html, options, this.options);
    }

    /** Refuses: listing pages are read, not written. */
    @Override
    public ReportWriter newWriter(OutputStream out, WriteOptions options) {
        throw new UnknownFormatException("the listing format can only be read; write json, xml or a digest instead");
    }

    private static boolean looksLikeHtml(BufferedInputStream in, String source) {
        try {
            in.mark(HTML_PEEK);
            byte[] head = in.readNBytes(HTML_PEEK);
            in.reset();
            int i = 0;
            if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                i = 3;
            }
            while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\n' || head[i] == '\r')) {
                i++;
            }
            return i < head.length && head[i] == '<';
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
        }
    }
}
