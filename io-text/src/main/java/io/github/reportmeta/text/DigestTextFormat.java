package io.github.reportmeta.text;

import io.github.reportmeta.format.WriteOptions;

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
public final class DigestTextFormat extends DigestFormat {

    /** The name users choose the format by. */
    public static final String NAME = "digest-text";

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
        super(NAME, "e-mail alert of the latest reports as plain text wrapped at 72 columns, grouped by series; write only", "text/plain", "digest.txt", options);
    }

    @Override
    DigestWriter.Renderer renderer() {
        return new TextDigest();
    }
}
