package io.github.reportmeta.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The formats that are available, found by name, by file extension or by the first bytes of an input.
 *
 * <pre>{@code
 * FormatRegistry formats = FormatRegistry.load();
 * ReportFormat json = formats.expect("json");
 * }</pre>
 */
public final class FormatRegistry {

    /** How many leading bytes of an input {@link #detect} looks at. */
    public static final int SNIFF_BYTES = 8192;

    private final Map<String, ReportFormat> byName;

    private FormatRegistry(List<ReportFormat> formats) {
        Map<String, ReportFormat> map = new LinkedHashMap<>();
        for (ReportFormat f : formats) {
            ReportFormat earlier = map.putIfAbsent(f.name(), f);
            if (earlier != null && earlier.getClass() != f.getClass()) {
                throw new IllegalStateException("two formats are named '" + f.name() + "': "
                        + earlier.getClass().getName() + " and " + f.getClass().getName());
            }
        }
        this.byName = map;
    }

    /**
     * The formats found by {@link ServiceLoader} on the module path and class path of this module's loader.
     *
     * @return the registry
     */
    public static FormatRegistry load() {
        return load(FormatRegistry.class.getClassLoader());
    }

    /**
     * The formats found by {@link ServiceLoader} through a class loader.
     *
     * @param loader the class loader to search
     * @return the registry
     */
    public static FormatRegistry load(ClassLoader loader) {
        List<ReportFormat> found = new ArrayList<>();
        ServiceLoader.load(ReportFormat.class, loader).forEach(found::add);
        found.sort(Comparator.comparing(ReportFormat::name));
        return new FormatRegistry(found);
    }

    /**
     * A registry of exactly these formats.
     *
     * @param formats the formats
     * @return the registry
     */
    public static FormatRegistry of(ReportFormat... formats) {
        return new FormatRegistry(List.of(formats));
    }

    /**
     * Every format, in name order.
     *
     * @return the formats
     */
    public List<ReportFormat> all() {
        return List.copyOf(byName.values());
    }

    /**
     * The format with a name, ignoring case.
     *
     * @param name a name such as {@code json}
     * @return the format, if there is one
     */
    public Optional<ReportFormat> find(String name) {
        ReportFormat exact = byName.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        return byName.values().stream().filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * The format with a name, which must exist.
     *
     * @param name a name such as {@code json}
     * @return the format
     * @throws UnknownFormatException naming the known formats when none has that name
     */
    public ReportFormat expect(String name) {
        return find(name).orElseThrow(() -> new UnknownFormatException(
                "no format is named '" + name + "'; known formats: " + names()));
    }

    /**
     * The formats whose extensions match the end of a file name; the longest extension first, so that
     * {@code a.jsonl} prefers {@code jsonl} to nothing and {@code a.dc.xml} could prefer {@code dc.xml} to
     * {@code xml}.
     *
     * @param fileName the file name
     * @return the matching formats, best first
     */
    public List<ReportFormat> forFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        record Match(ReportFormat format, int length) {}
        List<Match> matches = new ArrayList<>();
        for (ReportFormat f : byName.values()) {
            f.extensions().stream()
                    .filter(ext -> lower.endsWith("." + ext.toLowerCase(Locale.ROOT)))
                    .mapToInt(String::length)
                    .max()
                    .ifPresent(len -> matches.add(new Match(f, len)));
        }
        matches.sort(Comparator.comparingInt(Match::length).reversed());
        return matches.stream().map(Match::format).toList();
    }

    /**
     * The readable format that an input is in, judged by its first bytes and, to break ties, its file name.
     *
     * @param fileName the input's name, or the empty string when it has none (standard input)
     * @param head the input's first bytes, up to {@link #SNIFF_BYTES}
     * @return the format
     * @throws UnknownFormatException when no readable format recognises the input
     */
    public ReportFormat detect(String fileName, byte[] head) {
        List<ReportFormat> byExtension = fileName.isEmpty() ? List.of() : forFileName(fileName);
        ReportFormat best = null;
        int bestScore = 0;
        for (ReportFormat f : byName.values()) {
            if (!f.canRead()) {
                continue;
            }
            Detection match = f.detect(head);
            if (!match.matches()) {
                continue;
            }
            // Strength first; between equal strengths, the format whose extension the file carries.
            int score = match.strength().ordinal() * 2 + (byExtension.contains(f) ? 1 : 0);
            if (score > bestScore) {
                best = f;
                bestScore = score;
            }
        }
        if (best == null) {
            throw new UnknownFormatException("cannot tell the format of '" + (fileName.isEmpty() ? "<stdin>" : fileName)
                    + "' from its content (readable formats: "
                    + byName.values().stream().filter(ReportFormat::canRead).map(ReportFormat::name)
                            .collect(Collectors.joining(", ")) + ")");
        }
        return best;
    }

    private String names() {
        return String.join(", ", byName.keySet());
    }
}
