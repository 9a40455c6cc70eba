package io.github.reportmeta.json.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import tools.jackson.core.JsonGenerator;

/**
 * The strings of one report, escaped and encoded in UTF-8 exactly as {@link JsonSetup#FACTORY}'s generator writes
 * them, each checked for what the reader refuses in the same pass: {@link ReadBackTally} encodes them while it
 * checks the report, and {@link ModelWriter} hands the generator the bytes instead of the string, so that each
 * character is looked at once, not once to check it and again to write it.
 *
 * <p>The writer takes the strings in the order they were added and only while each is the very string it writes
 * ({@link #write}); any other string it writes the ordinary way, so the output never depends on the two walks
 * meeting the strings in the same order, only the speed does.
 */
public final class EncodedStrings {

    /**
     * How the generator writes each ASCII character inside a string: {@code null} when as itself and counted as
     * one byte by {@link ReadBackTally#bytes}.
     */
    private static final byte[][] ASCII = new byte[0x80][];
    /** What {@link ReadBackTally#bytes} counts for an ASCII character beyond the bytes written for it. */
    private static final int[] UNCOUNTED = new int[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            byte[] written = asWritten(c);
            int counted = c == 0 ? 0 : (int) ReadBackTally.bytes(String.valueOf(c)) - 2;
            if (written.length != 1 || written[0] != c || counted != 1) {
                ASCII[c] = written;
                UNCOUNTED[c] = counted - written.length;
            }
        }
    }

    private static final int INITIAL_BYTES = 8 << 10;
    private static final int KEPT_BYTES = 256 << 10;
    private static final int INITIAL_STRINGS = 128;

    private byte[] bytes = new byte[INITIAL_BYTES];
    private int size;
    private String[] strings = new String[INITIAL_STRINGS];
    private int[] ends = new int[INITIAL_STRINGS];
    private int count;
    private int next;
    private int misses;

    /** Forgets every string, and a buffer grown beyond 256 KiB by a large report. */
    void clear() {
        if (bytes.length > KEPT_BYTES) {
            bytes = new byte[INITIAL_BYTES];
        }
        if (strings.length > INITIAL_STRINGS * 16) {
            strings = new String[INITIAL_STRINGS];
            ends = new int[INITIAL_STRINGS];
        } else {
            Arrays.fill(strings, 0, count, null);
        }
        size = 0;
        count = 0;
        next = 0;
    }

    /**
     * Encodes a string after the ones already added, and returns what {@link ReadBackTally#bytes} returns for it:
     * an upper bound of its bytes as written, or -1 when the reader refuses it (then it is not added).
     *
     * @param text the string
     * @return the bound, or -1
     */
    long add(String text) {
        int length = text.length();
        if (length > JsonSetup.MAX_STRING_LENGTH) {
            return -1;
        }
        ensure(6L * length);
        byte[] b = bytes;
        int p = size;
        long uncounted = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                byte[] escaped = ASCII[c];
                if (escaped == null) {
                    b[p++] = (byte) c;
                } else if (c == 0) {
                    return -1;
                } else {
                    System.arraycopy(escaped, 0, b, p, escaped.length);
                    p += escaped.length;
                    uncounted += UNCOUNTED[c];
                }
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | (c >> 6));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (!Character.isSurrogate(c)) {
                b[p++] = (byte) (0xE0 | (c >> 12));
                b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                b[p++] = (byte) (0xF0 | (cp >> 18));
                b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                return -1;
            }
        }
        long bound = 2 + (p - size) + uncounted;
        if (count == strings.length) {
            strings = Arrays.copyOf(strings, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        strings[count] = text;
        ends[count++] = p;
        size = p;
        return bound;
    }

    /**
     * Writes a string value: the bytes encoded for it when it is the next string added, else the string itself.
     *
     * @param g the generator
     * @param text the string
     */
    void write(JsonGenerator g, String text) {
        int at = next;
        if (at < count && strings[at] == text) {
            int start = at == 0 ? 0 : ends[at - 1];
            g.writeRawUTF8String(bytes, start, ends[at] - start);
            next = at + 1;
        } else {
            misses++;
            g.writeString(text);
        }
    }

    /**
     * How many strings {@link #write} wrote the ordinary way since this was made.
     *
     * @return the count
     */
    int misses() {
        return misses;
    }

    private void ensure(long more) {
        long needed = size + more;
        if (needed > bytes.length) {
            if (needed > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("a report's strings take more than 2 GB encoded");
            }
            bytes = Arrays.copyOf(bytes, (int) Math.max(needed, Math.min((long) bytes.length * 2, Integer.MAX_VALUE - 16)));
        }
    }

    /** Asks the codec's own generator how it writes an ASCII character in a string, so the bytes are its bytes. */
    private static byte[] asWritten(char c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16);
        try (JsonGenerator g = JsonSetup.compactGenerator(out)) {
            g.writeString(String.valueOf(c));
        }
        byte[] quoted = out.toByteArray();
        return Arrays.copyOfRange(quoted, 1, quoted.length - 1);
    }

    /**
     * The bytes added so far, for tests.
     *
     * @return the UTF-8 text of every string added, one after another
     */
    String contents() {
        return new String(bytes, 0, size, StandardCharsets.UTF_8);
    }
}
