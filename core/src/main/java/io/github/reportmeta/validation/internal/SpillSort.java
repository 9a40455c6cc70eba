package io.github.reportmeta.validation.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Records of a key and a payload, given one by one and handed back sorted by key, in memory of a fixed budget
 * however many there are: what does not fit is sorted in runs written to a temporary file, merged at the end.
 *
 * <p>Keys are compared as unsigned bytes; records with equal keys come back in the order they were added (the
 * sort and the merge are stable). The temporary file is made in the given directory (by default {@code
 * java.io.tmpdir}) only once the budget is exceeded, and is opened with {@link StandardOpenOption#DELETE_ON_CLOSE}:
 * it is gone after {@link #close()}, and where {@code close} is never reached the system removes it when the JVM
 * exits (on POSIX systems the name is removed as soon as the file is opened). Not thread-safe.
 */
final class SpillSort implements AutoCloseable {

    /** What receives the records, in order. */
    interface Sink {
        /**
         * Takes the next record.
         *
         * @param key its key
         * @param payload its payload
         */
        void accept(byte[] key, byte[] payload);
    }

    private static final int WRITE_BUFFER = 1 << 16;
    private static final int MIN_READ_BUFFER = 1 << 12;
    private static final int MAX_READ_BUFFER = 1 << 16;

    private final int budget;
    private final @Nullable Path directory;
    private byte[] data = new byte[1 << 12];
    private int used;
    private int[] offsets = new int[1 << 8];
    private int count;
    private @Nullable FileChannel file;
    private long fileSize;
    /** The start and end of each run in the file. */
    private final List<long[]> runs = new ArrayList<>();
    private boolean closed;

    /**
     * An empty sort.
     *
     * @param budget the bytes of records (and 4 more each) to hold before a run is written, at least 1
     * @param directory where the temporary file goes, or null for {@code java.io.tmpdir}
     */
    SpillSort(int budget, @Nullable Path directory) {
        this.budget = budget;
        this.directory = directory;
    }

    /**
     * Adds a record.
     *
     * @param key its key
     * @param payload its payload
     * @throws UncheckedIOException when a run cannot be written
     */
    void add(byte[] key, byte[] payload) {
        int need = 10 + key.length + payload.length;
        if (count > 0 && (long) used + need + 4L * (count + 1) > budget) {
            spill();
        }
        if (used + need > data.length) {
            data = Arrays.copyOf(data, Math.max(used + need, Math.min(Math.max(budget, used + need), data.length * 2)));
        }
        if (count == offsets.length) {
            offsets = Arrays.copyOf(offsets, count * 2);
        }
        offsets[count++] = used;
        used = putBytes(data, putBytes(data, used, key), payload);
    }

    /**
     * Whether records were written to the temporary file.
     *
     * @return true after the first run was written
     */
    boolean spilled() {
        return file != null;
    }

    /**
     * Hands every record to {@code sink} in order of key, then of addition, and empties the sort.
     *
     * @param sink what takes them
     * @throws UncheckedIOException when the runs cannot be read
     */
    void drain(Sink sink) {
        if (file == null) {
            sortBuffer();
            for (int i = 0; i < count; i++) {
                long key = lengthAt(data, offsets[i]);
                int keyStart = (int) (key >>> 32);
                int keyEnd = keyStart + (int) key;
                long payload = lengthAt(data, keyEnd);
                int payloadStart = (int) (payload >>> 32);
                sink.accept(Arrays.copyOfRange(data, keyStart, keyEnd),
                        Arrays.copyOfRange(data, payloadStart, payloadStart + (int) payload));
            }
            count = 0;
            used = 0;
            return;
        }
        if (count > 0) {
            spill();
        }
        data = new byte[0];
        offsets = new int[0];
        merge(sink);
        runs.clear();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        data = new byte[0];
        offsets = new int[0];
        if (file != null) {
            try {
                file.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove the temporary file of ids: " + e.getMessage(), e);
            }
        }
    }

    private void spill() {
        sortBuffer();
        try {
            FileChannel channel = file;
            if (channel == null) {
                channel = open();
                file = channel;
            }
            ByteBuffer out = ByteBuffer.allocate(WRITE_BUFFER);
            long start = fileSize;
            for (int i = 0; i < count; i++) {
                int from = offsets[i];
                int end = recordEnd(from);
                for (int at = from; at < end; ) {
                    int n = Math.min(out.remaining(), end - at);
                    out.put(data, at, n);
                    at += n;
                    if (!out.hasRemaining()) {
                        flush(channel, out);
                    }
                }
            }
            flush(channel, out);
            runs.add(new long[] {start, fileSize});
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the temporary file of ids: " + e.getMessage(), e);
        }
        count = 0;
        used = 0;
    }

    private FileChannel open() throws IOException {
        Path path = directory == null
                ? Files.createTempFile("reportmeta-ids-", ".tmp")
                : Files.createTempFile(directory, "reportmeta-ids-", ".tmp");
        try {
            return FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(path);
            throw e;
        }
    }

    private void flush(FileChannel channel, ByteBuffer out) throws IOException {
        out.flip();
        while (out.hasRemaining()) {
            fileSize += channel.write(out, fileSize);
        }
        out.clear();
    }

    private void merge(Sink sink) {
        FileChannel channel = file;
        if (channel == null) {
            return;
        }
        int buffer = Math.max(MIN_READ_BUFFER, Math.min(MAX_READ_BUFFER, budget / Math.max(1, runs.size())));
        List<RunReader> readers = new ArrayList<>();
        try {
            for (long[] run : runs) {
                RunReader reader = new RunReader(channel, run[0], run[1], buffer);
                if (reader.advance()) {
                    readers.add(reader);
                }
            }
            // a heap of the readers, ordered by their current key and then by run, which keeps the merge stable
            RunReader[] heap = readers.toArray(new RunReader[0]);
            int size = heap.length;
            for (int i = size / 2 - 1; i >= 0; i--) {
                siftDown(heap, i, size);
            }
            while (size > 0) {
                RunReader top = heap[0];
                sink.accept(top.key, top.payload);
                if (!top.advance()) {
                    heap[0] = heap[--size];
                }
                siftDown(heap, 0, size);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the temporary file of ids: " + e.getMessage(), e);
        }
    }

    private static void siftDown(RunReader[] heap, int from, int size) {
        int at = from;
        while (true) {
            int least = at;
            int left = 2 * at + 1;
            int right = left + 1;
            if (left < size && before(heap[left], heap[least])) {
                least = left;
            }
            if (right < size && before(heap[right], heap[least])) {
                least = right;
            }
            if (least == at) {
                return;
            }
            RunReader swap = heap[at];
            heap[at] = heap[least];
            heap[least] = swap;
            at = least;
        }
    }

    private static boolean before(RunReader a, RunReader b) {
        int c = Arrays.compareUnsigned(a.key, b.key);
        return c < 0 || (c == 0 && a.start < b.start);
    }

    /** Sorts the offsets of the records in memory by key, stably (a merge sort). */
    private void sortBuffer() {
        int[] from = Arrays.copyOf(offsets, count);
        int[] to = new int[count];
        for (int width = 1; width < count; width *= 2) {
            for (int lo = 0; lo < count; lo += 2 * width) {
                int mid = Math.min(lo + width, count);
                int hi = Math.min(lo + 2 * width, count);
                int i = lo;
                int j = mid;
                for (int k = lo; k < hi; k++) {
                    to[k] = i < mid && (j >= hi || compareKeys(from[i], from[j]) <= 0) ? from[i++] : from[j++];
                }
            }
            int[] swap = from;
            from = to;
            to = swap;
        }
        System.arraycopy(from, 0, offsets, 0, count);
    }

    private int compareKeys(int a, int b) {
        long ka = lengthAt(data, a);
        long kb = lengthAt(data, b);
        int sa = (int) (ka >>> 32);
        int sb = (int) (kb >>> 32);
        return Arrays.compareUnsigned(data, sa, sa + (int) ka, data, sb, sb + (int) kb);
    }

    /** The offset after the record at an offset of the buffer: after its key's bytes and its payload's. */
    private int recordEnd(int from) {
        long key = lengthAt(data, from);
        long payload = lengthAt(data, (int) (key >>> 32) + (int) key);
        return (int) (payload >>> 32) + (int) payload;
    }

    /** Writes the length of the bytes and the bytes at an offset; the offset after them. */
    private static int putBytes(byte[] into, int from, byte[] bytes) {
        int at = from;
        for (int length = bytes.length; ; length >>>= 7) {
            if (length < 0x80) {
                into[at++] = (byte) length;
                break;
            }
            into[at++] = (byte) (0x80 | (length & 0x7F));
        }
        System.arraycopy(bytes, 0, into, at, bytes.length);
        return at + bytes.length;
    }

    /** The start of the bytes after the length at an offset, and their length: {@code (start << 32) | length}. */
    private static long lengthAt(byte[] bytes, int from) {
        int at = from;
        int length = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = bytes[at++];
            length |= (b & 0x7F) << shift;
            if (b >= 0) {
                break;
            }
        }
        return ((long) at << 32) | length;
    }

    /** Reads one run of the file through a buffer of its own. */
    private static final class RunReader {
        final long start;
        private final FileChannel channel;
        private final long end;
        private long position;
        private final ByteBuffer buffer;
        byte[] key = new byte[0];
        byte[] payload = new byte[0];

        RunReader(FileChannel channel, long start, long end, int size) {
            this.channel = channel;
            this.start = start;
            this.end = end;
            this.position = start;
            this.buffer = ByteBuffer.allocate(size);
            buffer.limit(0);
        }

        /** Reads the next record; false at the end of the run. */
        boolean advance() throws IOException {
            if (!buffer.hasRemaining() && position == end) {
                return false;
            }
            key = readBytes();
            payload = readBytes();
            return true;
        }

        private byte[] readBytes() throws IOException {
            int length = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = readByte();
                length |= (b & 0x7F) << shift;
                if (b >= 0) {
                    break;
                }
            }
            byte[] bytes = new byte[length];
            for (int at = 0; at < length; ) {
                if (!buffer.hasRemaining()) {
                    fill();
                }
                int n = Math.min(buffer.remaining(), length - at);
                buffer.get(bytes, at, n);
                at += n;
            }
            return bytes;
        }

        private byte readByte() throws IOException {
            if (!buffer.hasRemaining()) {
                fill();
            }
            return buffer.get();
        }

        private void fill() throws IOException {
            buffer.clear();
            buffer.limit((int) Math.min(buffer.capacity(), end - position));
            if (!buffer.hasRemaining()) {
                throw new IOException("a run of the temporary file ends inside a record");
            }
            while (buffer.hasRemaining()) {
                int n = channel.read(buffer, position);
                if (n < 0) {
                    throw new IOException("the temporary file is shorter than was written");
                }
                position += n;
            }
            buffer.flip();
        }
    }
}
