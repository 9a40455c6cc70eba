package io.github.reportmeta.xml.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.jspecify.annotations.Nullable;

/**
 * Passes bytes to the parser unchanged and fails, with the line and column, before the parser can buffer an XML
 * name longer than {@link SecureStax#MAX_NAME_LENGTH} characters or read past a byte bound. The parser offers no
 * limit on names (element, attribute, prefix, processing-instruction target, entity reference) and buffers a name
 * whole; and it reads a comment or processing instruction whole before the caller sees its next event. A small
 * lexer follows the markup byte by byte (tags, quoted values, references, comments, CDATA, processing
 * instructions) and counts each run of name characters; it is a bound, not a parser: the parser still decides
 * what is well-formed. It also keeps the last bytes read ({@link Utf8Window}), to locate an encoding failure.
 */
final class InputBounds extends FilterInputStream {

    /** Thrown through the parser when a bound is passed; the cursor turns it into a located parse failure. */
    static final class Exceeded extends IOException {
        private static final long serialVersionUID = 1L;

        private final long line;
        private final long column;

        Exceeded(String message, long line, long column) {
            super(message);
            this.line = line;
            this.column = column;
        }

        long line() {
            return line;
        }

        long column() {
            return column;
        }
    }

    private static final int TEXT = 0;
    private static final int LESS_THAN = 1;
    private static final int NAME = 2;
    private static final int TAG = 3;
    private static final int VALUE = 4;
    private static final int TEXT_REFERENCE = 5;
    private static final int VALUE_REFERENCE = 6;
    private static final int PI_TARGET = 7;
    private static final int PI = 8;
    private static final int BANG = 9;
    private static final int BANG_DASH = 10;
    private static final int COMMENT = 11;
    private static final int CDATA = 12;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW_BITS = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LT = LOW_BITS * '<';
    private static final long AMP = LOW_BITS * '&';
    private static final long LF = LOW_BITS * '\n';

    /** The bytes for which {@link #delimits} holds, by value. */
    private static final boolean[] DELIMITS = delimiters();

    private final int maxName;
    private long position;
    private long line = 1;
    private long column = 1;
    private int state = TEXT;
    private int nameLength;
    private int quote;
    // How many of the bytes that close a comment ('-'), CDATA section (']') or processing instruction ('?') were
    // just seen in a row.
    private int closing;
    private long end = Long.MAX_VALUE;
    private String endMessage = "";
    private final Utf8Window recent = new Utf8Window();
    private final byte[] single = new byte[1];

    InputBounds(InputStream in, int maxName) {
        super(in);
        this.maxName = maxName;
    }

    /**
     * Fails once the input passes a byte position.
     *
     * @param position the number of bytes from the start that may be read
     * @param message what the failure says
     */
    void limit(long position, String message) {
        end = position;
        endMessage = message;
    }

    /** Removes the bound set by {@link #limit}. */
    void unlimit() {
        end = Long.MAX_VALUE;
    }

    /**
     * The line and column of the first byte read that is not UTF-8, for an encoding failure of the parser, which
     * says only where in its buffer it failed.
     *
     * @return {@code {line, column}}, or {@code null} when the recent bytes are all UTF-8
     */
    long @Nullable [] firstInvalidUtf8() {
        return recent.firstInvalid();
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            single[0] = (byte) b;
            recent.add(single, 0, 1, line, column);
            scan(single, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            recent.add(buffer, offset, n, line, column);
            scan(buffer, offset, offset + n);
        }
        return n;
    }

    /**
     * Follows the bytes read: the position, line and column live in locals, and a run of text or of a name, most of
     * the input, is passed over in a loop of its own that looks only for the bytes that end it.
     */
    private void scan(byte[] buffer, int from, int to) throws IOException {
        long room = end - position;
        int stop = room < to - from ? from + (int) Math.max(0, room) : to;
        long atLine = line;
        long atColumn = column;
        int i = from;
        while (i < stop) {
            if (state == TEXT) {
                // Eight bytes at a time while none of them ends the run: the column advances by the bytes that do
                // not continue a UTF-8 sequence (10xxxxxx).
                while (i <= stop - 8) {
                    long w = (long) LONGS.get(buffer, i);
                    if (hasByte(w, LT) || hasByte(w, AMP) || hasByte(w, LF)) {
                        break;
                    }
                    atColumn += 8 - Long.bitCount(w & ~(w << 1) & HIGH_BITS);
                    i += 8;
                }
                while (i < stop) {
                    byte b = buffer[i];
                    if (b == '<' || b == '&' || b == '\n') {
                        break;
                    }
                    if ((b & 0xC0) != 0x80) {
                        atColumn++;
                    }
                    i++;
                }
                if (i == stop) {
                    break;
                }
            } else if (state == NAME) {
                int length = nameLength;
                while (i < stop) {
                    byte b = buffer[i];
                    if (DELIMITS[b & 0xFF]) {
                        break;
                    }
                    if ((b & 0xC0) != 0x80) {
                        if (++length > maxName) {
                            line = atLine;
                            column = atColumn;
                            throw tooLong("name");
                        }
                        atColumn++;
                    }
                    i++;
                }
                nameLength = length;
                if (i == stop) {
                    break;
                }
            }
            int b = buffer[i] & 0xFF;
            // The transitions of a plain start or end tag, taken here as lex would take them.
            if (state == TEXT && b == '<' || state == NAME && b == '>' || state == LESS_THAN && b == '/') {
                state = b == '<' ? LESS_THAN : b == '>' ? TEXT : NAME;
                nameLength = 0;
                atColumn++;
                i++;
                continue;
            }
            if (state == LESS_THAN && !DELIMITS[b] && b != '!') {
                // The first byte of an element's name: read again in the name's loop.
                state = NAME;
                nameLength = 0;
                continue;
            }
            line = atLine;
            column = atColumn;
            lex(b);
            if (b == '\n') {
                atLine++;
                atColumn = 1;
            } else if ((b & 0xC0) != 0x80) {
                atColumn++;
            }
            i++;
        }
        position += stop - from;
        line = atLine;
        column = atColumn;
        if (stop < to) {
            position++;
            throw new Exceeded(endMessage, line, column);
        }
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[(int) Math.min(n, 8192)];
        int read = read(buffer, 0, buffer.length);
        return Math.max(0, read);
    }

    private void lex(int b) throws IOException {
        switch (state) {
            case TEXT -> {
                if (b == '<') {
                    state = LESS_THAN;
                } else if (b == '&') {
                    startName(TEXT_REFERENCE);
                }
            }
            case LESS_THAN -> {
                if (b == '?') {
                    startName(PI_TARGET);
                } else if (b == '!') {
                    state = BANG;
                } else if (b == '/') {
                    startName(NAME);
                } else {
                    startName(NAME);
                    lex(b);
                }
            }
            case NAME -> {
                if (delimits(b)) {
                    state = TAG;
                    lex(b);
                } else {
                    count(b, "name");
                }
            }
            case TAG -> {
                if (b == '>') {
                    state = TEXT;
                } else if (b == '"' || b == '\'') {
                    quote = b;
                    state = VALUE;
                } else if (!delimits(b)) {
                    startName(NAME);
                    count(b, "name");
                }
            }
            case VALUE -> {
                if (b == quote) {
                    state = TAG;
                } else if (b == '&') {
                    startName(VALUE_REFERENCE);
                }
            }
            case TEXT_REFERENCE, VALUE_REFERENCE -> {
                if (delimits(b)) {
                    state = state == TEXT_REFERENCE ? TEXT : VALUE;
                    if (b != ';') {
                        lex(b);
                    }
                } else {
                    count(b, "entity reference name");
                }
            }
            case PI_TARGET -> {
                if (delimits(b)) {
                    state = PI;
                    closing = 0;
                    lex(b);
                } else {
                    count(b, "processing instruction target");
                }
            }
            case PI -> close(b, '?', 1);
            case BANG -> {
                if (b == '-') {
                    state = BANG_DASH;
                } else if (b == '[') {
                    state = CDATA;
                    closing = 0;
                } else {
                    startName(NAME);
                    lex(b);
                }
            }
            case BANG_DASH -> {
                if (b == '-') {
                    state = COMMENT;
                    closing = 0;
                } else {
                    startName(NAME);
                    lex(b);
                }
            }
            case COMMENT -> close(b, '-', 2);
            case CDATA -> close(b, ']', 2);
            default -> throw new IllegalStateException("lexer state " + state);
        }
    }

    /** Returns to text after {@code count} or more {@code mark} bytes and a {@code >}. */
    private void close(int b, int mark, int count) {
        if (b == mark) {
            closing++;
        } else {
            if (b == '>' && closing >= count) {
                state = TEXT;
            }
            closing = 0;
        }
    }

    private void startName(int next) {
        state = next;
        nameLength = 0;
    }

    private void count(int b, String what) throws Exceeded {
        if ((b & 0xC0) != 0x80 && ++nameLength > maxName) {
            throw tooLong(what);
        }
    }

    private Exceeded tooLong(String what) {
        return new Exceeded("an XML " + what + " is longer than the limit of " + maxName + " characters", line, column);
    }

    /** Whether one of the eight bytes of {@code word} is the byte repeated in {@code repeated}. */
    private static boolean hasByte(long word, long repeated) {
        long x = word ^ repeated;
        return ((x - LOW_BITS) & ~x & HIGH_BITS) != 0;
    }

    /**
     * Whether a byte ends a name: white space, markup and the characters no XML name holds. A zero byte does not,
     * so that names in UTF-16 and UTF-32 are counted too, two or four bytes to a character.
     */
    private static boolean delimits(int b) {
        return DELIMITS[b];
    }

    private static boolean[] delimiters() {
        boolean[] table = new boolean[256];
        for (int b = 1; b <= ' '; b++) {
            table[b] = true;
        }
        for (char c : "<>/=\"'?&;[]".toCharArray()) {
            table[c] = true;
        }
        return table;
    }
}
