package io.github.reportmeta.validation.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The position at which each id was first seen, in about 30 bytes an id instead of the 130 a {@code HashMap} of
 * ids and boxed positions takes: a million ids fit in a 64 MiB heap beside everything else a streaming run needs.
 *
 * <p>Each id is kept exactly, as UTF-8 in 64 KiB chunks of bytes that are never copied, with its hash and its
 * position; an open-addressing table of entry offsets finds it. Not thread-safe.
 */
public final class IdIndex {

    private static final int CHUNK = 1 << 16;
    private static final int HEADER = 12; // hash (4), position (4), length (4)

    private final List<byte[]> chunks = new ArrayList<>();
    private byte[] current = new byte[0];
    private int used = CHUNK;
    private int[] slots = new int[1 << 10];
    private int size;

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
        byte[] utf8 = id.getBytes(StandardCharsets.UTF_8);
        int hash = Arrays.hashCode(utf8);
        int mask = slots.length - 1;
        for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
            int entry = slots[slot];
            if (entry < 0) {
                slots[slot] = append(hash, position, utf8);
                if (++size * 2 > slots.length) {
                    grow();
                }
                return -1;
            }
            if (matches(entry, hash, utf8)) {
                return readInt(entry + 4);
            }
        }
    }

    /**
     * How many distinct ids were recorded.
     *
     * @return the count
     */
    public int size() {
        return size;
    }

    private static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private int append(int hash, int position, byte[] utf8) {
        int need = HEADER + utf8.length;
        if (used + need > CHUNK) {
            // an id longer than a chunk gets a chunk of its own, and the next id a fresh one
            current = new byte[Math.max(CHUNK, need)];
            chunks.add(current);
            used = 0;
        }
        int entry = (chunks.size() - 1) * CHUNK + used;
        writeInt(current, used, hash);
        writeInt(current, used + 4, position);
        writeInt(current, used + 8, utf8.length);
        System.arraycopy(utf8, 0, current, used + HEADER, utf8.length);
        used += need;
        return entry;
    }

    private boolean matches(int entry, int hash, byte[] utf8) {
        if (readInt(entry) != hash) {
            return false;
        }
        byte[] chunk = chunks.get(entry / CHUNK);
        int at = entry % CHUNK;
        int length = readInt(entry + 8);
        return Arrays.equals(chunk, at + HEADER, at + HEADER + length, utf8, 0, utf8.length);
    }

    private void grow() {
        int[] bigger = new int[slots.length * 2];
        Arrays.fill(bigger, -1);
        int mask = bigger.length - 1;
        for (int entry : slots) {
            if (entry >= 0) {
                int slot = mix(readInt(entry)) & mask;
                while (bigger[slot] >= 0) {
                    slot = (slot + 1) & mask;
                }
                bigger[slot] = entry;
            }
        }
        slots = bigger;
    }

    private int readInt(int entry) {
        byte[] chunk = chunks.get(entry / CHUNK);
        int at = entry % CHUNK;
        return ((chunk[at] & 0xFF) << 24) | ((chunk[at + 1] & 0xFF) << 16) | ((chunk[at + 2] & 0xFF) << 8) | (chunk[at + 3] & 0xFF);
    }

    private static void writeInt(byte[] chunk, int at, int value) {
        chunk[at] = (byte) (value >>> 24);
        chunk[at + 1] = (byte) (value >>> 16);
        chunk[at + 2] = (byte) (value >>> 8);
        chunk[at + 3] = (byte) value;
    }
}
