package io.github.reportmeta.format.spi;

import io.github.reportmeta.format.Detection;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.UnknownFormatException;
import io.github.reportmeta.format.WriteOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

/**
 * The base of a format: answers the descriptive methods from a {@link FormatDescriptor}, refuses to read or write
 * what the descriptor says it cannot, and checks the arguments before a subclass opens its reader or writer.
 *
 * <p>A subclass overrides {@link #openReader} if it reads, {@link #openWriter} if it writes, and {@link #detect}
 * if its documents can be recognised by their first bytes.
 */
public abstract class AbstractReportFormat implements ReportFormat {

    private final FormatDescriptor descriptor;

    /**
     * Creates the format.
     *
     * @param descriptor what the format says of itself
     */
    protected AbstractReportFormat(FormatDescriptor descriptor) {
        this.descriptor = Objects.requireNonNull(descriptor, "descriptor");
    }

    /**
     * What the format says of itself.
     *
     * @return the descriptor
     */
    public final FormatDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public final String name() {
        return descriptor.name();
    }

    @Override
    public final String description() {
        return descriptor.description();
    }

    @Override
    public final String mediaType() {
        return descriptor.mediaType();
    }

    @Override
    public final List<String> extensions() {
        return descriptor.extensions();
    }

    @Override
    public final boolean canRead() {
        return descriptor.reads();
    }

    @Override
    public final boolean canWrite() {
        return descriptor.writes();
    }

    /** No match, unless a subclass recognises its documents. */
    @Override
    public Detection detect(byte[] head) {
        return Detection.NONE;
    }

    @Override
    public final ReportReader newReader(InputStream in, ReadOptions options) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(options, "options");
        if (!canRead()) {
            UnknownFormatException refusal = new UnknownFormatException("the format " + name() + " can be written, not read");
            try {
                in.close();
            } catch (IOException e) {
                refusal.addSuppressed(e);
            }
            throw refusal;
        }
        return openReader(in, options);
    }

    @Override
    public final ReportWriter newWriter(OutputStream out, WriteOptions options) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(options, "options");
        if (!canWrite()) {
            throw new UnknownFormatException("the format " + name() + " can be read, not written");
        }
        return openWriter(out, options);
    }

    /**
     * Opens the reader of a readable format; the arguments are checked.
     *
     * @param in the input; the reader closes it
     * @param options how to read
     * @return the reader
     */
    protected ReportReader openReader(InputStream in, ReadOptions options) {
        throw new IllegalStateException("format " + name() + " is described as readable but opens no reader");
    }

    /**
     * Opens the writer of a writable format; the arguments are checked.
     *
     * @param out the output; the writer closes it
     * @param options how to treat what the format cannot hold
     * @return the writer
     */
    protected ReportWriter openWriter(OutputStream out, WriteOptions options) {
        throw new IllegalStateException("format " + name() + " is described as writable but opens no writer");
    }

    /** The form {@code json (application/json)}. */
    @Override
    public String toString() {
        return name() + " (" + mediaType() + ")";
    }
}
