package io.github.reportmeta;

import io.github.reportmeta.validation.NoBidiControls;
import io.github.reportmeta.validation.Strict;
import io.github.reportmeta.validation.Trimmed;
import io.github.reportmeta.validation.XmlCharacters;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.validator.constraints.CodePointLength;
import org.jspecify.annotations.Nullable;

/**
 * A person's name: family and given parts with the order they are written in, or a literal form for a name
 * that cannot be split, and optionally the name in its original script.
 *
 * <p>"Long Haibo" is {@code PersonName.parse("Long Haibo", NameOrder.FAMILY_FIRST)}: family name Long, given
 * name Haibo, written family first, with the original-script form 龙海波 in Chinese.
 *
 * @param family the family name, or {@code null} for a literal or mononymous name
 * @param given the given names, or {@code null}
 * @param particle a particle that stands before the family name ("van", "de"), or {@code null}
 * @param suffix a suffix ("Jr.", "III"), or {@code null}
 * @param order the order the name is written in
 * @param literal the name as one unsplittable string, or {@code null} when it has parts
 * @param original the name in its original script with that script's language, or {@code null}
 */
public record PersonName(
        @Nullable @XmlCharacters @NoBidiControls(groups = Strict.class) @Trimmed @CodePointLength(max = PersonName.MAX_PART) String family,
        @Nullable @XmlCharacters @NoBidiControls(groups = Strict.class) @Trimmed @CodePointLength(max = PersonName.MAX_PART) String given,
        @Nullable @XmlCharacters @NoBidiControls(groups = Strict.class) @Trimmed @CodePointLength(max = PersonName.MAX_PART) String particle,
        @Nullable @XmlCharacters @NoBidiControls(groups = Strict.class) @Trimmed @CodePointLength(max = PersonName.MAX_PART) String suffix,
        NameOrder order,
        @Nullable @XmlCharacters @NoBidiControls(groups = Strict.class) @Trimmed @CodePointLength(max = PersonName.MAX_PART) String literal,
        @Valid @Nullable LocalizedText original) {

    /** The longest name part, in code points, that validation accepts. */
    public static final int MAX_PART = 512;

    /** Checks that the name has a family part, a given part or a literal form, and not both parts and a literal. */
    public PersonName {
        Objects.requireNonNull(order, "order");
        if (literal == null && family == null && given == null) {
            throw new InvalidValueException("person name needs a family name, a given name or a literal form", "");
        }
        if (literal != null && (family != null || given != null || particle != null || suffix != null)) {
            throw new InvalidValueException(
                    "person name is either literal or made of parts, not both", literal);
        }
    }

    /**
     * A name written given name first, as "Jane Smith".
     *
     * @param given the given names
     * @param family the family name
     * @return the name
     */
    public static PersonName of(String given, String family) {
        return new PersonName(family, given, null, null, NameOrder.GIVEN_FIRST, null, null);
    }

    /**
     * A name written family name first, as romanised Chinese: "Long Haibo" is {@code familyFirst("Long", "Haibo")}.
     *
     * @param family the family name
     * @param given the given names
     * @return the name
     */
    public static PersonName familyFirst(String family, String given) {
        return new PersonName(family, given, null, null, NameOrder.FAMILY_FIRST, null, null);
    }

    /**
     * A name that cannot be split into parts.
     *
     * @param name the name as written
     * @return the name
     */
    public static PersonName literal(String name) {
        return new PersonName(null, null, null, null, NameOrder.GIVEN_FIRST, name, null);
    }

    /**
     * Splits a written name on its white space in the given order: family first takes the first word as the
     * family name, given first takes the last word. A one-word name is a family name.
     *
     * @param text the name as written, such as "Long Haibo"
     * @param order the order it is written in
     * @return the name
     * @throws InvalidValueException if the text is blank
     */
    public static PersonName parse(CharSequence text, NameOrder order) {
        String s = text.toString().strip();
        if (s.isEmpty()) {
            throw new InvalidValueException("person name must not be blank", text);
        }
        String[] words = s.split("\\s+");
        if (words.length == 1) {
            return new PersonName(s, null, null, null, order, null, null);
        }
        if (order == NameOrder.FAMILY_FIRST) {
            return familyFirst(words[0], s.substring(words[0].length()).strip());
        }
        String family = words[words.length - 1];
        return of(s.substring(0, s.length() - family.length()).strip(), family);
    }

    /**
     * Parses the inverted form "Family, Given" that catalogues and Dublin Core use.
     *
     * @param text the name, such as "Long, Haibo"
     * @param order the order the name is written in outside catalogues
     * @return the name; one word without a comma is a family name, several are a literal name
     */
    public static PersonName parseInverted(CharSequence text, NameOrder order) {
        String s = text.toString().strip();
        int comma = s.indexOf(',');
        if (s.isEmpty()) {
            throw new InvalidValueException("person name must not be blank", text);
        }
        if (comma < 0) {
            return s.chars().anyMatch(Character::isWhitespace)
                    ? literal(s)
                    : new PersonName(s, null, null, null, order, null, null);
        }
        String family = s.substring(0, comma).strip();
        String given = s.substring(comma + 1).strip();
        return new PersonName(
                family.isEmpty() ? null : family, given.isEmpty() ? null : given, null, null, order, null, null);
    }

    /**
     * This name with its original-script form.
     *
     * @param text the name in its original script, such as 龙海波
     * @param language the language of that form, such as {@code zh}
     * @return a copy with the original form set
     */
    public PersonName withOriginal(String text, LanguageTag language) {
        return new PersonName(family, given, particle, suffix, order, literal, LocalizedText.of(text, language));
    }

    /**
     * This name with a particle and suffix.
     *
     * @param newParticle the particle, or {@code null}
     * @param newSuffix the suffix, or {@code null}
     * @return a copy with both set
     */
    public PersonName withParticleAndSuffix(@Nullable String newParticle, @Nullable String newSuffix) {
        return new PersonName(family, given, newParticle, newSuffix, order, literal, original);
    }

    /**
     * Whether this name is a literal form rather than parts.
     *
     * @return true for a literal name
     */
    public boolean isLiteral() {
        return literal != null;
    }

    /**
     * The name as it is written in running text: "Long Haibo", "Jane Smith", "Ludwig van Beethoven".
     *
     * @return the display form
     */
    public String displayName() {
        if (literal != null) {
            return literal;
        }
        List<String> words = words();
        // Chinese names in Han characters are written without a space: 刘洋, not 刘 洋.
        boolean han = words.stream().allMatch(PersonName::isHan);
        return String.join(han ? "" : " ", words);
    }

    private static boolean isHan(String word) {
        return !word.isEmpty() && word.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /**
     * The inverted form that catalogues sort by: "Long, Haibo", "Beethoven, Ludwig van", "King, Martin Luther, Jr.".
     *
     * @return the inverted form, or the literal name
     */
    public String invertedName() {
        if (literal != null) {
            return literal;
        }
        StringBuilder b = new StringBuilder();
        if (family != null) {
            b.append(family);
        }
        String rest = join(given, particle);
        if (!rest.isEmpty()) {
            b.append(b.length() > 0 ? ", " : "").append(rest);
        }
        if (suffix != null) {
            b.append(", ").append(suffix);
        }
        return b.toString();
    }

    private List<String> words() {
        List<String> words = new ArrayList<>();
        if (order == NameOrder.FAMILY_FIRST) {
            add(words, particle);
            add(words, family);
            add(words, given);
        } else {
            add(words, given);
            add(words, particle);
            add(words, family);
        }
        add(words, suffix);
        return words;
    }

    private static void add(List<String> words, @Nullable String part) {
        if (part != null && !part.isEmpty()) {
            words.add(part);
        }
    }

    private static String join(@Nullable String a, @Nullable String b) {
        List<String> words = new ArrayList<>();
        add(words, a);
        add(words, b);
        return String.join(" ", words);
    }

    /** The display form. */
    @Override
    public String toString() {
        return displayName();
    }
}
