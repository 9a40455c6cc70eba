package io.github.reportmeta.xml.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The last bytes given to the parser, at least {@link #SPAN} of them, with the line and column where they start, so
 * that after the parser has reported an encoding failure (only by buffer offset) the first byte that is not UTF-8
 * can be found and located. Keeping the bytes costs a copy of each buffer; they are looked at only after a failure.
 */
final class Utf8Window {

    /**
     * The fewest bytes kept before the latest read: far more than the parser decodes ahead of its failure (its byte
     * buffer holds about 4,000), so the invalid byte and the lead byte of its character are always kept.
     */
    static final int SPAN = 16 * 1024;

    private byte[] older = new byte[SPAN];
    private int olderLength;
    private long olderLine = 1;
    private long olderColumn = 1;
    private byte[] newer = new byte[SPAN];
    private int newerLength;
    private long newerLine = 1;
    private long newerColumn = 1;

    /**
     * Keeps a buffer of bytes just read.
     *
     * @param bytes the buffer
     * @param offset where the bytes start
     * @param length how many bytes were read
     * @param line the line of the first byte
     * @param column the column of the first byte, counted as characters of UTF-8
     */
    void add(byte[] bytes, int offset, int length, long line, long column) {
        if (length <= 0) {
            return;
        }
        if (newerLength >= SPAN) {
            byte[] recycled = older;
            older = newer;
            olderLength = newerLength;
            olderLine = newerLine;
            olderColumn = newerColumn;
            newer = recycled;
            newerLength = 0;
        }
        if (newerLength == 0) {
            newerLine = line;
            newerColumn = column;
        }
        if (newerLength + length > newer.length) {
            newer = Arrays.copyOf(newer, Math.max(newer.length * 2, newerLength + length));
        }
        System.arraycopy(bytes, offset, newer, newerLength, length);
        newerLength += length;
    }

    /**
     * The line and column of the first byte kept that is not UTF-8 (RFC 3629: overlong forms, encoded surrogates
     * and code points above U+10FFFF are not), or {@code null} when there is none. A character cut off by the end of
     * the bytes read so far is not invalid; continuation bytes at the very start of the window belong to a character
     * that started before it and are passed over.
     *
     * @return {@code {line, column}}, or {@code null}
     */
    long @Nullable [] firstInvalid() {
        Scan scan = olderLength > 0 ? new Scan(olderLine, olderColumn) : new Scan(newerLine, newerColumn);
        int skip = 3;
        byte[] first = olderLength > 0 ? older : newer;
        int firstLength = olderLength > 0 ? olderLength : newerLength;
        int from = 0;
        while (skip > 0 && from < firstLength && (first[from] & 0xC0) == 0x80) {
            from++;
            skip--;
        }
        if (scan.run(first, from, firstLength) || (olderLength > 0 && scan.run(newer, 0, newerLength))) {
            return new long[] {scan.line, scan.column};
        }
        return null;
    }

    /** A UTF-8 check that counts lines and columns as it goes. */
    private static final class Scan {
        private long line;
        private long column;
        private int pending;
        // The range of the next continuation byte: narrower than 80..BF right after E0, ED, F0 and F4, so that
        // overlong forms, encoded surrogates and code points above U+10FFFF count as invalid (RFC 3629, section 4).
        private int low = 0x80;
        private int high = 0xBF;

        Scan(long line, long column) {
            this.line = line;
            this.column = column;
        }

        /** Whether an invalid byte is in the range; then {@link #line} and {@link #column} are its place. */
        boolean run(byte[] bytes, int from, int to) {
            for (int i = from; i < to; i++) {
                if (!see(bytes[i] & 0xFF)) {
                    return true;
                }
            }
            return false;
        }

        private boolean see(int b) {
            if (pending > 0) {
                if (b < low || b > high) {
                    return false;
                }
                low = 0x80;
                high = 0xBF;
                pending--;
                return true;
            }
            if (b < 0x80) {
                if (b == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
                return true;
            }
            if (b >= 0xC2 && b <= 0xDF) {
                pending = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                pending = 2;
                low = b == 0xE0 ? 0xA0 : 0x80;
                high = b == 0xED ? 0x9F : 0xBF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                pending = 3;
                low = b == 0xF0 ? 0x90 : 0x80;
                high = b == 0xF4 ? 0x8F : 0xBF;
            } else {
                return false;
            }
            column++;
            return true;
        }
    }
}
