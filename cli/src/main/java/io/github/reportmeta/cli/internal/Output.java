package io.github.reportmeta.cli.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where a command writes: standard output, a file that appears only when the command succeeds, or a FIFO or
 * device written in place.
 *
 * <p>What {@code -o PATH} does depends on what is at {@code PATH}, after following symbolic links:
 * <ul>
 *   <li>a regular file, or nothing: the data goes to a hidden temporary file in the same folder, which takes the
 *       old file's permissions (and owner and group, where the process may set them) before any data goes in, and
 *       which {@link #commit()} renames over the target atomically; an existing file's hard links keep the old
 *       content, as with {@code sed -i};</li>
 *   <li>a FIFO, a character or block device, or a descriptor of this process ({@code /dev/stdout},
 *       {@code /dev/fd/N}, {@code /proc/self/fd/N}): opened for writing and written in place, never replaced;</li>
 *   <li>a folder: a usage error.</li>
 * </ul>
 *
 * <p>Every failed write throws {@link WriteException} at once and is remembered, so that a writer that wraps
 * the exception cannot hide it: {@link #abort(RuntimeException)} hands it back. While a temporary file exists, a
 * shutdown hook removes it if the JVM ends (SIGINT, SIGTERM, SIGHUP, an {@link Error}) before commit or abort.
 */
public final class Output {

    private static final String STANDARD_OUTPUT = "standard output";
    private static final int BUFFER = 1 << 16;
    private static final int MAX_LINKS = 40;
    private static final Set<PosixFilePermission> PRIVATE = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private final Guard stream;
    private final @Nullable OutputStream raw;
    private final @Nullable FileChannel channel;
    private final @Nullable Path target;
    private final @Nullable Path temporary;
    private final @Nullable Thread cleanup;
    private boolean finished;

    private Output(Guard stream, @Nullable OutputStream raw, @Nullable FileChannel channel, @Nullable Path target, @Nullable Path temporary) {
        this.stream = stream;
        this.raw = raw;
        this.channel = channel;
        this.target = target;
        this.temporary = temporary;
        if (temporary != null) {
            this.cleanup = new Thread(this::interrupted, "reportmeta: remove " + temporary.getFileName());
            Runtime.getRuntime().addShutdownHook(cleanup);
        } else {
            this.cleanup = null;
        }
    }

    /**
     * Opens an output.
     *
     * @param argument the path, or {@code null} or {@code -} for standard output
     * @param stdout standard output
     * @return the output
     * @throws UsageException if the path is a folder, or cannot be opened or created
     */
    public static Output open(@Nullable String argument, OutputStream stdout) {
        if (argument == null || argument.equals("-")) {
            return new Output(new Guard(STANDARD_OUTPUT, stdout), null, null, null, null);
        }
        String name = "'" + TerminalText.escape(argument) + "'";
        Path path;
        try {
            path = Path.of(argument).toAbsolutePath();
        } catch (InvalidPathException e) {
            throw new UsageException("cannot write " + name + ": not a path: " + TerminalText.escape(e.getReason()));
        }
        try {
            for (int links = 0; ; links++) {
                if (isDescriptor(path)) {
                    return inPlace(name, path);
                }
                if (!Files.isSymbolicLink(path)) {
                    break;
                }
                if (links == MAX_LINKS) {
                    throw new UsageException("cannot write " + name + ": more than " + MAX_LINKS + " symbolic links to follow");
                }
                path = path.resolveSibling(Files.readSymbolicLink(path));
            }
            BasicFileAttributes existing = attributes(path);
            if (existing == null) {
                return replacing(name, path, null);
            }
            if (existing.isDirectory()) {
                throw new UsageException("cannot write " + name + ": it is a folder; name a file in it");
            }
            if (!existing.isRegularFile()) {
                return inPlace(name, path);
            }
            return replacing(name, path.toRealPath(), existing);
        } catch (NoSuchFileException e) {
            throw new UsageException("cannot write " + name + ": folder " + TerminalText.escape(String.valueOf(path.getParent())) + " does not exist");
        } catch (AccessDeniedException e) {
            throw new UsageException("cannot write " + name + ": permission denied");
        } catch (IOException e) {
            throw new UsageException("cannot write " + name + ": " + TerminalText.escape(String.valueOf(e.getMessage())), e);
        }
    }

    /** Whether a path names a file descriptor of this process, which is written where it points, as a shell would. */
    private static boolean isDescriptor(Path path) {
        return path.startsWith("/proc") || path.startsWith("/dev/fd") || path.equals(Path.of("/dev/stdout")) || path.equals(Path.of("/dev/stderr"));
    }

    private static @Nullable BasicFileAttributes attributes(Path path) throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** A FIFO, a device or a descriptor: written in place; there is nothing to replace and nothing to clean up. */
    private static Output inPlace(String name, Path path) throws IOException {
        OutputStream raw = Files.newOutputStream(path, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        return new Output(new Guard(name, new BufferedOutputStream(raw, BUFFER)), raw, null, null, null);
    }

    /** A regular file, or none yet: written to a temporary file beside it that takes the old file's attributes. */
    private static Output replacing(String name, Path target, @Nullable BasicFileAttributes existing) throws IOException {
        Path temporary = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        PosixFileAttributes old = existing instanceof PosixFileAttributes posix ? posix
                : existing != null && Files.getFileStore(target).supportsFileAttributeView(PosixFileAttributeView.class)
                        ? Files.readAttributes(target, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS) : null;
        // A new file gets the usual permissions (0666 less the umask); one that replaces another starts private and
        // takes the old one's attributes before any data goes in.
        FileAttribute<?>[] create = old == null ? new FileAttribute<?>[0] : new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PRIVATE)};
        FileChannel channel = FileChannel.open(temporary, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), create);
        Output output = new Output(new Guard(name, new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER)),
                null, channel, target, temporary);
        if (old != null) {
            try {
                takeAttributes(temporary, old);
            } catch (IOException | RuntimeException e) {
                output.abort(new IllegalStateException(e));
                throw e;
            }
        }
        return output;
    }

    private static void takeAttributes(Path temporary, PosixFileAttributes old) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        // Owner and group where permitted (root may give any; others only a group they are in), as cp -p and sed -i
        // do: a refusal leaves the new file the writer's own, which is what writing a new file would give too.
        try {
            view.setOwner(old.owner());
        } catch (FileSystemException notPermitted) {
            // kept the writer's owner: see above
        }
        try {
            view.setGroup(old.group());
        } catch (FileSystemException notPermitted) {
            // kept the writer's group: see above
        }
        // After the owner, since changing the owner clears the set-user-ID and set-group-ID bits.
        view.setPermissions(old.permissions());
    }

    /**
     * The stream to write to; closing it does not commit.
     *
     * @return the stream, which throws {@link WriteException} on the first failed write and on every one after
     */
    public OutputStream stream() {
        return stream;
    }

    /**
     * Ends the output: flushes it, and moves a temporary file into place.
     *
     * @throws WriteException if a write, the flush or the move failed, or the JVM is shutting down
     */
    public void commit() {
        stream.flush();
        if (channel != null) {
            try {
                // On the disk before the rename, so that a crash leaves the old file or the whole new one.
                channel.force(true);
            } catch (IOException e) {
                throw stream.fail(e);
            }
        }
        try {
            if (channel != null) {
                channel.close();
            } else if (raw != null) {
                raw.close();
            }
        } catch (IOException e) {
            throw stream.fail(e);
        }
        synchronized (this) {
            if (finished) {
                throw new WriteException(stream.name, new IOException("the run was interrupted"));
            }
            finished = true;
            if (target != null && temporary != null && channel != null) {
                try {
                    try {
                        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    WriteException failure = new WriteException(stream.name, e);
                    deleteTemporary(failure);
                    throw failure;
                } finally {
                    removeCleanup();
                }
            }
        }
    }

    /**
     * Throws away what was written to a file (what already went to standard output, a FIFO or a device stays
     * there), without flushing anything more.
     *
     * @param failure the failure that ends the run; a failure to clean up is added to it as suppressed
     * @return the exception to end the run with: the failed write, if there was one (a writer may have wrapped it),
     *     else {@code failure}
     */
    public RuntimeException abort(RuntimeException failure) {
        RuntimeException result = stream.failure != null ? stream.failure : failure;
        if (result != failure) {
            result.addSuppressed(failure);
        }
        synchronized (this) {
            if (finished) {
                return result;
            }
            finished = true;
        }
        try {
            if (channel != null) {
                channel.close();
            } else if (raw != null) {
                raw.close();
            } else {
                stream.flushQuietly();
            }
        } catch (IOException e) {
            result.addSuppressed(e);
        }
        deleteTemporary(result);
        removeCleanup();
        return result;
    }

    /** The shutdown hook: the JVM is ending before commit or abort, so the temporary file goes. */
    private void interrupted() {
        synchronized (this) {
            if (finished) {
                return;
            }
            finished = true;
        }
        try {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            System.err.println("reportmeta: cannot remove " + TerminalText.escape(String.valueOf(temporary)) + ": "
                    + TerminalText.escape(String.valueOf(e.getMessage())));
        }
    }

    private void deleteTemporary(RuntimeException failure) {
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }

    private void removeCleanup() {
        if (cleanup != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs now and finds the output finished
            }
        }
    }

    /** The stream writers get: every failed write is a {@link WriteException}, remembered, and repeated. */
    private static final class Guard extends OutputStream {
        final String name;
        private final OutputStream out;
        @Nullable WriteException failure;

        Guard(String name, OutputStream out) {
            this.name = name;
            this.out = out;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            check();
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw fail(e);
            }
            checkPrintStream();
        }

        @Override
        public void flush() {
            check();
            try {
                out.flush();
            } catch (IOException e) {
                throw fail(e);
            }
            checkPrintStream();
        }

        /** Flushes only: a writer that closes its stream leaves the ending (commit or abort) to the output. */
        @Override
        public void close() {
            flush();
        }

        void flushQuietly() {
            if (failure == null) {
                try {
                    out.flush();
                } catch (IOException e) {
                    fail(e);
                }
            }
        }

        private void check() {
            if (failure != null) {
                throw failure;
            }
        }

        /** A {@link PrintStream} (such as {@code System.out}) keeps its errors to itself until asked. */
        private void checkPrintStream() {
            if (out instanceof PrintStream print && print.checkError()) {
                throw fail(new IOException("the stream reported an error"));
            }
        }

        WriteException fail(IOException e) {
            failure = new WriteException(name, e);
            return failure;
        }
    }
}
