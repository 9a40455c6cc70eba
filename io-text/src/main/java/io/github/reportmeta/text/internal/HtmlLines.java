package io.github.reportmeta.text.internal;

import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.format.SourceLocation;
import io.github.reportmeta.internal.Utf8Input;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.text.StringEscapeUtils;
import org.jspecify.annotations.Nullable;

/**
 * The lines of text of an HTML listing page: tags are removed, block elements end a line (and a paragraph),
 * {@code <br>} ends a line, the content of {@code script}, {@code style}, {@code title} and the like is skipped,
 * white space is collapsed and character references are decoded. Not a full HTML parser: enough for the text
 * of a report page, with limits on tag and line length.
 */
public final class HtmlLines implements LineSource {

    /** The longest tag, comment or declaration, in characters. */
    static final int MAX_MARKUP = 65_536;

    private static final Set<String> PARAGRAPHS = Set.of(
            "address", "article", "aside", "blockquote", "body", "caption", "dd", "div", "dl", "dt", "fieldset",
            "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html",
            "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
            "ul");
    private static final Set<String> SKIPPED = Set.of(
            "script", "style", "title", "noscript", "template", "textarea", "svg", "select");

    private final Utf8Input in;
    private final long maxLine;
    private final ArrayDeque<TextLine> ready = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private long textLine;
    private int pushedBack = -2;
    private boolean ended;
    private boolean atParagraphStart = true;

    /**
     * Reads the text lines of decoded HTML.
     *
     * @param in the input
     * @param maxLine the longest line of text, in characters
     */
    public HtmlLines(Utf8Input in, long maxLine) {
        this.in = in;
        this.maxLine = maxLine;
    }

    @Override
    public @Nullable TextLine next() {
        while (ready.isEmpty() && !ended) {
            step();
        }
        return ready.poll();
    }

    private void step() {
        int c = read();
        if (c == -1) {
            endLine(false);
            ended = true;
        } else if (c == '<') {
            markup();
        } else {
            append((char) c);
        }
    }

    private void append(char c) {
        if (text.length() == 0) {
            if (Character.isWhitespace(c)) {
                return;
            }
            textLine = in.line();
        }
        if (text.length() >= maxLine) {
            throw new ReportParseException("text line is longer than " + maxLine
                    + " characters; a listing page holds one field per line", in.location(), "");
        }
        text.append(c);
    }

    private void markup() {
        SourceLocation start = in.location();
        int c = read();
        if (c == '!') {
            int d = read();
            int e = d == '-' ? read() : -2;
            if (d == '-' && e == '-') {
                skipPast("-->", start, "comment");
            } else {
                unread(e == -2 ? d : e);
                skipPast(">", start, "declaration");
            }
        } else if (c == '?') {
            skipPast(">", start, "processing instruction");
        } else if (c == '/' || isAsciiLetter(c)) {
            boolean closing = c == '/';
            StringBuilder name = new StringBuilder();
            if (!closing) {
                name.append((char) c);
            }
            int d;
            while (isNameChar(d = read())) {
                name.append((char) d);
            }
            unread(d);
            skipTag(start);
            tag(name.toString().toLowerCase(Locale.ROOT), closing, start);
        } else {
            append('<');
            unread(c);
        }
    }

    private void tag(String name, boolean closing, SourceLocation start) {
        if (name.equals("br")) {
            endLine(false);
        } else if (PARAGRAPHS.contains(name)) {
            endLine(true);
        } else if (!closing && SKIPPED.contains(name)) {
            skipPast("</" + name, start, "<" + name + "> element");
            skipTag(start);
        }
    }

    private void skipTag(SourceLocation start) {
        int quote = 0;
        for (int n = 0; ; n++) {
            int c = read();
            if (c == -1) {
                throw new ReportParseException("tag is never closed: expected '>' before the end of the input",
                        start, "");
            }
            if (n > MAX_MARKUP) {
                throw new ReportParseException("tag is longer than " + MAX_MARKUP + " characters", start, "");
            }
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return;
            }
        }
    }

    private void skipPast(String end, SourceLocation start, String what) {
        int matched = 0;
        boolean counted = end.startsWith("</");
        for (long n = 0; ; n++) {
            int c = read();
            if (c == -1) {
                throw new ReportParseException(what + " is never closed: expected '" + end
                        + "' before the end of the input", start, "");
            }
            if (!counted && n > MAX_MARKUP) {
                throw new ReportParseException(what + " is longer than " + MAX_MARKUP + " characters", start, "");
            }
            if (counted && n > maxLine) {
                throw new ReportParseException(what + " is longer than " + maxLine + " characters", start, "");
            }
            char expected = end.charAt(matched);
            if (Character.toLowerCase((char) c) == expected) {
                matched++;
                if (matched == end.length()) {
                    return;
                }
            } else {
                boolean dashes = end.equals("-->") && matched == 2 && c == '-';
                matched = dashes ? 2 : Character.toLowerCase((char) c) == end.charAt(0) ? 1 : 0;
            }
        }
    }

    private void endLine(boolean paragraph) {
        if (text.length() > 0) {
            String decoded = StringEscapeUtils.unescapeHtml4(text.toString());
            String collapsed = collapse(decoded);
            for (int i = 0; i < collapsed.length(); i++) {
                char c = collapsed.charAt(i);
                if ((c < 0x20 && c != '\t') || c == 0x7F || c == 0xFFFE || c == 0xFFFF) {
                    throw new ReportParseException(String.format(
                            "a character reference stands for control character U+%04X, which no text holds",
                            (int) c), new SourceLocation(in.source(), textLine, 0), "");
                }
            }
            if (!collapsed.isEmpty()) {
                ready.add(new TextLine(textLine, 0, collapsed));
                atParagraphStart = false;
            }
            text.setLength(0);
        }
        if (paragraph && !atParagraphStart) {
            ready.add(new TextLine(in.line(), 0, ""));
            atParagraphStart = true;
        }
    }

    private static String collapse(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    private int read() {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    private void unread(int c) {
        pushedBack = c;
    }

    private static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isNameChar(int c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-' || c == ':';
    }

    @Override
    public void close() {
        in.close();
    }
}
