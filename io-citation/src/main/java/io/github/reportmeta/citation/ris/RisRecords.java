package io.github.reportmeta.citation.ris;

import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.format.SourceLocation;
import io.github.reportmeta.internal.Utf8Input;
import io.github.reportmeta.internal.messages.Quoting;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Splits RIS text into records, {@code TY  - } to {@code ER  - }, each a list of tagged fields: lines end with CR LF,
 * LF or CR; a line inside a record that carries no tag continues the field before it; text between records is
 * skipped with a note. What the input controls is bounded: a line at {@link #MAX_LINE} characters, a record at the
 * byte budget of the read options.
 */
final class RisRecords implements AutoCloseable {

    /** The longest line, in UTF-16 characters, that is read. */
    static final int MAX_LINE = 1 << 20;

    private static final int NO_CHAR = -2;

    private final Utf8Input in;
    private final long maxRecordBytes;
    private final boolean lenient;
    private final Consumer<ConversionNote> notes;
    private int pushback = NO_CHAR;
    private long lineNumber;
    private @Nullable String heldLine;
    private long heldLineNumber;
    private boolean ended;

    /** One record as read: its fields in order, the first being {@code TY}, and where it starts. */
    record Record(List<RisLine> fields, SourceLocation start) {
        Record {
            fields = List.copyOf(fields);
        }
    }

    /**
     * Reads records from an input.
     *
     * @param in the bytes, UTF-8 with or without a byte order mark; closed by {@link #close()}
     * @param source the input's name in messages
     * @param maxRecordBytes the most UTF-8 bytes one record may take
     * @param lenient whether a record without its {@code ER} line and a tag outside a record are noted rather than refused
     * @param notes where text skipped between records is noted
     */
    RisRecords(InputStream in, String source, long maxRecordBytes, boolean lenient, Consumer<ConversionNote> notes) {
        this.in = new Utf8Input(in, source);
        this.maxRecordBytes = maxRecordBytes;
        this.lenient = lenient;
        this.notes = notes;
    }

    /**
     * Whether a line is a tagged field: two characters (an upper-case letter, then a letter or a digit), two spaces,
     * a hyphen, and a space or the end of the line.
     *
     * @param line the line, without its line end
     * @return whether it starts a field
     */
    static boolean isTagged(String line) {
        int n = line.length();
        return n >= 5 && isUpper(line.charAt(0)) && (isUpper(line.charAt(1)) || isDigit(line.charAt(1)))
                && line.charAt(2) == ' ' && line.charAt(3) == ' ' && line.charAt(4) == '-'
                && (n == 5 || line.charAt(5) == ' ' || line.charAt(5) == '\t');
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The next record.
     *
     * @return the record, or {@code null} at the end of the input
     * @throws ReportParseException for a malformed input, with its line and column
     */
    @Nullable Record next() {
        List<RisLine> fields = new ArrayList<>();
        SourceLocation start = null;
        String tag = null;
        SourceLocation tagAt = null;
        StringBuilder value = new StringBuilder();
        int blanks = 0;
        long bytes = 0;
        while (true) {
            String line = readLine();
            long at = lineNumber;
            if (line == null) {
                if (start == null) {
                    return null;
                }
                String problem = "the record that starts at line " + start.line()
                        + " ends with the input, but a record ends with 'ER  - '";
                if (!lenient) {
                    throw new ReportParseException(problem, new SourceLocation(in.source(), lineNumber, 1), "");
                }
                note(problem + "; kept as read", new SourceLocation(in.source(), lineNumber, 1));
                flush(fields, tag, tagAt, value);
                return new Record(fields, start);
            }
            if (start != null) {
                bytes += utf8Length(line) + 1;
                if (bytes > maxRecordBytes) {
                    throw new ReportParseException("the record that starts at line " + start.line()
                            + " is longer than " + maxRecordBytes + " bytes, the most one record may take",
                            new SourceLocation(in.source(), at, 1), "");
                }
            }
            boolean tagged = isTagged(line);
            String lineTag = tagged ? line.substring(0, 2) : null;
            if (start == null) {
                if (!tagged) {
                    if (!line.isBlank()) {
                        note("text outside a record skipped: '" + Quoting.clip(line.strip()) + "'",
                                new SourceLocation(in.source(), at, 1));
                    }
                    continue;
                }
                SourceLocation here = new SourceLocation(in.source(), at, 1);
                if (!"TY".equals(lineTag)) {
                    String problem = "a record starts with 'TY  - ', but tag " + lineTag + " came first";
                    if (!lenient) {
                        throw new ReportParseException(problem, here, "");
                    }
                    note(problem + "; line skipped: '" + Quoting.clip(line.strip()) + "'", here);
                    continue;
                }
                start = here;
                bytes = utf8Length(line) + 1;
                tag = "TY";
                tagAt = here;
                value.setLength(0);
                value.append(valueOf(line));
                continue;
            }
            if (!tagged) {
                if (line.isBlank()) {
                    blanks++;
                } else {
                    value.append("\n".repeat(blanks + 1)).append(line.strip());
                    blanks = 0;
                }
                continue;
            }
            blanks = 0;
            SourceLocation here = new SourceLocation(in.source(), at, 1);
            if ("TY".equals(lineTag)) {
                String problem = "the record that starts at line " + start.line()
                        + " has no 'ER  - ' before the next 'TY  - '";
                if (!lenient) {
                    throw new ReportParseException(problem, here, "");
                }
                note(problem + "; kept as read", here);
                heldLine = line;
                heldLineNumber = at;
                flush(fields, tag, tagAt, value);
                return new Record(fields, start);
            }
            flush(fields, tag, tagAt, value);
            tag = lineTag;
            tagAt = here;
            value.setLength(0);
            value.append(valueOf(line));
            if ("ER".equals(lineTag)) {
                flush(fields, tag, tagAt, value);
                return new Record(fields, start);
            }
        }
    }

    private static String valueOf(String line) {
        return line.length() > 6 ? line.substring(6).strip() : "";
    }

    private static void flush(List<RisLine> fields, @Nullable String tag, @Nullable SourceLocation at, StringBuilder value) {
        if (tag != null && at != null) {
            fields.add(new RisLine(tag, value.toString().strip(), at));
        }
    }

    private void note(String message, SourceLocation at) {
        notes.accept(new ConversionNote(ConversionNote.Kind.WARNING, null, "", message, at));
    }

    private static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }

    private @Nullable String readLine() {
        if (heldLine != null) {
            String line = heldLine;
            heldLine = null;
            lineNumber = heldLineNumber;
            return line;
        }
        if (ended) {
            return null;
        }
        StringBuilder line = new StringBuilder();
        int c = read();
        if (c == -1) {
            ended = true;
            return null;
        }
        lineNumber++;
        while (c != -1 && c != '\n' && c != '\r') {
            if (line.length() >= MAX_LINE) {
                throw new ReportParseException("line " + lineNumber + " is longer than " + MAX_LINE
                        + " characters, the most a RIS line may take here",
                        new SourceLocation(in.source(), lineNumber, MAX_LINE + 1L), "");
            }
            line.append((char) c);
            c = read();
        }
        if (c == '\r') {
            int after = read();
            if (after != '\n') {
                pushback = after;
            }
        } else if (c == -1) {
            ended = true;
        }
        return line.toString();
    }

    private int read() {
        if (pushback != NO_CHAR) {
            int c = pushback;
            pushback = NO_CHAR;
            return c;
        }
        return in.read();
    }

    @Override
    public void close() {
        in.close();
    }
}
