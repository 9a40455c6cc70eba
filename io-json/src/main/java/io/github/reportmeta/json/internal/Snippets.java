package io.github.reportmeta.json.internal;

import io.github.reportmeta.internal.messages.Quoting;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.TokenStreamContext;

/** Keeps messages short: at most {@value #MAX_INPUT} characters of any piece of input, and JSON Pointers. */
public final class Snippets {

    /** The most characters of one piece of input a message shows. */
    public static final int MAX_INPUT = 80;

    private static final Pattern QUOTED = Pattern.compile("'[^']{" + (MAX_INPUT + 1) + ",}'|\"[^\"]{" + (MAX_INPUT + 1) + ",}\"");

    private Snippets() {}

    /**
     * The text cut to {@value #MAX_INPUT} characters, with an ellipsis and the full length when it was cut, and its
     * control characters escaped.
     *
     * @param text a piece of input
     * @return the text, or its start
     */
    public static String clip(String text) {
        return Quoting.clip(text);
    }

    /**
     * A message from elsewhere with every quoted piece cut to {@value #MAX_INPUT} characters and every control
     * character escaped (Jackson's messages quote the input as it is).
     *
     * @param message a message that may quote input in single or double quotes
     * @return the message with long quotations cut
     */
    public static String clipQuoted(String message) {
        Matcher m = QUOTED.matcher(message);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String quoted = m.group();
            char quote = quoted.charAt(0);
            m.appendReplacement(b, Matcher.quoteReplacement(quote + clip(quoted.substring(1, quoted.length() - 1)) + quote));
        }
        m.appendTail(b);
        return Quoting.escapeControls(b.toString());
    }

    /**
     * The JSON Pointer of the place a parser is at, below the root value, with each name cut short.
     *
     * @param context the parser's context
     * @return the pointer, or the empty string at the root
     */
    public static String pointer(TokenStreamContext context) {
        StringBuilder b = new StringBuilder();
        append(b, context);
        return b.toString();
    }

    private static void append(StringBuilder b, TokenStreamContext context) {
        TokenStreamContext parent = context.getParent();
        if (parent == null) {
            return;
        }
        append(b, parent);
        if (context.inObject()) {
            String name = context.currentName();
            if (name != null) {
                b.append('/').append(clip(name).replace("~", "~0").replace("/", "~1"));
            }
        } else if (context.inArray() && context.getCurrentIndex() >= 0) {
            b.append('/').append(context.getCurrentIndex());
        }
    }
}
