package io.github.reportmeta.citation.bibtex;

import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.format.SourceLocation;
import io.github.reportmeta.internal.Utf8Input;
import io.github.reportmeta.internal.messages.Quoting;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The BibTeX syntax, read entry by entry: text outside entries and {@code @comment} are skipped, {@code @string}
 * macros are defined and expanded, {@code #} joins pieces, values may be braced, quoted, numbers or macros, and
 * entries may be delimited by braces or parentheses. Entries, macros and brace depth are bounded.
 */
final class BibParser implements AutoCloseable {

    /** The most {@code @string} macros a file may define. */
    static final int MAX_MACROS = 10_000;
    /** The longest citation key, field name or macro name. */
    static final int MAX_NAME = 1024;

    private static final String NOT_IN_NAMES = "\"#%'(),={}";
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private final Utf8Input in;
    private final long maxEntry;
    private final boolean lenient;
    private final Consumer<ConversionNote> notes;
    private final Map<String, String> macros = new HashMap<>();
    private long macroChars;
    private int pushed = -2;
    private long entryChars;
    private @Nullable String entryKey;
    private @Nullable String fieldName;

    BibParser(InputStream input, String source, long maxEntry, boolean lenient, Consumer<ConversionNote> notes) {
        this.in = new Utf8Input(input, source);
        this.maxEntry = maxEntry;
        this.lenient = lenient;
        this.notes = notes;
        for (int m = 0; m < 12; m++) {
            macros.put(MONTHS[m].substring(0, 3).toLowerCase(Locale.ROOT), MONTHS[m]);
        }
    }

    /** The month macro's name ({@code jan} .. {@code dec}) of a month from 1 to 12. */
    static String monthMacro(int month) {
        return MONTHS[month - 1].substring(0, 3).toLowerCase(Locale.ROOT);
    }

    /** The full English name of a month from 1 to 12, which its macro expands to. */
    static String monthName(int month) {
        return MONTHS[month - 1];
    }

    /**
     * Reads the next entry, defining the macros and skipping the comments and preambles before it.
     *
     * @return the entry, or {@code null} at the end of the input
     */
    @Nullable BibEntry next() {
        while (true) {
            int c;
            do {
                c = read();
            } while (c != -1 && c != '@');
            if (c == -1) {
                return null;
            }
            SourceLocation at = in.location();
            entryChars = 0;
            entryKey = null;
            fieldName = null;
            skipSpace();
            String type = name("an entry type after '@'").toLowerCase(Locale.ROOT);
            skipSpace();
            switch (type) {
                case "comment" -> comment();
                case "preamble" -> {
                    int close = open(type);
                    skipSpace();
                    String value = value();
                    close(close, type);
                    notes.accept(new ConversionNote(ConversionNote.Kind.INFO, null, "", "the @preamble '"
                            + Quoting.clip(value) + "' not kept: it holds LaTeX for typesetting, not metadata", at));
                }
                case "string" -> macro(open(type));
                default -> {
                    return entry(type, at);
                }
            }
        }
    }

    private void comment() {
        int c = read();
        if (c == '{' || c == '(') {
            int close = c == '{' ? '}' : ')';
            int depth = 1;
            while (depth > 0) {
                c = read();
                if (c == -1) {
                    throw error("the @comment is not closed: expected '" + (char) close + "'");
                }
                if (c == close && (close == ')' || depth == 1)) {
                    depth--;
                } else if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                }
                count();
            }
        } else {
            while (c != -1 && c != '\n') {
                c = read();
            }
        }
    }

    private void macro(int close) {
        skipSpace();
        String name = name("a macro name").toLowerCase(Locale.ROOT);
        skipSpace();
        expect('=', "'=' after the macro name '" + Quoting.clip(name) + "'");
        skipSpace();
        fieldName = name;
        String value = value();
        close(close, "string");
        if (!macros.containsKey(name) && macros.size() >= MAX_MACROS + 12) {
            throw error("more than " + MAX_MACROS + " @string macros");
        }
        macroChars += value.length();
        if (macroChars > maxEntry) {
            throw error("the @string macros hold more than " + maxEntry + " characters in all");
        }
        macros.put(name, value);
    }

    private BibEntry entry(String type, SourceLocation at) {
        int close = open(type);
        skipSpace();
        StringBuilder key = new StringBuilder();
        int c = read();
        while (c != -1 && c != ',' && c != close && !Latex.isSpace((char) c)) {
            if (key.length() >= MAX_NAME) {
                throw error("a citation key longer than " + MAX_NAME + " characters");
            }
            key.appendCodePoint(c);
            c = readCounted();
        }
        entryKey = key.toString();
        unread(c);
        skipSpace();
        List<BibEntry.Field> fields = new ArrayList<>();
        c = readCounted();
        if (c == close) {
            return new BibEntry(type, entryKey, fields, at);
        }
        if (c != ',') {
            throw unexpected(c, "',' after the citation key");
        }
        while (true) {
            skipSpace();
            c = readCounted();
            if (c == close) {
                return new BibEntry(type, entryKey, fields, at);
            }
            unread(c);
            SourceLocation fieldAt = peekLocation();
            String name = name("a field name or '" + (char) close + "'").toLowerCase(Locale.ROOT);
            fieldName = name;
            skipSpace();
            expect('=', "'=' after the field name");
            skipSpace();
            fields.add(new BibEntry.Field(name, value(), null, fieldAt));
            fieldName = null;
            skipSpace();
            c = readCounted();
            if (c == close) {
                return new BibEntry(type, entryKey, fields, at);
            }
            if (c != ',') {
                throw unexpected(c, "',' or '" + (char) close + "' after the value of field '" + name + "'");
            }
        }
    }

    private int open(String type) {
        int c = readCounted();
        if (c == '{') {
            return '}';
        }
        if (c == '(') {
            return ')';
        }
        throw unexpected(c, "'{' or '(' after '@" + Quoting.clip(type) + "'");
    }

    private void close(int close, String type) {
        skipSpace();
        int c = readCounted();
        if (c != close) {
            throw unexpected(c, "'" + (char) close + "' to close the @" + type);
        }
    }

    /** Reads a value: pieces joined by {@code #}. */
    private String value() {
        StringBuilder value = new StringBuilder();
        while (true) {
            int c = readCounted();
            if (c == '{') {
                braced(value);
            } else if (c == '"') {
                quoted(value);
            } else if (c >= '0' && c <= '9') {
                while (c >= '0' && c <= '9') {
                    value.append((char) c);
                    c = readCounted();
                }
                unread(c);
            } else if (c != -1 && isNameChar(c)) {
                unread(c);
                SourceLocation at = peekLocation();
                String name = name("a macro name").toLowerCase(Locale.ROOT);
                String expansion = macros.get(name);
                if (expansion == null) {
                    if (!lenient) {
                        throw new ReportParseException(where() + "the macro '" + Quoting.clip(name)
                                + "' is not defined: expected a braced or quoted value, a number or a defined macro",
                                at, "");
                    }
                    notes.accept(new ConversionNote(ConversionNote.Kind.WARNING, null, "", where()
                            + "the undefined macro '" + Quoting.clip(name) + "' read as nothing", at));
                } else {
                    value.append(expansion);
                }
            } else {
                throw unexpected(c, "a value: '{', '\"', a number or a macro name");
            }
            skipSpace();
            c = readCounted();
            if (c != '#') {
                unread(c);
                return value.toString();
            }
            skipSpace();
        }
    }

    private void braced(StringBuilder value) {
        int depth = 1;
        while (true) {
            int c = readCounted();
            if (c == -1) {
                throw error(where() + "the braced value is not closed: expected '}'");
            }
            if (c == '{') {
                depth++;
                if (depth > Latex.MAX_DEPTH) {
                    throw error(where() + "braces nested deeper than " + Latex.MAX_DEPTH);
                }
            } else if (c == '}' && --depth == 0) {
                return;
            }
            value.appendCodePoint(c);
        }
    }

    private void quoted(StringBuilder value) {
        int depth = 0;
        while (true) {
            int c = readCounted();
            if (c == -1) {
                throw error(where() + "the quoted value is not closed: expected '\"'");
            }
            if (c == '"' && depth == 0) {
                return;
            }
            if (c == '{') {
                depth++;
                if (depth > Latex.MAX_DEPTH) {
                    throw error(where() + "braces nested deeper than " + Latex.MAX_DEPTH);
                }
            } else if (c == '}') {
                if (depth == 0) {
                    throw error(where() + "a '}' without its '{' in a quoted value");
                }
                depth--;
            }
            value.appendCodePoint(c);
        }
    }

    private String name(String expected) {
        StringBuilder b = new StringBuilder();
        int c = readCounted();
        while (c != -1 && isNameChar(c)) {
            if (b.length() >= MAX_NAME) {
                throw error("a name longer than " + MAX_NAME + " characters");
            }
            b.appendCodePoint(c);
            c = readCounted();
        }
        if (b.length() == 0) {
            throw unexpected(c, expected);
        }
        unread(c);
        return b.toString();
    }

    private static boolean isNameChar(int c) {
        return c > ' ' && c != 0x7F && NOT_IN_NAMES.indexOf(c) < 0;
    }

    private void expect(char wanted, String expected) {
        int c = readCounted();
        if (c != wanted) {
            throw unexpected(c, expected);
        }
    }

    private void skipSpace() {
        int c;
        do {
            c = readCounted();
        } while (c != -1 && Latex.isSpace((char) c));
        unread(c);
    }

    private int readCounted() {
        int c = read();
        if (c != -1) {
            count();
        }
        return c;
    }

    private void count() {
        if (++entryChars > maxEntry) {
            throw error(where() + "the entry is longer than " + maxEntry + " characters");
        }
    }

    private int read() {
        if (pushed != -2) {
            int c = pushed;
            pushed = -2;
            return c;
        }
        int c = in.read();
        return c;
    }

    private void unread(int c) {
        pushed = c;
        if (c != -1) {
            entryChars--;
        }
    }

    /** The location of the character that {@link #unread} gave back, or of the next one. */
    private SourceLocation peekLocation() {
        SourceLocation here = in.location();
        return pushed == -2 ? new SourceLocation(here.source(), here.line(), here.column() + 1) : here;
    }

    private String where() {
        StringBuilder b = new StringBuilder();
        if (entryKey != null) {
            b.append("entry '").append(Quoting.clip(entryKey)).append("'");
        }
        if (fieldName != null) {
            b.append(b.length() > 0 ? ", " : "").append("field '").append(Quoting.clip(fieldName)).append("'");
        }
        return b.length() == 0 ? "" : b + ": ";
    }

    private ReportParseException unexpected(int c, String expected) {
        String found = c == -1 ? "the end of the input" : "'" + Quoting.clip(new String(Character.toChars(c))) + "'";
        return new ReportParseException(where() + "expected " + expected + ", but found " + found, in.location(), "");
    }

    private ReportParseException error(String problem) {
        return new ReportParseException(problem, in.location(), "");
    }

    @Override
    public void close() {
        in.close();
    }
}
