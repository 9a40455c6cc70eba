package io.github.reportmeta.format;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * How a writer treats information its format cannot hold.
 *
 * @param lossless whether the first loss fails the write with {@link LossyConversionException}
 * @param listener what is told of each note as it arises, such as a command printing warnings
 */
public record WriteOptions(boolean lossless, Consumer<ConversionNote> listener) {

    /** Writes what the format can hold and reports the rest. */
    public static final WriteOptions DEFAULT = new WriteOptions(false);

    /** Refuses to drop anything. */
    public static final WriteOptions LOSSLESS = new WriteOptions(true);

    /** Checks that the listener is present. */
    public WriteOptions {
        Objects.requireNonNull(listener, "listener");
    }

    /**
     * Options without a listener.
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
        return new WriteOptions(lossless, value);
    }
}
