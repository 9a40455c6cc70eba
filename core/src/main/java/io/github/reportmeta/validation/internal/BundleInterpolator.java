package io.github.reportmeta.validation.internal;

import jakarta.validation.MessageInterpolator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Interpolates messages from reportmeta's own bundles in one locale, without an expression language.
 *
 * <p>A {@code {key}} is looked up in the bundle first, then in the dynamic message parameters, then among
 * the constraint's attributes; {@code {value}} is the validated value as {@link QuotedText} quotes it: cut to 80
 * characters, controls and invisible characters escaped. Anything else is
 * left as written, so {@code ${...}} is never evaluated.
 *
 * <p>A template is taken apart once, with its bundle keys expanded, and kept; only the terms that depend on the
 * violation are looked up again for each message.
 */
public final class BundleInterpolator implements MessageInterpolator {

    /** The base name of the message bundles. */
    public static final String BUNDLE = "io.github.reportmeta.validation.Messages";

    private static final Pattern TERM = Pattern.compile("(?<!\\$)\\{([A-Za-z0-9_.]+)}");
    private static final int MAX_DEPTH = 4;
    private static final Set<String> BUNDLED_LANGUAGES = Set.of("en", "zh");
    /** How many templates are kept taken apart; constraints have a few dozen, more are parsed at every use. */
    private static final int MAX_KEPT = 1024;

    private final ResourceBundle bundle;
    private final Locale locale;
    private final ConcurrentMap<String, List<Part>> parsed = new ConcurrentHashMap<>();

    /**
     * An interpolator for a locale.
     *
     * @param locale the language of the messages; English where the bundles have no better match
     */
    public BundleInterpolator(Locale locale) {
        this.locale = locale;
        this.bundle = load(locale);
    }

    /**
     * The bundle for a locale, with English as the root.
     *
     * @param locale the wanted locale
     * @return the bundle
     */
    public static ResourceBundle load(Locale locale) {
        // Asking for a language without a bundle would fall back to the JVM's default locale, not to English.
        Locale wanted = BUNDLED_LANGUAGES.contains(locale.getLanguage()) ? locale : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, wanted, BundleInterpolator.class.getModule());
    }

    @Override
    public String interpolate(String template, Context context) {
        return resolve(template, context);
    }

    @Override
    public String interpolate(String template, Context context, Locale ignored) {
        return resolve(template, context);
    }

    /**
     * The locale this interpolator writes in.
     *
     * @return the locale
     */
    public Locale locale() {
        return locale;
    }

    /**
     * A message parameter as it was given: Hibernate Validator hands them over with a backslash before each
     * backslash, brace and dollar sign, for interpolators that would read them as templates.
     */
    private static String unescape(String value) {
        if (value.indexOf('\\') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length() && "\\{}$".indexOf(value.charAt(i + 1)) >= 0) {
                c = value.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }

    private String resolve(String template, Context context) {
        List<Part> parts = parsed.get(template);
        if (parts == null) {
            parts = parse(template);
            if (parsed.size() < MAX_KEPT) {
                parsed.putIfAbsent(template, parts);
            }
        }
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            String name = part.name();
            out.append(name == null ? part.text() : term(name, part.text(), context));
        }
        return out.toString();
    }

    /** The template as literal text and the terms left to look up, with every bundle key replaced by its text. */
    private List<Part> parse(String template) {
        List<Part> parts = new ArrayList<>();
        parse(template, 0, parts);
        return List.copyOf(parts);
    }

    private void parse(String template, int depth, List<Part> parts) {
        Matcher m = TERM.matcher(template);
        int from = 0;
        while (m.find()) {
            if (m.start() > from) {
                parts.add(Part.literal(template.substring(from, m.start())));
            }
            String name = m.group(1);
            if (depth < MAX_DEPTH && bundle.containsKey(name)) {
                parse(bundle.getString(name), depth + 1, parts);
            } else {
                parts.add(new Part(name, m.group()));
            }
            from = m.end();
        }
        if (from < template.length()) {
            parts.add(Part.literal(template.substring(from)));
        }
    }

    /** A term that is not a bundle key: the validated value, a message parameter, an attribute, or as written. */
    private static String term(String name, String written, Context context) {
        if (name.equals("value")) {
            return QuotedText.of(String.valueOf(context.getValidatedValue()));
        }
        if (context instanceof HibernateMessageInterpolatorContext h) {
            Map<String, Object> parameters = h.getMessageParameters();
            if (parameters.containsKey(name)) {
                return unescape(String.valueOf(parameters.get(name)));
            }
        }
        Map<String, Object> attributes = context.getConstraintDescriptor().getAttributes();
        if (attributes.containsKey(name)) {
            return String.valueOf(attributes.get(name));
        }
        return written;
    }

    /**
     * A piece of a template: literal text when {@code name} is null, else a term to look up, written as
     * {@code text}.
     */
    private record Part(@Nullable String name, String text) {
        static Part literal(String text) {
            return new Part(null, text);
        }
    }
}
