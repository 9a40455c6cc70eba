package io.github.reportmeta.validation.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Finds every id of a stream that repeats an earlier one, exactly, in memory of a fixed budget however long the
 * stream is.
 *
 * <p>While the ids fit the budget they are kept in an {@link IdIndex} and a repeat is found as it is given. Once
 * they do not, the index is written out and every later id goes to a {@link SpillSort} keyed by the id's key:
 * sorted runs in a temporary file, merged by {@link #finish(Repeats)}. Ids given after that point are never
 * reported as they are given; {@code finish} reports their repeats, in order of position, each with the first
 * position of its key and the id written there. Nothing is reported twice, and nothing is a fingerprint: keys
 * are compared whole, so there are no false repeats.
 *
 * <p>Memory: the index up to the budget, then a sort buffer of the budget (both for a moment, when the first is
 * written out), and at the merge a read buffer a run of between 4 and 64 KiB. Not thread-safe.
 */
public final class DuplicateIds implements AutoCloseable {

    /** The default budget: 4 MiB, about 160,000 short ids in memory. */
    public static final int DEFAULT_BUDGET = 4 << 20;

    /** What receives the repeats {@link #finish(Repeats)} finds. */
    public interface Repeats {
        /**
         * Takes one repeat.
         *
         * @param position the position of the repeat
         * @param tag the bytes given with it
         * @param id the id as written at {@code position}
         * @param first the first position of its key
         * @param other the id as written at {@code first}
         */
        void repeat(int position, byte[] tag, String id, int first, String other);
    }

    private static final byte[] NONE = new byte[0];

    private final int budget;
    private final @Nullable Path directory;
    private @Nullable IdIndex index = new IdIndex();
    private @Nullable SpillSort byKey;
    private @Nullable SpillSort byPosition;
    private String lastFound = "";

    /**
     * Ids in the default budget, spilled to {@code java.io.tmpdir}.
     */
    public DuplicateIds() {
        this(DEFAULT_BUDGET, null);
    }

    /**
     * Ids in a budget.
     *
     * @param budget the bytes of ids to hold in memory, at least 1
     * @param directory where the temporary file goes, or null for {@code java.io.tmpdir}
     */
    public DuplicateIds(int budget, @Nullable Path directory) {
        if (budget < 1) {
            throw new IllegalArgumentException("budget must be 1 or more, but was " + budget);
        }
        this.budget = budget;
        this.directory = directory;
    }

    /**
     * Records {@code id}, compared by {@code key}, at {@code position}.
     *
     * @param key what ids are compared by, such as the id's look-alike key
     * @param id the id as written
     * @param position its position, 0 or more, greater than every earlier one
     * @param tag bytes to give back with a repeat found at the end, such as where the id was read
     * @return the position at which the key was first seen, when that is known now; -1 when the id is new or when
     *     whether it repeats is known only at {@link #finish(Repeats)}; after a repeat, {@link #lastFound()} is the
     *     id recorded under the key
     * @throws java.io.UncheckedIOException when the temporary file cannot be written
     */
    public int putIfAbsent(String key, String id, int position, byte[] tag) {
        IdIndex ids = index;
        if (ids != null) {
            int earlier = ids.putIfAbsent(key, id, position);
            if (earlier >= 0) {
                lastFound = ids.lastFound();
                return earlier;
            }
            if (ids.footprint() > budget) {
                SpillSort sort = new SpillSort(budget, directory);
                byKey = sort;
                index = null;
                ids.forEach((k, written, at) -> sort.add(k, record(at, NONE, written)));
            }
            return -1;
        }
        SpillSort sort = sortByKey();
        sort.add(key.getBytes(StandardCharsets.UTF_8),
                record(position, tag, id.equals(key) ? NONE : id.getBytes(StandardCharsets.UTF_8)));
        return -1;
    }

    /**
     * The id recorded under the key of the last repeat {@link #putIfAbsent} found.
     *
     * @return the id as first written, or the empty string before any repeat
     */
    public String lastFound() {
        return lastFound;
    }

    /**
     * Whether the ids outgrew the budget, so that repeats after that point are found only by {@link #finish}.
     *
     * @return true once ids went to the temporary file
     */
    public boolean spilled() {
        return index == null;
    }

    /**
     * Hands every repeat that {@link #putIfAbsent} could not report to {@code repeats}, in order of position.
     * Call it once, after the last id; nothing when the ids fit the budget.
     *
     * @param repeats what takes them
     * @throws java.io.UncheckedIOException when the temporary file cannot be written or read
     */
    public void finish(Repeats repeats) {
        SpillSort sort = byKey;
        if (sort == null) {
            return;
        }
        byKey = null;
        SpillSort found = new SpillSort(budget, directory);
        byPosition = found;
        try (sort) {
            sort.drain(new SpillSort.Sink() {
                private byte[] key = NONE;
                private int first = -1;
                private byte[] other = NONE;

                @Override
                public void accept(byte[] k, byte[] payload) {
                    ByteBuffer record = ByteBuffer.wrap(payload);
                    int position = record.getInt();
                    byte[] tag = bytes(record);
                    byte[] written = Arrays.copyOfRange(payload, record.position(), payload.length);
                    byte[] id = written.length == 0 ? k : written;
                    if (first < 0 || !Arrays.equals(k, key)) {
                        key = k;
                        first = position;
                        other = id;
                        return;
                    }
                    ByteBuffer repeat = ByteBuffer.allocate(4 + 4 + tag.length + 4 + id.length + 4 + other.length);
                    repeat.putInt(first).putInt(tag.length).put(tag).putInt(id.length).put(id).putInt(other.length).put(other);
                    found.add(ByteBuffer.allocate(4).putInt(position).array(), repeat.array());
                }
            });
        }
        try (found) {
            found.drain((k, payload) -> {
                ByteBuffer record = ByteBuffer.wrap(payload);
                int first = record.getInt();
                byte[] tag = bytes(record);
                String id = new String(bytes(record), StandardCharsets.UTF_8);
                String other = new String(bytes(record), StandardCharsets.UTF_8);
                repeats.repeat(ByteBuffer.wrap(k).getInt(), tag, id, first, other);
            });
        } finally {
            byPosition = null;
        }
    }

    /** Removes the temporary files, if any; the ids are of no more use. */
    @Override
    public void close() {
        index = null;
        SpillSort a = byKey;
        SpillSort b = byPosition;
        byKey = null;
        byPosition = null;
        try {
            if (a != null) {
                a.close();
            }
        } finally {
            if (b != null) {
                b.close();
            }
        }
    }

    private SpillSort sortByKey() {
        SpillSort sort = byKey;
        if (sort == null) {
            throw new IllegalStateException("the ids were finished or closed");
        }
        return sort;
    }

    private static byte[] record(int position, byte[] tag, byte[] written) {
        return ByteBuffer.allocate(8 + tag.length + written.length)
                .putInt(position).putInt(tag.length).put(tag).put(written).array();
    }

    private static byte[] bytes(ByteBuffer record) {
        byte[] bytes = new byte[record.getInt()];
        record.get(bytes);
        return bytes;
    }
}
