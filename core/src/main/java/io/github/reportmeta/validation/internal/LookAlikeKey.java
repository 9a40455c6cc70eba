package io.github.reportmeta.validation.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form in which two report ids that a reader cannot tell apart are equal: {@code DRC-1}, {@code drc-1},
 * {@code ｄｒｃ-1} (full-width) and {@code drc-1} followed by a zero-width space all have the key {@code drc-1}.
 *
 * <p>The id is normalised to NFKC, case folded (upper case, then lower case, both in {@link Locale#ROOT}, which
 * folds {@code ß} to {@code ss} and the final sigma like the others), normalised to NFKC again (case folding
 * can undo it), and stripped of every control (Cc), format character (Cf) and separator (Z*). This is close to
 * Unicode's NFKC_Casefold without its table of default-ignorable characters; the ids it misses (a Cyrillic
 * {@code а} for a Latin {@code a}) are confusables, which need Unicode's confusables data.
 */
public final class LookAlikeKey {

    private LookAlikeKey() {}

    /**
     * The key of an id.
     *
     * @param id the id
     * @return its look-alike key
     */
    public static String of(String id) {
        String nfkc = Normalizer.normalize(id, Normalizer.Form.NFKC);
        String folded = Normalizer.normalize(
                nfkc.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT), Normalizer.Form.NFKC);
        StringBuilder key = new StringBuilder(folded.length());
        folded.codePoints().filter(c -> !isInvisible(c)).forEach(key::appendCodePoint);
        return key.toString();
    }

    private static boolean isInvisible(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        };
    }
}
