package io.github.reportmeta.xml.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * Passes bytes to the parser unchanged and notes the line and column of the first byte that is not valid
 * UTF-8, so that an encoding failure, which the parser reports only by buffer offset, gets a location.
 */
final class Utf8Watch extends FilterInputStream {

    private long line = 1;
    private long column = 1;
    private int pending;
    // The range of the next continuation byte: narrower than 80..BF right after E0, ED, F0 and F4, so that
    // overlong forms, encoded surrogates and code points above U+10FFFF count as invalid (RFC 3629, section 4).
    private int low = 0x80;
    private int high = 0xBF;
    private long @Nullable [] firstInvalid;

    Utf8Watch(InputStream in) {
        super(in);
    }

    /** The line and column of the first invalid byte, or {@code null} when all bytes so far were valid. */
    long @Nullable [] firstInvalid() {
        return firstInvalid;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0 && firstInvalid == null) {
            see(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0 && firstInvalid == null) {
            scan(buffer, offset, offset + n);
        }
        return n;
    }

    /** {@link #see} over a buffer, with the state in locals and ASCII on a path of its own: this runs for every byte. */
    private void scan(byte[] buffer, int from, int to) {
        long atLine = line;
        long atColumn = column;
        int i = from;
        while (i < to) {
            if (pending == 0) {
                byte b = buffer[i];
                if (b >= 0) {
                    if (b == '\n') {
                        atLine++;
                        atColumn = 1;
                    } else {
                        atColumn++;
                    }
                    i++;
                    continue;
                }
            }
            line = atLine;
            column = atColumn;
            see(buffer[i] & 0xFF);
            if (firstInvalid != null) {
                return;
            }
            atLine = line;
            atColumn = column;
            i++;
        }
        line = atLine;
        column = atColumn;
    }

    private void see(int b) {
        if (pending > 0) {
            if (b < low || b > high) {
                firstInvalid = new long[] {line, column};
                return;
            }
            low = 0x80;
            high = 0xBF;
            pending--;
            return;
        }
        if (b < 0x80) {
            if (b == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            return;
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
            firstInvalid = new long[] {line, column};
            return;
        }
        column++;
    }
}
