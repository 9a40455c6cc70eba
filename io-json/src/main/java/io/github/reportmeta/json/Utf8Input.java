package io.github.reportmeta.json;

import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.format.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;

/** Admits UTF-8 input only: skips a UTF-8 byte order mark and refuses UTF-16 and UTF-32, without decoding. */
final class Utf8Input {

    private Utf8Input() {}

    /**
     * The input with its UTF-8 byte order mark removed, after a look at its first four bytes.
     *
     * @param in the input
     * @param source the input's name for messages
     * @return a stream of the same bytes, less a byte order mark
     * @throws ReportParseException if the input is UTF-16 or UTF-32
     */
    public static InputStream open(InputStream in, String source) {
        byte[] head;
        try {
            head = in.readNBytes(4);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        int n = head.length;
        int skip = 0;
        if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            skip = 3;
        } else if (n >= 2 && (((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)
                || ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE))) {
            throw refuse("a UTF-16 or UTF-32 byte order mark", source);
        } else {
            for (int i = 0; i < n; i++) {
                if (head[i] == 0) {
                    throw refuse("a zero byte in the first four bytes, as in UTF-16 or UTF-32", source);
                }
            }
        }
        return new SequenceInputStream(new ByteArrayInputStream(head, skip, n - skip), in);
    }

    private static ReportParseException refuse(String found, String source) {
        return new ReportParseException(
                "input must be UTF-8 (with or without a byte order mark), but starts with " + found,
                new SourceLocation(source, 1, 1),
                "");
    }
}
