package io.github.reportmeta.registry.schemaorg;

import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.MetricType;
import io.github.reportmeta.ReportType;
import io.github.reportmeta.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The schema.org terms the format writes and reads, and the forms of a text with or without its language. */
final class Vocabulary {

    /** The {@code propertyID} of the {@code PropertyValue} that carries the report's own id. */
    static final String REPORT_ID = "reportmeta-id";

    /** The properties that hold a report's people and organisations, in the order they are written, with their roles. */
    static final Map<String, Role> ROLES = roles();

    /** The types of a work read as a report, each with the report type it stands for when no {@code genre} says. */
    static final Map<String, ReportType> WORK_TYPES = workTypes();

    /** The interaction types of the counters that are kept. */
    static final Map<String, MetricType> ACTIONS = Map.of("ViewAction", MetricType.VIEWS, "ReadAction", MetricType.VIEWS,
            "DownloadAction", MetricType.DOWNLOADS);

    /** The contexts read as schema.org's. */
    private static final Set<String> CONTEXTS = Set.of("https://schema.org", "http://schema.org", "https://schema.org/",
            "http://schema.org/", "https://schema.org/docs/jsonldcontext.json", "http://schema.org/docs/jsonldcontext.json");

    private static final List<String> PREFIXES = List.of("https://schema.org/", "http://schema.org/", "schema:");

    private Vocabulary() {}

    private static Map<String, Role> roles() {
        Map<String, Role> roles = new LinkedHashMap<>();
        roles.put("author", Role.AUTHOR);
        roles.put("creator", Role.AUTHOR);
        roles.put("editor", Role.EDITOR);
        roles.put("contributor", Role.CONTRIBUTOR);
        roles.put("translator", Role.TRANSLATOR);
        return roles;
    }

    private static Map<String, ReportType> workTypes() {
        Map<String, ReportType> types = new LinkedHashMap<>();
        types.put("Report", ReportType.RESEARCH_REPORT);
        types.put("ScholarlyArticle", ReportType.ARTICLE);
        types.put("Article", ReportType.ARTICLE);
        types.put("TechArticle", ReportType.ARTICLE);
        types.put("NewsArticle", ReportType.ARTICLE);
        types.put("BlogPosting", ReportType.ARTICLE);
        types.put("Book", ReportType.BOOK);
        types.put("Thesis", ReportType.OTHER);
        types.put("Chapter", ReportType.OTHER);
        types.put("Dataset", ReportType.OTHER);
        types.put("DigitalDocument", ReportType.OTHER);
        types.put("CreativeWork", ReportType.OTHER);
        return types;
    }

    /**
     * A term without the schema.org prefix it may carry: {@code http://schema.org/name} and {@code schema:name} are
     * {@code name}.
     */
    static String term(String name) {
        for (String prefix : PREFIXES) {
            if (name.startsWith(prefix)) {
                return name.substring(prefix.length());
            }
        }
        return name;
    }

    /** Whether a {@code @context} value is schema.org's: one of its IRIs, or an object whose {@code @vocab} is one. */
    static boolean isSchemaOrg(Object context) {
        if (context instanceof String s) {
            return CONTEXTS.contains(s);
        }
        if (context instanceof Map<?, ?> m) {
            return m.size() == 1 && m.get("@vocab") instanceof String vocab && CONTEXTS.contains(vocab);
        }
        return false;
    }

    /** The report type a {@code genre} names, by its label or its code. */
    static @Nullable ReportType typeOfGenre(String genre) {
        for (ReportType t : ReportType.values()) {
            if (t.label().equalsIgnoreCase(genre.strip()) || t.code().equalsIgnoreCase(genre.strip())) {
                return t;
            }
        }
        return null;
    }

    /**
     * A text as written: a plain string when its language is the work's ({@code inLanguage}, both absent counting as
     * the same), otherwise a value object with {@code @value} and, when it has one, {@code @language}.
     */
    static Object text(LocalizedText t, @Nullable LanguageTag workLanguage) {
        if (Objects.equals(t.language(), workLanguage)) {
            return t.text();
        }
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("@value", t.text());
        if (t.language() != null) {
            value.put("@language", t.language().value());
        }
        return value;
    }

    /** The schema.org name of an interaction type, for a metric that has one. */
    static @Nullable String action(MetricType type) {
        return switch (type) {
            case VIEWS -> "ViewAction";
            case DOWNLOADS -> "DownloadAction";
            default -> null;
        };
    }

    /** A code in lower case, for comparing {@code propertyID}s. */
    static String lower(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
