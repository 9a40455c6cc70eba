package io.github.reportmeta.text;

import io.github.reportmeta.format.Detection;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.format.spi.AbstractReportFormat;
import io.github.reportmeta.format.spi.FormatDescriptor;
import io.github.reportmeta.internal.Utf8Input;
import io.github.reportmeta.text.internal.HtmlLines;
import io.github.reportmeta.text.internal.LineSource;
import io.github.reportmeta.text.internal.PlainLines;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
public final class ListingFormat extends AbstractReportFormat {

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
        super(FormatDescriptor.readOnly(NAME,
                "report listing pages (title, By line, series line, abstract, key words), plain text or HTML; read only",
                "text/plain", "listing.txt", "listing.html", "listing"));
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

    /** Scores the labels of the layout found in the first lines: a series line, a by-line, "Abstract:", "Key words:". */
    @Override
    public Detection detect(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8).stripLeading();
        if (text.startsWith("{") || text.startsWith("[") || text.startsWith("<?xml")) {
            return Detection.NONE;
        }
        if (text.startsWith("<")) {
            text = TAG.matcher(text).replaceAll("\n");
        }
        List<String> found = new ArrayList<>();
        int score = 0;
        score += hint(SERIES_HINT, text, 35, "a series line", found);
        score += hint(BY_HINT, text, 25, "a by-line", found);
        score += hint(ABSTRACT_HINT, text, 20, "an abstract label", found);
        score += hint(KEYWORDS_HINT, text, 10, "a key words label", found);
        Detection.Strength strength = score >= 60 ? Detection.Strength.LIKELY
                : score >= 35 ? Detection.Strength.PLAUSIBLE
                : score > 0 ? Detection.Strength.WEAK
                : Detection.Strength.NONE;
        return Detection.of(strength, String.join(", ", found));
    }

    private static int hint(Pattern pattern, String text, int weight, String what, List<String> found) {
        if (!pattern.matcher(text).find()) {
            return 0;
        }
        found.add(what);
        return weight;
    }

    /** Opens a reader; the input is HTML when its first character that is not white space is {@code <}. */
    @Override
    protected ReportReader openReader(InputStream in, ReadOptions options) {
        BufferedInputStream buffered = new BufferedInputStream(in, 8192);
        boolean html = looksLikeHtml(buffered, options.sourceName());
        Utf8Input input = new Utf8Input(buffered, options.sourceName());
        long maxLine = Math.min(options.maxReportBytes(), Integer.MAX_VALUE - 64);
        LineSource lines = html ? new HtmlLines(input, maxLine) : new PlainLines(input, maxLine);
        return new ListingReader(lines, html, options, this.options);
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
