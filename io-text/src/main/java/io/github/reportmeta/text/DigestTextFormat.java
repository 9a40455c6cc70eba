package io.github.reportmeta.text;

import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.UnknownFormatException;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.text.internal.DigestWriter;
import io.github.reportmeta.text.internal.TextDigest;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

/**
 * The {@code digest-text} format: the e-mail alert of a catalogue's latest reports as plain text wrapped at 72 columns,
 * newest first and grouped by series; write only. See {@code docs/formats/digest.md}.
 *
 * <p>A digest renders reports rather than converting them: it records no losses for the fields it does not
 * show, so {@link WriteOptions#LOSSLESS} does not refuse it. It keeps at most
 * {@link DigestOptions#maxReports()} reports, the newest, and writes the document when the writer is closed.
 *
 * <pre>{@code
 * Catalogue latest = catalogue.withReports(catalogue.latestSince(since));
 * new DigestTextFormat(DigestOptions.DEFAULT.withSince(since)).writeCatalogue(latest, out, WriteOptions.DEFAULT);
 * }</pre>
 */
public final class DigestTextFormat implements ReportFormat {

    /** The name users choose the format by. */
    public static final String NAME = "digest-text";

    private final DigestOptions options;

    /** The format with {@link DigestOptions#DEFAULT}; the constructor {@link java.util.ServiceLoader} uses. */
    public DigestTextFormat() {
        this(DigestOptions.DEFAULT);
    }

    /**
     * The format with options.
     *
     * @param options the layout and limits
     */
    public DigestTextFormat(DigestOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * The options this format writes with.
     *
     * @return the options
     */
    public DigestOptions options() {
        return options;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "e-mail alert of the latest reports as plain text wrapped at 72 columns, grouped by series; write only";
    }

    @Override
    public String mediaType() {
        return "text/plain";
    }

    @Override
    public List<String> extensions() {
        return List.of("digest.txt");
    }

    @Override
    public boolean canRead() {
        return false;
    }

    @Override
    public boolean canWrite() {
        return true;
    }

    /** Never claims an input: a digest is not read back. */
    @Override
    public int sniff(byte[] head) {
        return 0;
    }

    /** Refuses: a digest is written, not read. */
    @Override
    public ReportReader newReader(InputStream in, ReadOptions options) {
        throw new UnknownFormatException("the " + NAME + " format can only be written; a digest is not read back");
    }

    @Override
    public ReportWriter newWriter(OutputStream out, WriteOptions options) {
        return new DigestWriter(out, this.options, new TextDigest(), options);
    }
}
