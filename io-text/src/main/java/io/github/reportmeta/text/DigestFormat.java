package io.github.reportmeta.text;

import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.format.spi.AbstractReportFormat;
import io.github.reportmeta.format.spi.FormatDescriptor;
import java.io.OutputStream;
import java.util.Objects;

/** What the two digest formats share: write only, never detected, options, and the writer around a renderer. */
abstract class DigestFormat extends AbstractReportFormat {

    private final DigestOptions options;

    DigestFormat(String name, String description, String mediaType, String extension, DigestOptions options) {
        super(FormatDescriptor.writeOnly(name, description, mediaType, extension));
        this.options = Objects.requireNonNull(options, "options");
    }

    /** The document this format renders. */
    abstract DigestWriter.Renderer renderer();

    /**
     * The options this format writes with.
     *
     * @return the options
     */
    public DigestOptions options() {
        return options;
    }

    @Override
    protected ReportWriter openWriter(OutputStream out, WriteOptions writeOptions) {
        return new DigestWriter(out, options, renderer(), writeOptions);
    }
}
