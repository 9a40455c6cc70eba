package io.github.reportmeta.cli.internal;

import io.github.reportmeta.format.FormatRegistry;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.format.UnknownFormatException;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * An input named on the command line, a file or {@code -} for standard input, opened with its format.
 *
 * @param name the name used in messages: the path as given, or {@code <stdin>}
 * @param format the format it is read in
 * @param stream the bytes, positioned at the start
 */
public record Input(String name, ReportFormat format, InputStream stream) {

    /** The name standard input has in messages. */
    public static final String STDIN = "<stdin>";

    /**
     * Opens an input and finds its format: the one named, or the one its content and extension point to.
     *
     * @param argument the path, or {@code -} for standard input
     * @param from the format's name, or {@code null} to detect it
     * @param registry the formats
     * @param stdin standard input
     * @return the opened input
     * @throws UsageException if the file cannot be opened or the format is unknown or cannot be read
     */
    public static Input open(String argument, @Nullable String from, FormatRegistry registry, InputStream stdin) {
        boolean isStdin = argument.equals("-");
        String name = isStdin ? STDIN : argument;
        InputStream raw;
        if (isStdin && stdin instanceof Closed) {
            throw new UsageException("cannot read standard input ('-'): it was closed when the command started");
        }
        if (isStdin) {
            raw = new FilterInputStream(stdin) {
                @Override
                public void close() {
                    // standard input belongs to the process, not to the reader
                }
            };
        } else {
            try {
                raw = Files.newInputStream(Path.of(argument));
            } catch (NoSuchFileException e) {
                throw new UsageException("cannot open '" + argument + "': no such file");
            } catch (IOException e) {
                throw new UsageException("cannot open '" + argument + "': " + e.getMessage(), e);
            }
        }
        BufferedInputStream buffered = new BufferedInputStream(raw, FormatRegistry.SNIFF_BYTES * 2);
        try {
            ReportFormat format = from != null ? registry.expect(from) : detect(registry, isStdin ? "" : argument, buffered);
            if (!format.canRead()) {
                throw new UsageException("format '" + format.name() + "' can only be written, not read");
            }
            return new Input(name, format, buffered);
        } catch (RuntimeException e) {
            close(buffered);
            throw e;
        }
    }

    private static ReportFormat detect(FormatRegistry registry, String fileName, BufferedInputStream in) {
        try {
            return registry.detect(fileName, head(in));
        } catch (UnknownFormatException e) {
            throw new UnknownFormatException(e.getMessage() + "; name it with --from");
        }
    }

    /**
     * Standard input when the process started without one ({@code <&-}): reading {@code -} from it is a usage error,
     * rather than reading whatever file the runtime opened as descriptor 0 since.
     *
     * @return a stream that {@link #open} refuses to read
     */
    public static InputStream closedStandardInput() {
        return new Closed();
    }

    /**
     * Opens a streaming reader of this input.
     *
     * @param options how to read; the source name is set to this input's name
     * @return the reader, which closes the input
     */
    public ReportReader reader(ReadOptions options) {
        return format.newReader(stream, new ReadOptions(name, options.lenient(), options.maxReportBytes(), options.listener()));
    }

    private static byte[] head(BufferedInputStream in) {
        try {
            in.mark(FormatRegistry.SNIFF_BYTES);
            byte[] head = in.readNBytes(FormatRegistry.SNIFF_BYTES);
            in.reset();
            return head;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stand-in for a closed standard input. */
    private static final class Closed extends InputStream {
        @Override
        public int read() throws IOException {
            throw new IOException("standard input is closed");
        }
    }
}
