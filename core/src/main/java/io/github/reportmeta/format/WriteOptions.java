package io.github.reportmeta.format;

import io.github.reportmeta.internal.messages.Quoting;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * How a writer treats information its format cannot hold, and the settings of particular formats.
 *
 * <p>A setting is a string value under a key namespaced by the format it is for: {@code crossref.depositor.name}
 * is the setting {@code depositor.name} of the format {@code crossref}. A format reads only its own keys and
 * ignores the others, so that one set of options can serve a conversion to any format.
 *
 * @param lossless whether the first loss fails the write with {@link LossyConversionException}
 * @param listener what is told of each note as it arises, such as a command printing warnings
 * @param settings the settings of particular formats, by key, in key order
 */
public record WriteOptions(boolean lossless, Consumer<ConversionNote> listener, Map<String, String> settings) {

    /** Writes what the format can hold and reports the rest. */
    public static final WriteOptions DEFAULT = new WriteOptions(false);

    /** Refuses to drop anything. */
    public static final WriteOptions LOSSLESS = new WriteOptions(true);

    /** The longest value of a setting, in UTF-16 code units. */
    public static final int MAX_SETTING_LENGTH = 4096;

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_+-]*(?:\\.[a-z0-9][a-z0-9_-]*)+");

    /** Checks that the listener is present and every setting well formed, and copies the settings. */
    public WriteOptions {
        Objects.requireNonNull(listener, "listener");
        Map<String, String> copy = new TreeMap<>();
        settings.forEach((key, value) -> copy.put(checkKey(key), checkValue(key, value)));
        settings = Collections.unmodifiableMap(copy);
    }

    /**
     * Options with a listener and no settings.
     *
     * @param lossless whether the first loss fails the write
     * @param listener what is told of each note as it arises
     */
    public WriteOptions(boolean lossless, Consumer<ConversionNote> listener) {
        this(lossless, listener, Map.of());
    }

    /**
     * Options without a listener or settings.
     *
     * @param lossless whether the first loss fails the write
     */
    public WriteOptions(boolean lossless) {
        this(lossless, note -> {});
    }

    /**
     * These options with a listener.
     *
     * @param value what is told of each note as it arises
     * @return a copy
     */
    public WriteOptions withListener(Consumer<ConversionNote> value) {
        return new WriteOptions(lossless, value, settings);
    }

    /**
     * These options with one setting added or replaced.
     *
     * @param key the format's name, a dot and the setting's name, such as {@code crossref.depositor.name}
     * @param value the value, at most {@value #MAX_SETTING_LENGTH} characters
     * @return a copy
     * @throws IllegalArgumentException if the key is not namespaced by a format or the value is too long
     */
    public WriteOptions with(String key, String value) {
        Map<String, String> copy = new TreeMap<>(settings);
        copy.put(checkKey(key), checkValue(key, value));
        return new WriteOptions(lossless, listener, copy);
    }

    /**
     * The value of a setting.
     *
     * @param key the setting's key, such as {@code crossref.depositor.name}
     * @return the value, or empty when it was not set
     */
    public Optional<String> setting(String key) {
        return Optional.ofNullable(settings.get(Objects.requireNonNull(key, "key")));
    }

    private static String checkKey(String key) {
        Objects.requireNonNull(key, "key");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("a setting's key is a format's name, a dot and the setting's name in"
                    + " lower case, such as crossref.depositor.name, but was '" + Quoting.clip(key) + "'");
        }
        return key;
    }

    private static String checkValue(String key, String value) {
        Objects.requireNonNull(value, () -> "the value of setting " + key);
        if (value.length() > MAX_SETTING_LENGTH) {
            throw new IllegalArgumentException("the value of setting " + key + " is " + value.length()
                    + " characters long; expected at most " + MAX_SETTING_LENGTH);
        }
        return value;
    }
}
