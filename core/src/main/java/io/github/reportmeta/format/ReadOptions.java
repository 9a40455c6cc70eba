package io.github.reportmeta.format;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * How a reader treats its input.
 *
 * @param sourceName the name of the input in messages, such as a file name or {@code <stdin>}
 * @param lenient whether unknown fields are skipped with a warning instead of failing the read
 * @param maxReportBytes the largest single report, in bytes of input, that a reader accepts
 * @param listener what is told of each note as it arises, such as a command printing warnings
 */
public record ReadOptions(String sourceName, boolean lenient, long maxReportBytes, Consumer<ConversionNote> listener) {

    /** The default largest report: 8 MiB of input. */
    public static final long DEFAULT_MAX_REPORT_BYTES = 8L * 1024 * 1024;

    /** Checks the values. */
    public ReadOptions {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(listener, "listener");
        if (maxReportBytes <= 0) {
            throw new IllegalArgumentException("maxReportBytes must be positive, but was " + maxReportBytes);
        }
    }

    /**
     * Options without a listener.
     *
     * @param sourceName the name of the input in messages
     * @param lenient whether unknown fields are skipped with a warning
     * @param maxReportBytes the largest single report in bytes of input
     */
    public ReadOptions(String sourceName, boolean lenient, long maxReportBytes) {
        this(sourceName, lenient, maxReportBytes, note -> {});
    }

    /**
     * Strict reading of a named input.
     *
     * @param sourceName the name of the input in messages
     * @return the options
     */
    public static ReadOptions of(String sourceName) {
        return new ReadOptions(sourceName, false, DEFAULT_MAX_REPORT_BYTES);
    }

    /**
     * These options with lenient reading switched on or off.
     *
     * @param value whether unknown fields are skipped with a warning
     * @return a copy
     */
    public ReadOptions withLenient(boolean value) {
        return new ReadOptions(sourceName, value, maxReportBytes, listener);
    }

    /**
     * These options with a listener.
     *
     * @param value what is told of each note as it arises
     * @return a copy
     */
    public ReadOptions withListener(Consumer<ConversionNote> value) {
        return new ReadOptions(sourceName, lenient, maxReportBytes, value);
    }

    /**
     * These options with another report size limit.
     *
     * @param value the largest report in bytes of input
     * @return a copy
     */
    public ReadOptions withMaxReportBytes(long value) {
        return new ReadOptions(sourceName, lenient, value, listener);
    }
}
