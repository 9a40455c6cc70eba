package io.github.reportmeta.citation.bibtex;

import java.text.Normalizer;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The LaTeX of BibTeX field values, both ways: {@link #encode} escapes plain text so that BibTeX, biber and pandoc
 * read it back unchanged; {@link #decode} turns a field's LaTeX into plain text. Non-ASCII characters are written
 * as UTF-8, not as accent commands; accent commands are read into composed Unicode.
 */
final class Latex {

    /** The deepest brace nesting a value may have. */
    static final int MAX_DEPTH = 64;

    private static final Map<String, Character> ACCENTS = Map.ofEntries(
            Map.entry("'", '\u0301'), Map.entry("`", '\u0300'), Map.entry("^", '\u0302'), Map.entry("\"", '\u0308'),
            Map.entry("~", '\u0303'), Map.entry("=", '\u0304'), Map.entry(".", '\u0307'), Map.entry("u", '\u0306'),
            Map.entry("v", '\u030C'), Map.entry("H", '\u030B'), Map.entry("c", '\u0327'), Map.entry("d", '\u0323'),
            Map.entry("b", '\u0331'), Map.entry("k", '\u0328'), Map.entry("r", '\u030A'), Map.entry("t", '\u0361'));

    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("ss", "\u00DF"), Map.entry("o", "\u00F8"), Map.entry("O", "\u00D8"), Map.entry("ae", "\u00E6"),
            Map.entry("AE", "\u00C6"), Map.entry("oe", "\u0153"), Map.entry("OE", "\u0152"), Map.entry("aa", "\u00E5"),
            Map.entry("AA", "\u00C5"), Map.entry("l", "\u0142"), Map.entry("L", "\u0141"), Map.entry("i", "\u0131"),
            Map.entry("j", "\u0237"), Map.entry("textbackslash", "\\"), Map.entry("textasciitilde", "~"),
            Map.entry("textasciicircum", "^"), Map.entry("textendash", "\u2013"), Map.entry("textemdash", "\u2014"),
            Map.entry("ldots", "\u2026"), Map.entry("dots", "\u2026"), Map.entry("textellipsis", "\u2026"),
            Map.entry("textquotedblleft", "\u201C"), Map.entry("textquotedblright", "\u201D"),
            Map.entry("textquoteleft", "\u2018"), Map.entry("textquoteright", "\u2019"), Map.entry("S", "\u00A7"),
            Map.entry("P", "\u00B6"), Map.entry("copyright", "\u00A9"), Map.entry("textregistered", "\u00AE"),
            Map.entry("texttrademark", "\u2122"), Map.entry("textunderscore", "_"), Map.entry("textdollar", "$"),
            Map.entry("textpercent", "%"), Map.entry("textampersand", "&"), Map.entry("textbar", "|"),
            Map.entry("textless", "<"), Map.entry("textgreater", ">"), Map.entry("euro", "\u20AC"),
            Map.entry("pounds", "\u00A3"), Map.entry("textdegree", "\u00B0"), Map.entry("relax", ""),
            Map.entry("space", " "), Map.entry("slash", "/"), Map.entry("textquotesingle", "'"),
            Map.entry("textbraceleft", "{"), Map.entry("textbraceright", "}"));

    /** Commands whose argument is kept and whose formatting is dropped, with a note. */
    private static final java.util.Set<String> FORMATTING = java.util.Set.of("emph", "textit", "textbf", "textsc",
            "texttt", "textrm", "textsf", "textup", "textsl", "textmd", "textnormal", "mbox", "url", "uppercase",
            "lowercase", "MakeUppercase", "MakeLowercase", "enquote", "mkbibquote", "mkbibemph", "mkbibitalic",
            "mkbibbold", "textsuperscript", "textsubscript", "it", "bf", "em", "sc", "tt", "rm", "sf", "sl",
            "href", "nolinkurl", "hbox");

    private Latex() {}

    /**
     * Escapes plain text as the LaTeX of a braced BibTeX value: the special characters as commands, a non-breaking
     * space as {@code ~}, and the ligatures {@code --}, {@code ``} and {@code ''} broken with {@code {}}.
     *
     * @param text the plain text
     * @return the LaTeX
     */
    static String encode(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        boolean balanced = balanced(text);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            switch (c) {
                case '\\' -> b.append("\\textbackslash{}");
                case '{' -> b.append(balanced ? "\\{" : "\\textbraceleft{}");
                case '}' -> b.append(balanced ? "\\}" : "\\textbraceright{}");
                case '&', '%', '$', '#', '_' -> b.append('\\').append(c);
                case '~' -> b.append("\\textasciitilde{}");
                case '^' -> b.append("\\textasciicircum{}");
                case '\u00A0' -> b.append('~');
                case '-', '`', '\'' -> {
                    b.append(c);
                    if (next == c) {
                        b.append("{}");
                    }
                }
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Whether the braces of a text pair up. BibTeX counts escaped braces as braces too, so a text's braces are
     * written as escaped braces only when they pair up, and as the commands textbraceleft and textbraceright
     * otherwise.
     */
    private static boolean balanced(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    /**
     * Turns the LaTeX of a field value into plain text: braces dropped, accent and symbol commands read into
     * composed Unicode, {@code ~} as a non-breaking space, the dash and quote ligatures as their characters, runs of
     * white space as one space, and the ends stripped. What cannot be carried as text (formatting, math, unknown
     * commands) is told to {@code changes}; unknown commands are kept as written.
     *
     * @param raw the LaTeX, with balanced braces
     * @param changes what is told of each change beyond escapes, as a phrase such as "the formatting \emph"
     * @return the text
     */
    static String decode(String raw, Consumer<String> changes) {
        StringBuilder b = new StringBuilder(raw.length());
        new Decoder(raw, changes).run(b, raw.length());
        return Normalizer.normalize(collapse(b), Normalizer.Form.NFC);
    }

    /** Runs of white space as one space, without white space at either end. */
    private static String collapse(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
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

    /** Whether a character is white space to BibTeX. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static final class Decoder {
        private final String raw;
        private final Consumer<String> changes;
        private int pos;

        Decoder(String raw, Consumer<String> changes) {
            this.raw = raw;
            this.changes = changes;
        }

        void run(StringBuilder out, int end) {
            while (pos < end) {
                char c = raw.charAt(pos);
                switch (c) {
                    case '{', '}' -> pos++;
                    case '\\' -> command(out, end);
                    case '~' -> {
                        out.append('\u00A0');
                        pos++;
                    }
                    case '$' -> math(out, end);
                    case '-' -> {
                        if (raw.startsWith("---", pos)) {
                            out.append('\u2014');
                            pos += 3;
                        } else if (raw.startsWith("--", pos)) {
                            out.append('\u2013');
                            pos += 2;
                        } else {
                            out.append(c);
                            pos++;
                        }
                    }
                    case '`', '\'' -> {
                        if (pos + 1 < end && raw.charAt(pos + 1) == c) {
                            out.append(c == '`' ? '\u201C' : '\u201D');
                            pos += 2;
                        } else {
                            out.append(c);
                            pos++;
                        }
                    }
                    default -> {
                        out.append(c);
                        pos++;
                    }
                }
            }
        }

        private void math(StringBuilder out, int end) {
            int close = raw.indexOf('$', pos + 1);
            if (close < 0 || close >= end) {
                changes.accept("a lone '$' kept as a dollar sign");
                out.append('$');
                pos++;
                return;
            }
            changes.accept("the math '" + raw.substring(pos, close + 1) + "' kept as its LaTeX source");
            out.append(raw, pos + 1, close);
            pos = close + 1;
        }

        private void command(StringBuilder out, int end) {
            int start = pos;
            pos++;
            if (pos >= end) {
                changes.accept("a lone backslash kept");
                out.append('\\');
                return;
            }
            String name;
            char first = raw.charAt(pos);
            if (Character.isLetter(first) && first < 0x80) {
                int s = pos;
                while (pos < end && raw.charAt(pos) < 0x80 && Character.isLetter(raw.charAt(pos))) {
                    pos++;
                }
                name = raw.substring(s, pos);
                while (pos < end && isSpace(raw.charAt(pos)) && !ACCENTS.containsKey(name)) {
                    pos++;
                }
            } else {
                name = String.valueOf(first);
                pos++;
            }
            Character accent = ACCENTS.get(name);
            if (accent != null) {
                while (pos < end && isSpace(raw.charAt(pos))) {
                    pos++;
                }
                StringBuilder arg = new StringBuilder();
                argument(arg, end);
                if (arg.length() == 0) {
                    out.append(name.equals("~") ? "~" : name.equals("^") ? "^" : "");
                    if (!name.equals("~") && !name.equals("^")) {
                        changes.accept("the accent \\" + name + " without a letter dropped");
                    }
                    return;
                }
                int cp = arg.codePointAt(0);
                String base = cp == '\u0131' ? "i" : cp == '\u0237' ? "j" : new String(Character.toChars(cp));
                out.append(base).append(accent.charValue()).append(arg, Character.charCount(cp), arg.length());
                return;
            }
            String symbol = SYMBOLS.get(name);
            if (symbol != null) {
                out.append(symbol);
                return;
            }
            if (name.length() == 1 && "&%$#_{}\\ ,;:!@/-".indexOf(name.charAt(0)) >= 0) {
                switch (name.charAt(0)) {
                    case '\\', ',', ';', ':', '!', ' ' -> out.append(' ');
                    case '@', '/', '-' -> { }
                    default -> out.append(name);
                }
                return;
            }
            if (FORMATTING.contains(name)) {
                changes.accept("the formatting \\" + name + " dropped");
                if (name.equals("href")) {
                    StringBuilder target = new StringBuilder();
                    argument(target, end);
                    changes.accept("the link target '" + target + "' of \\href dropped");
                }
                return;
            }
            changes.accept("the command " + raw.substring(start, pos).strip() + " kept as written");
            out.append(raw, start, pos);
        }

        /** Reads one argument: a braced group, a command, or one character. */
        private void argument(StringBuilder out, int end) {
            if (pos >= end) {
                return;
            }
            char c = raw.charAt(pos);
            if (c == '{') {
                int close = matching(pos, end);
                pos++;
                run(out, close);
                pos = Math.min(close + 1, end);
            } else if (c == '\\') {
                command(out, end);
            } else {
                int cp = raw.codePointAt(pos);
                out.appendCodePoint(cp);
                pos += Character.charCount(cp);
            }
        }

        private int matching(int open, int end) {
            int depth = 0;
            for (int i = open; i < end; i++) {
                char c = raw.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    return i;
                }
            }
            return end;
        }
    }
}
