package io.github.reportmeta.validation.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * The subtags of the IANA Language Subtag Registry shipped with core (the resource {@code language-subtag-registry},
 * see its README), read once on first use into one sorted array of numbers for each type of subtag: each subtag,
 * at most eight letters and digits, is a number in base 37, so that some 9,000 subtags take about 72 KB.
 */
public final class LanguageSubtags {

    /** The resource, beside this class. */
    static final String RESOURCE = "language-subtag-registry";

    private static final int LANGUAGE = 0;
    private static final int EXTLANG = 1;
    private static final int SCRIPT = 2;
    private static final int REGION = 3;
    private static final int VARIANT = 4;
    private static final List<String> TYPES = List.of("language", "extlang", "script", "region", "variant");
    /** How many tags' answers are kept: a catalogue uses a few dozen tags again and again; beyond, each is checked. */
    private static final int MAX_KEPT = 1024;

    private final String fileDate;
    private final long[][] subtags;
    private final Set<String> tags;
    private final ConcurrentMap<String, Optional<String>> answers = new ConcurrentHashMap<>();

    private LanguageSubtags(String fileDate, long[][] subtags, Set<String> tags) {
        this.fileDate = fileDate;
        this.subtags = subtags;
        this.tags = tags;
    }

    /**
     * The registry shipped with core, read on first use.
     *
     * @return the registry
     */
    public static LanguageSubtags registry() {
        return Holder.REGISTRY;
    }

    /**
     * The date the shipped registry was published, from its first line.
     *
     * @return the {@code File-Date}, such as {@code 2024-03-06}
     */
    public String fileDate() {
        return fileDate;
    }

    /**
     * The first subtag of a well-formed tag that the registry does not hold, with its type: the primary language,
     * extended languages, script, region and variants are checked; extensions and private use are not, and a
     * grandfathered or redundant tag registered whole is registered.
     *
     * @param tag the tag
     * @return the subtag and its type, as {@code 'english' (language)}; empty when every subtag is registered or
     *     when the tag is not well-formed (another rule reports that)
     */
    public Optional<String> firstUnregistered(String tag) {
        Optional<String> known = answers.get(tag);
        if (known != null) {
            return known;
        }
        Optional<String> answer = lookUp(tag);
        if (answers.size() < MAX_KEPT) {
            answers.putIfAbsent(tag, answer);
        }
        return answer;
    }

    private Optional<String> lookUp(String tag) {
        try {
            new Locale.Builder().setLanguageTag(tag);
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
        String lower = tag.toLowerCase(Locale.ROOT);
        if (tags.contains(lower)) {
            return Optional.empty();
        }
        String[] parts = lower.split("-", -1);
        if (parts[0].equals("x")) {
            return Optional.empty();
        }
        String unregistered = check(parts[0], LANGUAGE);
        int i = 1;
        while (unregistered == null && i < parts.length && i <= 3 && parts[0].length() <= 3 && isAlpha(parts[i], 3)) {
            unregistered = check(parts[i++], EXTLANG);
        }
        if (unregistered == null && i < parts.length && isAlpha(parts[i], 4)) {
            unregistered = check(parts[i++], SCRIPT);
        }
        if (unregistered == null && i < parts.length && (isAlpha(parts[i], 2) || isDigits(parts[i], 3))) {
            unregistered = check(parts[i++], REGION);
        }
        while (unregistered == null && i < parts.length && isVariant(parts[i])) {
            unregistered = check(parts[i++], VARIANT);
        }
        return Optional.ofNullable(unregistered);
    }

    private @Nullable String check(String subtag, int type) {
        return Arrays.binarySearch(subtags[type], code(subtag)) >= 0
                ? null
                : "'" + subtag + "' (" + TYPES.get(type) + ")";
    }

    private static boolean isAlpha(String part, int length) {
        return part.length() == length && part.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }

    private static boolean isDigits(String part, int length) {
        return part.length() == length && part.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static boolean isVariant(String part) {
        return (part.length() >= 5 && part.length() <= 8)
                || (part.length() == 4 && part.charAt(0) >= '0' && part.charAt(0) <= '9');
    }

    /** A subtag of at most eight ASCII letters and digits as a number, case ignored; -1 for anything else. */
    static long code(String subtag) {
        if (subtag.isEmpty() || subtag.length() > 8) {
            return -1;
        }
        long code = 0;
        for (int i = 0; i < subtag.length(); i++) {
            char c = Character.toLowerCase(subtag.charAt(i));
            int digit;
            if (c >= 'a' && c <= 'z') {
                digit = c - 'a' + 1;
            } else if (c >= '0' && c <= '9') {
                digit = c - '0' + 27;
            } else {
                return -1;
            }
            code = code * 37 + digit;
        }
        return code;
    }

    /**
     * Reads a registry in the record-jar format of RFC 5646: a {@code File-Date} line, then records separated by
     * {@code %%} with {@code Type}, {@code Subtag} (possibly a range such as {@code qaa..qtz}) or {@code Tag}.
     *
     * @param in the registry, UTF-8
     * @return the registry
     * @throws IOException when it cannot be read
     */
    static LanguageSubtags read(InputStream in) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String first = lines.readLine();
        if (first == null || !first.startsWith("File-Date: ")) {
            throw new IllegalStateException("the language subtag registry must start with 'File-Date: ', but was '"
                    + QuotedText.of(String.valueOf(first)) + "'");
        }
        Codes[] codes = new Codes[TYPES.size()];
        Arrays.setAll(codes, t -> new Codes());
        Set<String> tags = new HashSet<>();
        String type = null;
        String subtag = null;
        String tag = null;
        for (String line = lines.readLine(); ; line = lines.readLine()) {
            if (line == null || line.equals("%%")) {
                if (type != null) {
                    int t = TYPES.indexOf(type);
                    if (t >= 0 && subtag != null) {
                        addRange(codes[t], subtag.toLowerCase(Locale.ROOT));
                    } else if (tag != null) {
                        tags.add(tag.toLowerCase(Locale.ROOT));
                    }
                }
                if (line == null) {
                    break;
                }
                type = null;
                subtag = null;
                tag = null;
            } else if (line.startsWith("Type: ")) {
                type = line.substring(6).strip();
            } else if (line.startsWith("Subtag: ")) {
                subtag = line.substring(8).strip();
            } else if (line.startsWith("Tag: ")) {
                tag = line.substring(5).strip();
            }
        }
        long[][] subtags = new long[TYPES.size()][];
        for (int t = 0; t < codes.length; t++) {
            subtags[t] = codes[t].sorted();
        }
        return new LanguageSubtags(first.substring(11).strip(), subtags, Set.copyOf(tags));
    }

    /** Adds a subtag, or each of a range of letters such as {@code qaa..qtz}. */
    private static void addRange(Codes codes, String subtag) {
        int dots = subtag.indexOf("..");
        if (dots < 0) {
            codes.add(code(subtag));
            return;
        }
        char[] at = subtag.substring(0, dots).toCharArray();
        String last = subtag.substring(dots + 2);
        while (true) {
            String current = new String(at);
            codes.add(code(current));
            if (current.equals(last) || current.compareTo(last) > 0) {
                return;
            }
            int i = at.length - 1;
            while (i >= 0 && at[i] == 'z') {
                at[i--] = 'a';
            }
            if (i < 0) {
                return;
            }
            at[i]++;
        }
    }

    /** A growing array of codes. */
    private static final class Codes {
        private long[] values = new long[64];
        private int size;

        void add(long code) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = code;
        }

        long[] sorted() {
            long[] result = Arrays.copyOf(values, size);
            Arrays.sort(result);
            return result;
        }
    }

    /** Reads the shipped registry when it is first asked for. */
    private static final class Holder {
        static final LanguageSubtags REGISTRY = load();

        private static LanguageSubtags load() {
            try (InputStream in = LanguageSubtags.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the language subtag registry is missing: " + RESOURCE);
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the language subtag registry", e);
            }
        }
    }
}
