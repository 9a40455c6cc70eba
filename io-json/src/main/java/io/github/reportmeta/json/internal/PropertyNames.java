package io.github.reportmeta.json.internal;

import java.util.Arrays;

/**
 * The property names read so far in each object that is open, by nesting depth: how {@link ModelReader} refuses
 * a name given twice in one object without the parser's duplicate detector, which allocates a set per object.
 * A name of the object's own name table is a bit at its position in the table; any other name is kept and
 * compared by hash first (the parser hands out one instance per distinct name, so the common case is a
 * comparison of references). Both start afresh at an object's first name.
 */
final class PropertyNames {

    private String[][] names = new String[JsonSetup.MAX_DEPTH + 2][];
    private int[][] hashes = new int[JsonSetup.MAX_DEPTH + 2][];
    private int[] counts = new int[JsonSetup.MAX_DEPTH + 2];
    private long[] known = new long[JsonSetup.MAX_DEPTH + 2];

    /**
     * Adds a name of the object's name table, by its position in the table.
     *
     * @param depth the object's nesting depth
     * @param index the name's position in its object, 0 for the first (which starts the object afresh)
     * @param position the name's position in the table, below 64
     * @return {@code false} when the object already has the name
     */
    boolean addKnown(int depth, int index, int position) {
        if (depth >= counts.length) {
            grow(depth);
        }
        long bit = 1L << position;
        if (index == 0) {
            counts[depth] = 0;
            known[depth] = bit;
            return true;
        }
        long seen = known[depth];
        known[depth] = seen | bit;
        return (seen & bit) == 0;
    }

    private void grow(int depth) {
        int size = Math.max(depth + 1, counts.length * 2);
        names = Arrays.copyOf(names, size);
        hashes = Arrays.copyOf(hashes, size);
        counts = Arrays.copyOf(counts, size);
        known = Arrays.copyOf(known, size);
    }

    /**
     * Adds a name outside the object's name table, or of an object read without one.
     *
     * @param depth the object's nesting depth
     * @param index the name's position in its object, 0 for the first (which starts the object afresh)
     * @param name the name
     * @return {@code false} when the object already has the name
     */
    boolean add(int depth, int index, String name) {
        if (depth >= counts.length) {
            grow(depth);
        }
        if (names[depth] == null) {
            names[depth] = new String[16];
            hashes[depth] = new int[16];
        }
        if (index == 0) {
            known[depth] = 0;
        }
        int n = index == 0 ? 0 : counts[depth];
        String[] known = names[depth];
        int[] knownHashes = hashes[depth];
        int hash = name.hashCode();
        for (int i = 0; i < n; i++) {
            if (knownHashes[i] == hash && (known[i] == name || known[i].equals(name))) {
                return false;
            }
        }
        if (n == known.length) {
            names[depth] = known = Arrays.copyOf(known, n * 2);
            hashes[depth] = knownHashes = Arrays.copyOf(knownHashes, n * 2);
        }
        known[n] = name;
        knownHashes[n] = hash;
        counts[depth] = n + 1;
        return true;
    }
}
