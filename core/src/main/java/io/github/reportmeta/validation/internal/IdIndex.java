package io.github.reportmeta.validation.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The position at which each id was first seen, in about 25 bytes an id instead of the 130 a {@code HashMap} of
 * ids and boxed positions takes: a million ids fit in a 64 MiB heap beside everything else a streaming run needs.
 *
 * <p>Each id is kept exactly, as UTF-8 after its position and its length, in 64 KiB chunks of bytes that are never
 * copied; an open-addressing table of entry offsets finds it. An id can be kept under a key (its {@link
 * LookAlikeKey}): the key is what is compared, and the id as written follows it when it differs, so that a repeat
 * can name the id it repeats. Not thread-safe.
 *
 * <p>The hash of an id is seeded anew for each index and mixes every byte with a multiplication and a shift: with
 * a fixed polynomial hash such as {@link String#hashCode()}, ids built from blocks like {@code a~} and {@code b_}
 * all collide, and a catalogue of them took time quadratic in their number to check.
 */
public final class IdIndex {

    private static final int CHUNK = 1 << 16;
    private static final int MAX_HEADER = 14; // position (4), key length (1 to 5), id length (1 to 5)

    private final List<byte[]> chunks = new ArrayList<>();
    private byte[] current = new byte[0];
    private int used = CHUNK;
    private int[] slots = new int[1 << 10];
    private int size;
    private long chunkBytes;
    private String lastFound = "";
    private final long seed = ThreadLocalRandom.current().nextLong();
    private long probes;

    /** An empty index. */
    public IdIndex() {
        Arrays.fill(slots, -1);
    }

    /**
     * Records that {@code id} is at {@code position} unless it was seen before.
     *
     * @param id the id
     * @param position its position, 0 or more
     * @return the position at which the id was first seen, or -1 when it is new (and now recorded)
     */
    public int putIfAbsent(String id, int position) {
        return putIfAbsent(id, id, position);
    }

    /**
     * Records that {@code id}, compared by {@code key}, is at {@code position} unless its key was seen before.
     *
     * @param key what ids are compared by, such as the id's look-alike key
     * @param id the id as written
     * @param position its position, 0 or more
     * @return the position at which the key was first seen, or -1 when it is new (and now recorded); after a
     *     repeat, {@link #lastFound()} is the id recorded under the key
     */
    public int putIfAbsent(String key, String id, int position) {
        byte[] utf8 = key.getBytes(StandardCharsets.UTF_8);
        int mask = slots.length - 1;
        for (int slot = hash(utf8, 0, utf8.length) & mask; ; slot = (slot + 1) & mask) {
            probes++;
            int entry = slots[slot];
            if (entry < 0) {
                slots[slot] = append(position, utf8, id.equals(key) ? new byte[0] : id.getBytes(StandardCharsets.UTF_8));
                if (++size * 2 > slots.length) {
                    grow();
                }
                return -1;
            }
            if (matches(entry, utf8)) {
                byte[] chunk = chunks.get(entry / CHUNK);
                lastFound = written(chunk, entry);
                return readInt(chunk, entry % CHUNK);
            }
        }
    }

    /**
     * The id recorded under the key of the last repeat {@link #putIfAbsent(String, String, int)} found.
     *
     * @return the id as first written, or the empty string before any repeat
     */
    public String lastFound() {
        return lastFound;
    }

    /**
     * How many distinct ids were recorded.
     *
     * @return the count
     */
    public int size() {
        return size;
    }

    /**
     * The bytes the index holds in its arrays: its chunks and its table.
     *
     * @return the count
     */
    public long footprint() {
        return chunkBytes + 4L * slots.length;
    }

    /** What receives the entries of an index. */
    public interface EntryVisitor {
        /**
         * Takes one entry.
         *
         * @param key the key, as UTF-8
         * @param written the id as written, as UTF-8, or no bytes when it is the key
         * @param position the position at which the key was first seen
         */
        void visit(byte[] key, byte[] written, int position);
    }

    /**
     * Hands every entry to {@code visitor}, in no particular order.
     *
     * @param visitor what takes them
     */
    public void forEach(EntryVisitor visitor) {
        for (int entry : slots) {
            if (entry >= 0) {
                byte[] chunk = chunks.get(entry / CHUNK);
                long key = text(chunk, entry);
                int keyStart = (int) (key >>> 32);
                int keyEnd = keyStart + (int) key;
                long id = length(chunk, keyEnd);
                int idStart = (int) (id >>> 32);
                visitor.visit(Arrays.copyOfRange(chunk, keyStart, keyEnd),
                        Arrays.copyOfRange(chunk, idStart, idStart + (int) id), readInt(chunk, entry % CHUNK));
            }
        }
    }

    /**
     * How many slots {@link #putIfAbsent(String, String, int)} has looked at, the measure of its work.
     *
     * @return the count
     */
    long probes() {
        return probes;
    }

    private int hash(byte[] bytes, int from, int to) {
        long h = seed;
        for (int i = from; i < to; i++) {
            h = (h ^ (bytes[i] & 0xFF)) * 0x9E3779B97F4A7C15L;
            h ^= h >>> 29;
        }
        h ^= h >>> 32;
        h *= 0xBF58476D1CE4E5B9L;
        return (int) (h ^ (h >>> 31));
    }

    private int append(int position, byte[] utf8, byte[] written) {
        int need = MAX_HEADER + utf8.length + written.length;
        if (used + need > CHUNK) {
            // an id longer than a chunk gets a chunk of its own, and the next id a fresh one
            current = new byte[Math.max(CHUNK, need)];
            chunks.add(current);
            chunkBytes += current.length;
            used = 0;
        }
        int entry = (chunks.size() - 1) * CHUNK + used;
        writeInt(current, used, position);
        int at = writeBytes(used + 4, utf8);
        used = writeBytes(at, written);
        return entry;
    }

    /** Writes the length and the bytes at an offset of the current chunk; the offset after them. */
    private int writeBytes(int from, byte[] bytes) {
        int at = from;
        for (int length = bytes.length; ; length >>>= 7) {
            if (length < 0x80) {
                current[at++] = (byte) length;
                break;
            }
            current[at++] = (byte) (0x80 | (length & 0x7F));
        }
        System.arraycopy(bytes, 0, current, at, bytes.length);
        return at + bytes.length;
    }

    /** The id as written of an entry: the bytes after its key, or the key when none follow. */
    private String written(byte[] chunk, int entry) {
        long key = text(chunk, entry);
        int keyStart = (int) (key >>> 32);
        int keyEnd = keyStart + (int) key;
        long id = length(chunk, keyEnd);
        int idStart = (int) (id >>> 32);
        int idLength = (int) id;
        return idLength == 0
                ? new String(chunk, keyStart, keyEnd - keyStart, StandardCharsets.UTF_8)
                : new String(chunk, idStart, idLength, StandardCharsets.UTF_8);
    }

    /** The start of an entry's bytes in its chunk, and their length: {@code (start << 32) | length}. */
    private long text(byte[] chunk, int entry) {
        return length(chunk, entry % CHUNK + 4);
    }

    /** The start of the bytes after the length at an offset, and their length: {@code (start << 32) | length}. */
    private static long length(byte[] chunk, int from) {
        int at = from;
        int length = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = chunk[at++];
            length |= (b & 0x7F) << shift;
            if (b >= 0) {
                break;
            }
        }
        return ((long) at << 32) | length;
    }

    private boolean matches(int entry, byte[] utf8) {
        byte[] chunk = chunks.get(entry / CHUNK);
        long text = text(chunk, entry);
        int start = (int) (text >>> 32);
        int length = (int) text;
        return length == utf8.length && Arrays.equals(chunk, start, start + length, utf8, 0, length);
    }

    private void grow() {
        int[] bigger = new int[slots.length * 2];
        Arrays.fill(bigger, -1);
        int mask = bigger.length - 1;
        for (int entry : slots) {
            if (entry >= 0) {
                byte[] chunk = chunks.get(entry / CHUNK);
                long text = text(chunk, entry);
                int start = (int) (text >>> 32);
                int slot = hash(chunk, start, start + (int) text) & mask;
                while (bigger[slot] >= 0) {
                    slot = (slot + 1) & mask;
                }
                bigger[slot] = entry;
            }
        }
        slots = bigger;
    }

    private static int readInt(byte[] chunk, int at) {
        return ((chunk[at] & 0xFF) << 24) | ((chunk[at + 1] & 0xFF) << 16) | ((chunk[at + 2] & 0xFF) << 8) | (chunk[at + 3] & 0xFF);
    }

    private static void writeInt(byte[] chunk, int at, int value) {
        chunk[at] = (byte) (value >>> 24);
        chunk[at + 1] = (byte) (value >>> 16);
        chunk[at + 2] = (byte) (value >>> 8);
        chunk[at + 3] = (byte) value;
    }
}
