package io.github.reportmeta.json.internal;

import java.util.Arrays;

/**
 * The property names read so far in each object that is open, by nesting depth: how {@link ModelReader} refuses
 * a name given twice in one object without the parser's duplicate detector, which allocates a set per object.
 * Names are compared by hash first; the parser hands out one instance per distinct name, so the common case is
 * a comparison of references.
 */
final class PropertyNames {

    private String[][] names = new String[JsonSetup.MAX_DEPTH + 2][];
    private int[][] hashes = new int[JsonSetup.MAX_DEPTH + 2][];
    private int[] counts = new int[JsonSetup.MAX_DEPTH + 2];

    /**
     * Adds a name to the object at a depth.
     *
     * @param depth the object's nesting depth
     * @param index the name's position in its object, 0 for the first (which starts the object afresh)
     * @param name the name
     * @return {@code false} when the object already has the name
     */
    boolean add(int depth, int index, String name) {
        if (depth >= counts.length) {
            int size = Math.max(depth + 1, counts.length * 2);
            names = Arrays.copyOf(names, size);
            hashes = Arrays.copyOf(hashes, size);
            counts = Arrays.copyOf(counts, size);
        }
        if (names[depth] == null) {
            names[depth] = new String[16];
            hashes[depth] = new int[16];
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
