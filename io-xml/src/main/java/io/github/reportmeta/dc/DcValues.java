package io.github.reportmeta.dc;

import io.github.reportmeta.Agent;
import io.github.reportmeta.Doi;
import io.github.reportmeta.Handle;
import io.github.reportmeta.Identifier;
import io.github.reportmeta.InvalidValueException;
import io.github.reportmeta.Isbn;
import io.github.reportmeta.Issn;
import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.LocalIdentifier;
import io.github.reportmeta.NameOrder;
import io.github.reportmeta.Organization;
import io.github.reportmeta.Person;
import io.github.reportmeta.PersonName;
import io.github.reportmeta.Url;
import io.github.reportmeta.Urn;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How Dublin Core values read as repositories write them, rule by rule as {@code docs/formats/dublin-core.md}
 * lists them with the record that motivated each: names, organisations, identifiers, languages and dates.
 */
final class DcValues {

    /** A plain W3CDTF date without a time: {@code 2007}, {@code 2007-03}, {@code 2007-03-21}. */
    static final Pattern PLAIN_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    /** Life dates after the given name, as libraries write them: "Thunberg, Carl Peter, 1743-1828", "Mustafa, D. (Denis), 1966-". */
    private static final Pattern LIFE_DATES = Pattern.compile(
            "(?s)(?<name>.*?),\\s*(?<dates>(?:(?:ca\\.|b\\.|d\\.|fl\\.)\\s*)?\\d{3,4}\\??\\s*-\\s*(?:\\d{3,4}\\??)?|(?:b\\.|d\\.)\\s*\\d{3,4})\\.?");

    private static final Pattern BARE_DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
    private static final Pattern DOI_PREFIX = Pattern.compile(
            "(?i)(?:doi:\\s*|info:doi/|https?://(?:dx\\.|www\\.)?doi\\.org/|(?:dx\\.)?doi\\.org/)(?=10\\.)");
    private static final Pattern HANDLE_PREFIX = Pattern.compile("(?i)(?:hdl:|info:hdl/|https?://hdl\\.handle\\.net/)");
    private static final Pattern BARE_ISBN = Pattern.compile("(?:97[89][- ]?)?\\d{1,5}[- ]\\d{1,7}(?:[- ]\\d{1,7})?[- ][\\dXx]|97[89]\\d{10}");
    private static final Pattern BARE_ISSN = Pattern.compile("\\d{4}-\\d{3}[\\dXx]");
    private static final Pattern FILE_EXTENSION = Pattern.compile(
            "(?i).*\\.(pdf|docx?|odt|rtf|ps|epub|zip|gz|tar|txt|xlsx?|csv|pptx?|jpe?g|png|tiff?|mp[34]|djvu)(?:[?#].*)?");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{1,8})*");

    /** Words that make a name an organisation, by stem, in the languages the corpus shows. */
    private static final List<String> ORGANISATION_STEMS = List.of(
            "universit", "univerzit", "yliopisto", "korkeakoulu", "hochschule", "college", "institu", "istitut",
            "laitos", "department", "departament", "departement", "abteilung", "facult", "fakult", "tiedekunta",
            "ministr", "ministe", "centre", "center", "centro", "zentrum", "keskus", "council", "consejo", "conseil",
            "agency", "agencia", "agentur", "commission", "comisi", "kommission", "foundation", "fundaci", "stiftung",
            "fondation", "laborator", "bibliot", "library", "librar", "museum", "museo", "société", "society",
            "association", "asociaci", "verband", "verein", "committee", "comité", "academy", "academia", "akademi",
            "corporation", "company", "consortium", "organization", "organisation", "organización", "collaboration",
            "administration", "government", "authority", "bureau", "survey", "network", "secretariat", "programme");

    /** Endings that make a word an organisation's: compounds such as "Kansalliskirjasto…laitos" or "Forschungszentrum". */
    private static final List<String> ORGANISATION_ENDINGS = List.of(
            "yliopisto", "laitos", "keskus", "zentrum", "institut", "museum", "bibliothek");

    /** Short words that make a name an organisation only as whole words. */
    private static final Set<String> ORGANISATION_WORDS = Set.of(
            "bank", "banco", "team", "group", "grupo", "gruppe", "office", "school", "unit", "press", "inc", "ltd",
            "gmbh", "llc", "ag", "ry", "oy", "csic", "cern", "nasa", "oecd", "imf", "who", "unesco", "division", "service",
            "services", "project", "board", "trust", "alliance", "federation", "union", "uni");

    /** The stems by their first character (ASCII), so that a word is tried only against the stems it can start with. */
    private static final List<List<String>> STEMS_BY_FIRST_LETTER = stemsByFirstLetter();

    private static List<List<String>> stemsByFirstLetter() {
        List<List<String>> byLetter = new java.util.ArrayList<>();
        for (char c = 0; c < 128; c++) {
            List<String> stems = new java.util.ArrayList<>();
            for (String stem : ORGANISATION_STEMS) {
                if (stem.charAt(0) == c) {
                    stems.add(stem);
                }
            }
            byLetter.add(List.copyOf(stems));
        }
        return List.copyOf(byLetter);
    }

    /** Words that say a contributor is a research team. */
    private static final Set<String> TEAM_WORDS = Set.of("team", "group", "grupo", "gruppe", "équipe", "ryhmä", "课题组");

    /** Particles that stand before a family name and are written after the given name in inverted form. */
    private static final Set<String> PARTICLES = Set.of(
            "van", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la", "le", "von", "zu", "ten",
            "ter", "te", "'t", "op", "in", "het", "y", "af");

    private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v");

    /** ISO 639-2 bibliographic codes, which differ from the terminology codes the JDK knows. */
    private static final Map<String, String> BIBLIOGRAPHIC = Map.ofEntries(
            Map.entry("alb", "sq"), Map.entry("arm", "hy"), Map.entry("baq", "eu"), Map.entry("bur", "my"),
            Map.entry("chi", "zh"), Map.entry("cze", "cs"), Map.entry("dut", "nl"), Map.entry("fre", "fr"),
            Map.entry("geo", "ka"), Map.entry("ger", "de"), Map.entry("gre", "el"), Map.entry("ice", "is"),
            Map.entry("mac", "mk"), Map.entry("mao", "mi"), Map.entry("may", "ms"), Map.entry("per", "fa"),
            Map.entry("rum", "ro"), Map.entry("slo", "sk"), Map.entry("tib", "bo"), Map.entry("wel", "cy"));

    /** ISO 639-2 terminology codes and English language names, to their two-letter tags, from the JDK. */
    private static final Map<String, String> THREE_LETTER = new HashMap<>();
    private static final Map<String, String> NAMES = new HashMap<>();

    static {
        for (String two : Locale.getISOLanguages()) {
            if (Set.of("iw", "in", "ji").contains(two)) {
                continue;
            }
            Locale l = Locale.forLanguageTag(two);
            try {
                THREE_LETTER.put(l.getISO3Language(), two);
            } catch (java.util.MissingResourceException e) {
                // A language without a three-letter code has nothing to map from.
                continue;
            }
            String name = l.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && !name.equals(two)) {
                NAMES.putIfAbsent(name, two);
            }
        }
        THREE_LETTER.putAll(BIBLIOGRAPHIC);
    }

    private DcValues() {}

    /** The outcome of reading a language value: the tag, or none, and what changed, for the note. */
    record Language(@Nullable LanguageTag tag, @Nullable String change) {}

    /**
     * Reads a language as repositories write it: a BCP 47 tag as it is; {@code en_US} as {@code en-US}; an
     * ISO 639-2 code ({@code eng}, {@code dut}) or an English language name ({@code English}) as its tag; anything
     * else ({@code other}) as no language.
     *
     * @param value the value
     * @return the tag and, when it differs from the value, why
     */
    static Language language(String value) {
        String v = value.strip();
        if (LANGUAGE_TAG.matcher(v).matches()) {
            String tag = v.replace('_', '-');
            int dash = tag.indexOf('-');
            String primary = (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
            String rest = dash < 0 ? "" : tag.substring(dash);
            String two = primary.length() == 3 ? THREE_LETTER.get(primary) : null;
            if (two != null) {
                return new Language(new LanguageTag(two + rest), "the ISO 639-2 code '" + primary + "' read as '" + two + "'");
            }
            if (!tag.equals(v)) {
                return new Language(new LanguageTag(tag), "'_' read as '-' (BCP 47)");
            }
            return new Language(new LanguageTag(v), null);
        }
        String two = NAMES.get(v.toLowerCase(Locale.ROOT));
        if (two != null) {
            return new Language(new LanguageTag(two), "the language name read as '" + two + "'");
        }
        return new Language(null, "not a language tag");
    }

    /** A name split into the name and the life dates after it, which the model has no field for. */
    record Name(String name, @Nullable String lifeDates) {}

    /**
     * Takes life dates off the end of a name: "Thunberg, Carl Peter, 1743-1828" gives "Thunberg, Carl Peter" and
     * "1743-1828".
     *
     * @param value the name as written
     * @return the name and the dates, or the value unchanged
     */
    static Name withoutLifeDates(String value) {
        String v = value.strip();
        if (!hasAsciiDigit(v)) {
            // Life dates have three or four digits ([0-9]); without one the pattern cannot match.
            return new Name(v, null);
        }
        Matcher m = LIFE_DATES.matcher(v);
        if (m.matches() && !m.group("name").isBlank()) {
            return new Name(m.group("name").strip(), m.group("dates").replace(" ", ""));
        }
        return new Name(v, null);
    }

    /**
     * Whether a name is an organisation's: one of its words starts with a stem of the word list (university,
     * institute, department, ministry, centre, council, agency, commission, foundation, laboratory ... in English,
     * Finnish, Dutch, German, French and Spanish), or is one of the short words (bank, team, group, office ...).
     *
     * @param name the name
     * @return true for an organisation
     */
    static boolean isOrganisation(String name) {
        return isAscii(name) ? isOrganisationAscii(name) : isOrganisationByPattern(name);
    }

    /** {@link #isOrganisation} as it is defined: lower case, split at what is no letter, digit or apostrophe. */
    static boolean isOrganisationByPattern(String name) {
        for (String word : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")) {
            if (ORGANISATION_WORDS.contains(word)) {
                return true;
            }
            for (String stem : ORGANISATION_STEMS) {
                if (word.startsWith(stem)) {
                    return true;
                }
            }
            for (String stem : ORGANISATION_ENDINGS) {
                if (word.endsWith(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a contributor's text says it is a research team.
     *
     * @param name the name
     * @return true when a word says team or group
     */
    static boolean isTeam(String name) {
        return isAscii(name) ? isTeamAscii(name) : isTeamByPattern(name);
    }

    /**
     * {@link #isOrganisation} for ASCII text, without splitting or lower-casing: there, lower case changes no
     * length, the letters and digits of {@code \\p{L}} and {@code \\p{N}} are {@code [a-zA-Z0-9]}, and a word is
     * compared with the word lists letter by letter in either case.
     */
    static boolean isOrganisationAscii(String name) {
        int n = name.length();
        int i = 0;
        while (i < n) {
            while (i < n && !wordChar(name.charAt(i), true)) {
                i++;
            }
            int start = i;
            while (i < n && wordChar(name.charAt(i), true)) {
                i++;
            }
            if (i > start && organisationWord(name, start, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean organisationWord(String name, int start, int end) {
        int length = end - start;
        if (length < WORDS_BY_LENGTH.size()) {
            for (String word : WORDS_BY_LENGTH.get(length)) {
                if (asciiIgnoreCase(name, start, word)) {
                    return true;
                }
            }
        }
        char first = name.charAt(start);
        first = first >= 'A' && first <= 'Z' ? (char) (first + ('a' - 'A')) : first;
        if (first < STEMS_BY_FIRST_LETTER.size()) {
            for (String stem : STEMS_BY_FIRST_LETTER.get(first)) {
                if (stem.length() <= length && asciiIgnoreCase(name, start, stem)) {
                    return true;
                }
            }
        }
        for (String stem : ORGANISATION_ENDINGS) {
            if (stem.length() <= length && asciiIgnoreCase(name, end - stem.length(), stem)) {
                return true;
            }
        }
        return false;
    }

    /** {@link #ORGANISATION_WORDS} by their length, all ASCII in lower case. */
    private static final List<List<String>> WORDS_BY_LENGTH = byLength(ORGANISATION_WORDS);

    /** The ASCII words of {@link #TEAM_WORDS} by their length: the others cannot be a word of ASCII text. */
    private static final List<List<String>> TEAM_WORDS_BY_LENGTH = byLength(TEAM_WORDS);

    private static List<List<String>> byLength(Set<String> words) {
        List<List<String>> byLength = new java.util.ArrayList<>();
        for (String word : words) {
            if (isAscii(word) && word.equals(word.toLowerCase(Locale.ROOT))) {
                while (byLength.size() <= word.length()) {
                    byLength.add(new java.util.ArrayList<>());
                }
                byLength.get(word.length()).add(word);
            }
        }
        List<List<String>> copies = new java.util.ArrayList<>();
        for (List<String> sameLength : byLength) {
            copies.add(List.copyOf(sameLength));
        }
        return List.copyOf(copies);
    }

    /** {@link #isTeam} for ASCII text: words are runs of {@code [a-zA-Z0-9]}. */
    static boolean isTeamAscii(String name) {
        int n = name.length();
        int i = 0;
        while (i < n) {
            while (i < n && !wordChar(name.charAt(i), false)) {
                i++;
            }
            int start = i;
            while (i < n && wordChar(name.charAt(i), false)) {
                i++;
            }
            if (i - start < TEAM_WORDS_BY_LENGTH.size()) {
                for (String word : TEAM_WORDS_BY_LENGTH.get(i - start)) {
                    if (asciiIgnoreCase(name, start, word)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean wordChar(char c, boolean apostrophe) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (apostrophe && c == '\'');
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** Whether a text has a digit {@code [0-9]}, without which no life dates can be read off a name. */
    static boolean hasAsciiDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** {@link #isTeam} as it is defined: lower case, split at what is no letter or digit. */
    static boolean isTeamByPattern(String name) {
        for (String word : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (TEAM_WORDS.contains(word)) {
                return true;
            }
        }
        return name.contains("课题组");
    }

    /**
     * A person's name as repositories write it: "Family, Given" with particles after the given name
     * ("Laan, L. van der") and a suffix after a second comma; without a comma one word is a family name and
     * several words a literal name, kept as written.
     *
     * @param v the name, life dates taken off
     * @return the person
     */
    static Agent person(String v) {
        String[] parts = v.split(",");
        if (parts.length < 2) {
            return Person.of(PersonName.parseInverted(v, NameOrder.GIVEN_FIRST));
        }
        String family = parts[0].strip();
        String suffix = null;
        int last = parts.length;
        if (parts.length > 2 && SUFFIXES.contains(parts[parts.length - 1].strip().toLowerCase(Locale.ROOT))) {
            suffix = parts[parts.length - 1].strip();
            last--;
        }
        String given = String.join(",", List.of(parts).subList(1, last)).strip();
        String[] words = given.split(" ");
        int first = words.length;
        while (first > 1 && PARTICLES.contains(words[first - 1])) {
            first--;
        }
        String particle = first < words.length ? String.join(" ", List.of(words).subList(first, words.length)) : null;
        String givenOnly = String.join(" ", List.of(words).subList(0, first)).strip();
        if (family.isEmpty() && givenOnly.isEmpty()) {
            return Person.of(PersonName.literal(v.strip()));
        }
        return Person.of(new PersonName(family.isEmpty() ? null : family, givenOnly.isEmpty() ? null : givenOnly,
                particle, suffix, NameOrder.GIVEN_FIRST, null, null));
    }

    /**
     * Whether {@link #person} reads {@link DcMapping#invertedName} of a name back into the same family name,
     * given name, particle and suffix, told from the parts alone: family and given name present, no literal
     * form, no part empty, holding a comma or with white space around it; the particle, if any, made of
     * particles with one space between them, the given name not ending in a word that is one (unless it is one
     * word), the suffix, if any, one the reader knows. False says only that the parts do not tell.
     *
     * @param n the name
     * @return true when the reader gives back these parts
     */
    static boolean splitsBack(PersonName n) {
        if (n.literal() != null || !plainPart(n.family()) || !plainPart(n.given())) {
            return false;
        }
        String given = n.given();
        int space = given.lastIndexOf(' ');
        if (space >= 0 && given.length() - space - 1 <= LONGEST_PARTICLE && PARTICLES.contains(given.substring(space + 1))) {
            return false;
        }
        String particle = n.particle();
        if (particle != null) {
            if (!plainPart(particle)) {
                return false;
            }
            for (String word : particle.split(" ", -1)) {
                if (!PARTICLES.contains(word)) {
                    return false;
                }
            }
        }
        String suffix = n.suffix();
        return suffix == null || (plainPart(suffix) && SUFFIXES.contains(suffix.toLowerCase(Locale.ROOT)));
    }

    private static final int LONGEST_PARTICLE = PARTICLES.stream().mapToInt(String::length).max().orElse(0);

    /** A part of a name the reader's split gives back as it is: not empty, no comma, no white space around it. */
    private static boolean plainPart(@Nullable String part) {
        return part != null && !part.isEmpty() && part.indexOf(',') < 0 && !Character.isWhitespace(part.charAt(0))
                && !Character.isWhitespace(part.charAt(part.length() - 1));
    }

    /**
     * An organisation from its name: split at ". " into the hierarchy, largest first (as this library writes
     * it), never at commas.
     *
     * @param v the name
     * @return the organisation
     */
    static Organization organization(String v) {
        Organization o = null;
        int start = 0;
        while (start <= v.length()) {
            // The parts between ". ", left to right, as v.split("\\. ") gives them (blank parts are skipped either way).
            int end = v.indexOf(". ", start);
            if (end < 0) {
                end = v.length();
            }
            String name = v.substring(start, end);
            if (!name.isBlank()) {
                o = new Organization(name, null, o, null, null);
            }
            start = end + 2;
        }
        return o == null ? Organization.of(v) : o;
    }

    /**
     * Types an identifier by its content: a DOI in any of its usual spellings ({@code 10.…/…}, {@code doi:},
     * {@code info:doi/}, doi.org addresses), a Handle ({@code hdl:}, {@code info:hdl/}, hdl.handle.net), a URN,
     * an ISBN or ISSN with or without its label when the check digit holds, a web address; anything else is a
     * local identifier, kept as written.
     *
     * @param v the identifier as written
     * @return the identifier
     */
    static Identifier identifier(String v) {
        String s = v.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        try {
            Matcher doi = DOI_PREFIX.matcher(s);
            if (doi.lookingAt()) {
                return Doi.parse(s.substring(doi.end()));
            }
            if (BARE_DOI.matcher(s).matches()) {
                return Doi.parse(s);
            }
            Matcher hdl = HANDLE_PREFIX.matcher(s);
            if (hdl.lookingAt()) {
                return Handle.parse(lower.startsWith("info:hdl/") ? "hdl:" + s.substring(hdl.end()) : s);
            }
            if (lower.startsWith("urn:")) {
                return Urn.parse(s);
            }
            if (lower.startsWith("isbn")) {
                return Isbn.parse(s);
            }
            if (lower.startsWith("issn")) {
                return Issn.parse(s);
            }
            if (BARE_ISBN.matcher(s).matches()) {
                Isbn isbn = Isbn.parse(s);
                if (isbn.hasValidChecksum()) {
                    return isbn;
                }
            }
            if (BARE_ISSN.matcher(s).matches()) {
                Issn issn = Issn.parse(s);
                if (issn.hasValidChecksum()) {
                    return issn;
                }
            }
            if (Url.isWebAddress(s)) {
                return new Url(s);
            }
        } catch (InvalidValueException e) {
            // Not the identifier it looked like: kept as written, as a local identifier.
            return new LocalIdentifier(s);
        }
        return new LocalIdentifier(s);
    }

    /**
     * Whether a web address points at a file (a PDF, a document, an archive ...) rather than a landing page.
     *
     * @param url the address
     * @return true for a file
     */
    static boolean isFile(String url) {
        return (hasLineEnd(url) ? FILE_EXTENSION.matcher(url).matches() : hasFileExtension(url)) || url.contains("/bitstream/");
    }

    /** {@link #isFile} as the pattern it is defined by, for the tests. */
    static boolean isFileByPattern(String url) {
        return FILE_EXTENSION.matcher(url).matches() || url.contains("/bitstream/");
    }

    /** The extensions of {@code FILE_EXTENSION}, each alternative spelled out. */
    private static final List<String> EXTENSIONS = List.of("pdf", "doc", "docx", "odt", "rtf", "ps", "epub", "zip", "gz",
            "tar", "txt", "xls", "xlsx", "csv", "ppt", "pptx", "jpg", "jpeg", "png", "tif", "tiff", "mp3", "mp4", "djvu");

    /**
     * {@code FILE_EXTENSION} for text without line ends (which its {@code .*} would not cross): a full stop, an
     * extension in any ASCII case, then the end or a query or fragment.
     */
    static boolean hasFileExtension(String url) {
        int n = url.length();
        for (int dot = url.indexOf('.'); dot >= 0; dot = url.indexOf('.', dot + 1)) {
            // An extension has no '?' or '#' and ends at one or at the end: only the one that long can match.
            int end = dot + 1;
            while (end < n && end - dot <= LONGEST_EXTENSION && url.charAt(end) != '?' && url.charAt(end) != '#') {
                end++;
            }
            int length = end - dot - 1;
            if (end - dot > LONGEST_EXTENSION && end < n && url.charAt(end) != '?' && url.charAt(end) != '#') {
                continue;
            }
            for (String extension : EXTENSIONS) {
                if (extension.length() == length && asciiIgnoreCase(url, dot + 1, extension)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final int LONGEST_EXTENSION = EXTENSIONS.stream().mapToInt(String::length).max().orElse(0);

    /** Whether {@code text} has {@code lower} (ASCII lower case) at {@code at}, ASCII letters in any case, as {@code (?i)}. */
    static boolean asciiIgnoreCase(String text, int at, String lower) {
        for (int i = 0; i < lower.length(); i++) {
            char c = text.charAt(at + i);
            char l = lower.charAt(i);
            if (c != l && !(c >= 'A' && c <= 'Z' && c + ('a' - 'A') == l)) {
                return false;
            }
        }
        return true;
    }

    /** Whether text has a character that {@code .} does not match: a line end. */
    static boolean hasLineEnd(String text) {
        return hasLineEnd(text, 0, text.length());
    }

    /** Whether text has a line end from {@code start} to before {@code end}. */
    static boolean hasLineEnd(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }
}
