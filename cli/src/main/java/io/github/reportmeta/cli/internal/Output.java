package io.github.reportmeta.cli.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where a command writes: standard output, or a file that appears only when the command succeeds.
 *
 * <p>A file is written to a temporary file beside it and moved into place by {@link #commit()}; {@link #abort()}
 * removes the temporary file, so that a failed run leaves nothing behind and an existing file untouched.
 */
public final class Output {

    private final @Nullable Path target;
    private final @Nullable Path temporary;
    private final OutputStream stream;

    private Output(@Nullable Path target, @Nullable Path temporary, OutputStream stream) {
        this.target = target;
        this.temporary = temporary;
        this.stream = stream;
    }

    /**
     * Opens an output.
     *
     * @param argument the path, or {@code null} or {@code -} for standard output
     * @param stdout standard output
     * @return the output
     * @throws UsageException if the file's folder cannot be written
     */
    public static Output open(@Nullable String argument, OutputStream stdout) {
        if (argument == null || argument.equals("-")) {
            return new Output(null, null, new FilterOutputStream(stdout) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            });
        }
        Path target = Path.of(argument).toAbsolutePath();
        Path folder = target.getParent();
        try {
            // Not Files.createTempFile: its file is private (0600), and the output should get the usual permissions.
            Path temporary = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
            return new Output(target, temporary, Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
        } catch (NoSuchFileException e) {
            throw new UsageException("cannot write '" + argument + "': folder " + folder + " does not exist");
        } catch (AccessDeniedException e) {
            throw new UsageException("cannot write '" + argument + "': permission denied");
        } catch (IOException e) {
            throw new UsageException("cannot write '" + argument + "': " + e.getMessage(), e);
        }
    }

    /**
     * The stream to write to; closing it does not commit.
     *
     * @return the stream
     */
    public OutputStream stream() {
        return stream;
    }

    /** Moves the written file into place; for standard output, flushes. */
    public void commit() {
        try {
            stream.close();
            if (target != null && temporary != null) {
                try {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /**
     * Throws away what was written to a file; what already went to standard output stays there.
     *
     * @param failure the failure that ends the run; a failure to clean up is added to it as suppressed
     */
    public void abort(Throwable failure) {
        try {
            stream.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }
}
