package io.github.reportmeta.format;

/**
 * How a writer treats information its format cannot hold.
 *
 * @param lossless whether the first loss fails the write with {@link LossyConversionException}
 */
public record WriteOptions(boolean lossless) {

    /** Writes what the format can hold and reports the rest. */
    public static final WriteOptions DEFAULT = new WriteOptions(false);

    /** Refuses to drop anything. */
    public static final WriteOptions LOSSLESS = new WriteOptions(true);
}
