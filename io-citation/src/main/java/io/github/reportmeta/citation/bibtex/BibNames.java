package io.github.reportmeta.citation.bibtex;

import io.github.reportmeta.Agent;
import io.github.reportmeta.NameOrder;
import io.github.reportmeta.Organization;
import io.github.reportmeta.Person;
import io.github.reportmeta.PersonName;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Name lists of BibTeX: names joined by {@code and}, each a person in the forms "First von Last",
 * "von Last, First" or "von Last, Jr, First", or an organisation wrapped in braces, {@code {Research Team X}}.
 */
final class BibNames {

    private BibNames() {}

    /**
     * Splits a name list at the word {@code and} outside braces.
     *
     * @param raw the field's LaTeX
     * @return the names' LaTeX, stripped, blank ones left out
     */
    static List<String> split(String raw) {
        List<String> names = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (depth == 0 && Latex.isSpace(c) && i + 4 < raw.length()
                    && raw.regionMatches(true, i + 1, "and", 0, 3) && Latex.isSpace(raw.charAt(i + 4))) {
                names.add(raw.substring(start, i).strip());
                start = i + 5;
                i += 4;
            }
        }
        names.add(raw.substring(start).strip());
        names.removeIf(String::isEmpty);
        return names;
    }

    /**
     * Whether a value is exactly one brace group: {@code {Research Team X}}.
     *
     * @param raw the LaTeX, stripped
     * @return whether the first brace closes at the end
     */
    static boolean isOneGroup(String raw) {
        return raw.length() >= 2 && raw.charAt(0) == '{' && groupEnd(raw, 0) == raw.length() - 1;
    }

    /** The index of the brace that closes the one at {@code open}, or -1. */
    static int groupEnd(String raw, int open) {
        int depth = 0;
        for (int i = open; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Reads one name: an organisation when wholly braced, else a person.
     *
     * @param raw the name's LaTeX
     * @param changes what is told of LaTeX that could not be kept as text
     * @return the agent, or {@code null} for a name with no text
     */
    static @Nullable Agent agent(String raw, Consumer<String> changes) {
        if (isOneGroup(raw)) {
            String name = Latex.decode(raw.substring(1, raw.length() - 1), changes);
            return name.isEmpty() ? null : Organization.of(name);
        }
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(raw.substring(start, i).strip());
                start = i + 1;
            }
        }
        parts.add(raw.substring(start).strip());
        String first;
        String von;
        String last;
        String jr = "";
        if (parts.size() == 1) {
            List<String> words = words(parts.get(0));
            int lastWord = words.size() - 1;
            int vonStart = -1;
            int vonEnd = -1;
            for (int i = 0; i < lastWord; i++) {
                if (lowerCase(words.get(i), changes)) {
                    if (vonStart < 0) {
                        vonStart = i;
                    }
                    vonEnd = i + 1;
                }
            }
            if (vonStart < 0) {
                first = String.join(" ", words.subList(0, Math.max(lastWord, 0)));
                von = "";
                last = lastWord < 0 ? "" : words.get(lastWord);
            } else {
                first = String.join(" ", words.subList(0, vonStart));
                von = String.join(" ", words.subList(vonStart, vonEnd));
                last = String.join(" ", words.subList(vonEnd, words.size()));
            }
        } else {
            List<String> words = words(parts.get(0));
            int vonEnd = 0;
            for (int i = 0; i < words.size() - 1; i++) {
                if (lowerCase(words.get(i), changes)) {
                    vonEnd = i + 1;
                }
            }
            von = String.join(" ", words.subList(0, vonEnd));
            last = String.join(" ", words.subList(vonEnd, words.size()));
            if (parts.size() == 2) {
                first = parts.get(1);
            } else {
                jr = parts.get(1);
                first = String.join(", ", parts.subList(2, parts.size()));
            }
        }
        String family = text(last, changes);
        String given = text(first, changes);
        String particle = text(von, changes);
        String suffix = text(jr, changes);
        if (family == null && given == null) {
            return null;
        }
        if (family == null && particle != null) {
            family = particle;
            particle = null;
        }
        return Person.of(new PersonName(family, given, particle, family == null ? null : suffix,
                NameOrder.GIVEN_FIRST, null, null));
    }

    private static @Nullable String text(String raw, Consumer<String> changes) {
        String t = Latex.decode(raw, changes);
        return t.isEmpty() ? null : t;
    }

    /** The words of a name part, split at white space outside braces. */
    private static List<String> words(String raw) {
        List<String> words = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (depth == 0 && (Latex.isSpace(c) || c == '~')) {
                if (i > start) {
                    words.add(raw.substring(start, i));
                }
                start = i + 1;
            }
        }
        if (start < raw.length()) {
            words.add(raw.substring(start));
        }
        return words;
    }

    /** BibTeX's test for a "von" word: its first letter outside braces, or of a special character, is lower case. */
    private static boolean lowerCase(String word, Consumer<String> changes) {
        if (word.startsWith("{\\")) {
            String t = Latex.decode(word, s -> { });
            return !t.isEmpty() && Character.isLowerCase(t.codePointAt(0));
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '{') {
                return false;
            }
            if (Character.isLetter(c)) {
                return Character.isLowerCase(c);
            }
        }
        return false;
    }

    /**
     * Writes an author: an organisation wrapped in braces, a person as "von Last, Jr, First" with each part that a
     * reader would split or misread wrapped in braces.
     *
     * @param agent the person or organisation
     * @return the name's LaTeX
     */
    static String format(Agent agent) {
        if (agent instanceof Organization o) {
            return "{" + Latex.encode(o.name()) + "}";
        }
        PersonName n = ((Person) agent).name();
        if (n.isLiteral()) {
            return "{" + Latex.encode(n.literal()) + "}";
        }
        StringBuilder b = new StringBuilder();
        if (n.particle() != null) {
            b.append(Latex.encode(n.particle())).append(' ');
        }
        if (n.family() != null) {
            b.append(protect(n.family(), true));
        }
        if (n.suffix() != null) {
            b.append(", ").append(protect(n.suffix(), false));
        }
        b.append(',');
        if (n.given() != null) {
            b.append(' ').append(protect(n.given(), false));
        }
        return b.toString();
    }

    private static String protect(String part, boolean family) {
        String e = Latex.encode(part);
        boolean split = part.indexOf(',') >= 0 || containsAnd(part)
                || (family && (part.chars().anyMatch(c -> Latex.isSpace((char) c) || c == '\u00A0')
                        || Character.isLowerCase(part.codePointAt(0))));
        return split ? "{" + e + "}" : e;
    }

    private static boolean containsAnd(String part) {
        return split(" " + part + " ").size() > 1;
    }
}
