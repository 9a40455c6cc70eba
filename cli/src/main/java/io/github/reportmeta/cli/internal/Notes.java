package io.github.reportmeta.cli.internal;

import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.SourceLocation;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * How the commands print a reader's or writer's notes: by default one line on standard error per kind of note,
 * with its count and where it first occurred; each note as it arises with {@link Mode#ALL}; and with
 * {@link Mode#JSON} also each note as a line of JSON in a file.
 *
 * <p>Two notes are of one kind when they have the same kind ({@code loss}, {@code warning}, ...), the same pointer
 * once array indices are replaced by {@code *} ({@code /authors/*}{@code /agent/orcid}), and the same message once
 * quoted values and numbers are left out. At most {@value #MAX_KINDS} kinds are told apart; the notes of any
 * further kind are counted together, per kind of note.
 */
public final class Notes implements Consumer<ConversionNote> {

    /** What is printed. */
    public enum Mode {
        /** One line per kind of note, at the end of the run. */
        SUMMARY,
        /** Each note, as it arises. */
        ALL,
        /** One line per kind of note on standard error, and each note as a line of JSON in a file. */
        JSON
    }

    /** The number of kinds of notes told apart in a summary. */
    public static final int MAX_KINDS = 1_000;

    private final Mode mode;
    private final PrintWriter err;
    private final @Nullable Output file;
    private final @Nullable JsonGenerator json;
    private final Map<Key, Group> groups = new LinkedHashMap<>();
    private long written;
    private boolean finished;

    private Notes(Mode mode, PrintWriter err, @Nullable Output file) {
        this.mode = mode;
        this.err = err;
        this.file = file;
        this.json = file == null ? null
                : JsonFactory.builder().rootValueSeparator("\n").build().createGenerator(ObjectWriteContext.empty(), file.stream());
    }

    /**
     * Notes printed on standard error.
     *
     * @param mode {@link Mode#SUMMARY} or {@link Mode#ALL}
     * @param err standard error
     * @return the notes
     */
    public static Notes printed(Mode mode, PrintWriter err) {
        if (mode == Mode.JSON) {
            throw new IllegalArgumentException("notes as JSON need a file");
        }
        return new Notes(mode, err, null);
    }

    /**
     * Notes summed up on standard error and written, each, as JSON Lines to a file.
     *
     * @param file the file's path
     * @param err standard error
     * @return the notes
     * @throws UsageException if the file cannot be written
     */
    public static Notes json(String file, PrintWriter err) {
        if (file.equals("-")) {
            throw new UsageException("--notes json needs a file; standard output is for the command's own output");
        }
        return new Notes(Mode.JSON, err, Output.open(file, OutputStream.nullOutputStream()));
    }

    /**
     * A note as a line: {@code warning: loss r1 /metrics: …} for a dropped field, {@code warning: <stdin>:13:1: …}
     * for a reader's warning, {@code skipped: …} and {@code info: …} for the others; whatever came from the input
     * escaped by {@link TerminalText}.
     *
     * @param note the note
     * @return the line
     */
    public static String line(ConversionNote note) {
        return TerminalText.escape(prefix(note.kind()) + note.describe());
    }

    private static String prefix(ConversionNote.Kind kind) {
        return switch (kind) {
            case LOSS -> "warning: loss ";
            case WARNING -> "warning: ";
            case SKIPPED, INFO -> kind.name().toLowerCase(Locale.ROOT) + ": ";
        };
    }

    @Override
    public void accept(ConversionNote note) {
        if (mode == Mode.ALL) {
            err.println(line(note));
        } else {
            count(note);
        }
        if (json != null) {
            write(json, note);
            written++;
        }
    }

    private void count(ConversionNote note) {
        Key key = new Key(note.kind(), pointerKind(note.pointer()), messageKind(note.message()));
        Group group = groups.get(key);
        if (group == null) {
            if (groups.size() >= MAX_KINDS) {
                key = new Key(note.kind(), "", "");
                group = groups.computeIfAbsent(key, k -> new Group(note, true));
            } else {
                group = new Group(note, false);
                groups.put(key, group);
            }
        }
        group.count++;
    }

    /**
     * The pointer with each array index replaced by {@code *}: what {@code replaceAll("/*")} of the pattern
     * {@code /[0-9]+(?=/|$)} gives, in one pass and without copying a pointer that has no index. It runs for every
     * note on the thread that writes, so it must cost little.
     *
     * @param pointer a pointer
     * @return the pointer of its kind
     */
    static String pointerKind(String pointer) {
        int n = pointer.length();
        StringBuilder kind = null;
        int copied = 0;
        for (int i = 0; i < n; i++) {
            if (pointer.charAt(i) != '/') {
                continue;
            }
            int end = digits(pointer, i + 1);
            if (end > i + 1 && atEnd(pointer, end)) {
                if (kind == null) {
                    kind = new StringBuilder(n);
                }
                kind.append(pointer, copied, i).append("/*");
                copied = end;
                i = end - 1;
            }
        }
        return kind == null ? pointer : kind.append(pointer, copied, n).toString();
    }

    /**
     * The message without its values: each quoted text ({@code '…'} or {@code "…"}) replaced by {@code ''}, then each
     * run of digits by {@code 0}, as {@code replaceAll} of the patterns {@code '[^']*'|"[^"]*"} and {@code [0-9]+}
     * would, in one pass and without copying a message that has neither.
     *
     * @param message a message
     * @return the message of its kind
     */
    static String messageKind(String message) {
        int n = message.length();
        StringBuilder kind = null;
        int copied = 0;
        int i = 0;
        while (i < n) {
            char c = message.charAt(i);
            if (c == '\'' || c == '"') {
                int close = message.indexOf(c, i + 1);
                if (close < 0) {
                    i++;
                    continue;
                }
                if (kind == null) {
                    kind = new StringBuilder(n);
                }
                kind.append(message, copied, i).append("''");
                copied = close + 1;
                i = close + 1;
            } else if (c >= '0' && c <= '9') {
                int end = digits(message, i);
                if (end - i > 1 || c != '0') {
                    if (kind == null) {
                        kind = new StringBuilder(n);
                    }
                    kind.append(message, copied, i).append('0');
                    copied = end;
                }
                i = end;
            } else {
                i++;
            }
        }
        return kind == null ? message : kind.append(message, copied, n).toString();
    }

    /** Where the run of ASCII digits from {@code from} ends. */
    private static int digits(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /**
     * Whether {@code i} is where a pattern's {@code $} matches, or a {@code /} follows: the end of the text, or
     * before a line terminator that ends it (the character before {@code i} is a digit, never a {@code \r}).
     */
    private static boolean atEnd(String text, int i) {
        int left = text.length() - i;
        if (left == 0) {
            return true;
        }
        char c = text.charAt(i);
        if (c == '/') {
            return true;
        }
        if (left == 1) {
            return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
        }
        return left == 2 && c == '\r' && text.charAt(i + 1) == '\n';
    }

    private static void write(JsonGenerator g, ConversionNote note) {
        g.writeStartObject();
        g.writeStringProperty("kind", note.kind().name().toLowerCase(Locale.ROOT));
        if (note.report() != null) {
            g.writeStringProperty("report", note.report().value());
        }
        g.writeStringProperty("pointer", note.pointer());
        g.writeStringProperty("message", note.message());
        SourceLocation at = note.location();
        if (at != null) {
            g.writeStringProperty("source", at.source());
            if (at.line() > 0) {
                g.writeNumberProperty("line", at.line());
            }
            if (at.column() > 0) {
                g.writeNumberProperty("column", at.column());
            }
        }
        g.writeEndObject();
    }

    /**
     * Prints the summary and completes the JSON file; call once, when the run ends, well or not.
     *
     * @throws WriteException if the JSON file cannot be written
     */
    public void finish() {
        if (finished) {
            return;
        }
        finished = true;
        if (mode != Mode.ALL) {
            for (Group group : groups.values()) {
                err.println(group.line());
            }
        }
        if (json != null && file != null) {
            try {
                if (written > 0) {
                    json.writeRaw('\n');
                }
                json.close();
                file.commit();
            } catch (RuntimeException e) {
                throw file.abort(e);
            }
        }
    }

    /**
     * Like {@link #finish()}, when the run has failed: the failure to write the notes is added to the run's.
     *
     * @param failure what ends the run
     * @return {@code failure}
     */
    public RuntimeException finish(RuntimeException failure) {
        try {
            finish();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
        return failure;
    }

    private record Key(ConversionNote.Kind kind, String pointer, String message) {}

    /** The notes of one kind: how many, and the first. */
    private static final class Group {
        private final ConversionNote first;
        private final boolean others;
        long count;

        Group(ConversionNote first, boolean others) {
            this.first = first;
            this.others = others;
        }

        String line() {
            if (others) {
                return TerminalText.escape(prefix(first.kind()) + String.format(Locale.ROOT,
                        "%,d more notes of other kinds (more than %,d kinds), the first: %s", count, MAX_KINDS, first.describe()));
            }
            if (count == 1) {
                return Notes.line(first);
            }
            String pointer = pointerKind(first.pointer());
            return TerminalText.escape(prefix(first.kind()) + (pointer.isEmpty() ? "" : pointer + ": ") + first.message()
                    + String.format(Locale.ROOT, " (%,d times, first at %s)", count, where(first)));
        }

        private static String where(ConversionNote note) {
            StringJoiner where = new StringJoiner(" ");
            if (note.location() != null) {
                where.add(note.location().toString());
            }
            if (note.report() != null) {
                where.add(note.report().value());
            }
            if (!note.pointer().isEmpty()) {
                where.add(note.pointer());
            }
            return where.length() == 0 ? "the catalogue" : where.toString();
        }
    }
}
