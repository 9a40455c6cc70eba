package io.github.reportmeta.text;

import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.UnknownFormatException;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.text.internal.DigestWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

/** What the two digest formats share: write only, never sniffed, options, and the writer around a renderer. */
abstract class DigestFormat implements ReportFormat {

    private final String name;
    private final String description;
    private final String mediaType;
    private final String extension;
    private final DigestOptions options;

    DigestFormat(String name, String description, String mediaType, String extension, DigestOptions options) {
        this.name = name;
        this.description = description;
        this.mediaType = mediaType;
        this.extension = extension;
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
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public String mediaType() {
        return mediaType;
    }

    @Override
    public List<String> extensions() {
        return List.of(extension);
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
    public ReportReader newReader(InputStream in, ReadOptions readOptions) {
        throw new UnknownFormatException("the " + name + " format can only be written; a digest is not read back");
    }

    @Override
    public ReportWriter newWriter(OutputStream out, WriteOptions writeOptions) {
        return new DigestWriter(out, options, renderer(), writeOptions);
    }
}
