package io.github.reportmeta.internal;

import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.format.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The one UTF-8 decoder of the codecs: characters decoded from strict UTF-8, one at a time, with the line and
 * column of each; malformed bytes and characters that no text file holds (C0 controls other than tab and line ends)
 * fail with their position. {@link #withoutByteOrderMark} is the check for codecs whose parser decodes by itself.
 */
public final class Utf8Input implements AutoCloseable {

    private static final int BUFFER = 8192;

    private final InputStream in;
    private final String source;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
    private final CharBuffer chars = CharBuffer.allocate(BUFFER);
    private boolean eof;
    private boolean done;
    private @Nullable CoderResult pendingError;
    private long bytesDecoded;

    private long nextLine = 1;
    private long nextColumn = 1;
    private long line = 1;
    private long column;
    private boolean afterCarriageReturn;
    private boolean first = true;

    /**
     * Decodes an input.
     *
     * @param in the bytes; closed by {@link #close()}
     * @param source the input's name in messages
     */
    public Utf8Input(InputStream in, String source) {
        this.in = in;
        this.source = source;
        chars.flip();
    }

    /**
     * The next character, skipping a byte order mark at the very start.
     *
     * @return the character, or -1 at the end of the input
     * @throws ReportParseException for malformed UTF-8 or a control character
     */
    public int read() {
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        char c = chars.get();
        if (first) {
            first = false;
            if (c == '\uFEFF') {
                return read();
            }
        }
        if (c == '\n' && afterCarriageReturn) {
            afterCarriageReturn = false;
            return c;
        }
        line = nextLine;
        column = nextColumn;
        afterCarriageReturn = c == '\r';
        if (c == '\n' || c == '\r') {
            nextLine++;
            nextColumn = 1;
        } else if (!Character.isLowSurrogate(c)) {
            nextColumn++;
        } else {
            column--;
        }
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || c == 0xFFFE || c == 0xFFFF) {
            throw new ReportParseException(String.format(
                    "control character U+%04X: the input looks binary; it must be UTF-8 text", (int) c),
                    location(), "");
        }
        return c;
    }

    /**
     * Where the last character read is: its line and column, both from 1, the column counted in code points.
     *
     * @return the location
     */
    public SourceLocation location() {
        return new SourceLocation(source, line, Math.max(column, 1));
    }

    /**
     * The line of the last character read.
     *
     * @return the line, from 1
     */
    public long line() {
        return line;
    }

    /**
     * The name of the input in messages.
     *
     * @return the source name
     */
    public String source() {
        return source;
    }

    private boolean fill() {
        if (pendingError != null) {
            throw malformed(pendingError);
        }
        chars.clear();
        while (chars.position() == 0 && !done) {
            if (!eof && bytes.hasRemaining()) {
                int n = readBytes();
                if (n < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
            }
            bytes.flip();
            CoderResult result = decoder.decode(bytes, chars, eof);
            bytesDecoded += bytes.position();
            bytes.compact();
            if (result.isError()) {
                pendingError = result;
                if (chars.position() == 0) {
                    throw malformed(result);
                }
                break;
            }
            if (result.isUnderflow() && eof) {
                decoder.flush(chars);
                done = true;
            }
        }
        chars.flip();
        return chars.hasRemaining();
    }

    private int readBytes() {
        try {
            return in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
        }
    }

    private ReportParseException malformed(CoderResult result) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < result.length() && i < bytes.position(); i++) {
            hex.append(hex.length() == 0 ? "" : " ").append(String.format("0x%02X", bytes.get(i) & 0xFF));
        }
        String what = hex.length() == 0 ? "a truncated character at the end" : "bytes " + hex;
        return new ReportParseException(
                "invalid UTF-8 at byte offset " + bytesDecoded + ": " + what
                        + " cannot start or continue a character; the input must be UTF-8 text",
                new SourceLocation(source, nextLine, nextColumn), "");
    }

    /** Closes the input; an I/O failure is an {@link UncheckedIOException}. */
    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + source + ": " + e.getMessage(), e);
        }
    }

    /**
     * The input with its UTF-8 byte order mark removed, after a look at its first four bytes.
     *
     * @param in the input
     * @param source the input's name for messages
     * @return a stream of the same bytes, less a byte order mark
     * @throws ReportParseException if the input is UTF-16 or UTF-32, or starts with two byte order marks
     */
    public static InputStream withoutByteOrderMark(InputStream in, String source) {
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
            throw refuseEncoding("a UTF-16 or UTF-32 byte order mark", source);
        } else {
            for (int i = 0; i < n; i++) {
                if (head[i] == 0) {
                    throw refuseEncoding("a zero byte in the first four bytes, as in UTF-16 or UTF-32", source);
                }
            }
        }
        if (skip == 3 && n == 4 && (head[3] & 0xFF) == 0xEF) {
            byte[] more;
            try {
                more = in.readNBytes(2);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + source, e);
            }
            if (more.length == 2 && (more[0] & 0xFF) == 0xBB && (more[1] & 0xFF) == 0xBF) {
                // A second mark is no character of the document; a parser would take it as one or drop it.
                throw new ReportParseException("input may start with one byte order mark, but starts with two",
                        new SourceLocation(source, 1, 1), "");
            }
            return new SequenceInputStream(new SequenceInputStream(new ByteArrayInputStream(head, 3, 1),
                    new ByteArrayInputStream(more)), in);
        }
        return new SequenceInputStream(new ByteArrayInputStream(head, skip, n - skip), in);
    }

    private static ReportParseException refuseEncoding(String found, String source) {
        return new ReportParseException(
                "input must be UTF-8 (with or without a byte order mark), but starts with " + found,
                new SourceLocation(source, 1, 1),
                "");
    }
}
