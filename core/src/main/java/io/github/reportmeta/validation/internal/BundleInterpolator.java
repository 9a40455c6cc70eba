package io.github.reportmeta.validation.internal;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;

/**
 * Interpolates messages from reportmeta's own bundles in one locale, without an expression language.
 *
 * <p>A {@code {key}} is looked up in the bundle first, then in the dynamic message parameters, then among
 * the constraint's attributes; {@code {value}} is the validated value as {@link QuotedText} quotes it: cut to 80
 * characters, controls and invisible characters escaped. Anything else is
 * left as written, so {@code ${...}} is never evaluated.
 */
public final class BundleInterpolator implements MessageInterpolator {

    /** The base name of the message bundles. */
    public static final String BUNDLE = "io.github.reportmeta.validation.Messages";

    private static final Pattern TERM = Pattern.compile("(?<!\\$)\\{([A-Za-z0-9_.]+)}");
    private static final int MAX_DEPTH = 4;
    private static final Set<String> BUNDLED_LANGUAGES = Set.of("en", "zh");

    private final ResourceBundle bundle;
    private final Locale locale;

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
        return resolve(template, context, 0);
    }

    @Override
    public String interpolate(String template, Context context, Locale ignored) {
        return resolve(template, context, 0);
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

    private String resolve(String template, Context context, int depth) {
        Matcher m = TERM.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(term(m.group(1), m.group(), context, depth)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String term(String name, String written, Context context, int depth) {
        if (depth < MAX_DEPTH && bundle.containsKey(name)) {
            return resolve(bundle.getString(name), context, depth + 1);
        }
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
}
