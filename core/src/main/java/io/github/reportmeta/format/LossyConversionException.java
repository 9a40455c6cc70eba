package io.github.reportmeta.format;

import io.github.reportmeta.ReportMetadataException;

/** A write that would lose information, refused because the caller asked for a lossless conversion. */
public final class LossyConversionException extends ReportMetadataException {

    private static final long serialVersionUID = 1L;

    // Exceptions are Serializable through Throwable; reportmeta's are not meant to be serialized, so the
    // note need not be (newer javac, such as 25's, warns of the field otherwise).
    @SuppressWarnings("serial")
    private final ConversionNote note;

    /**
     * Creates the exception for the first loss.
     *
     * @param note the loss that was refused
     */
    public LossyConversionException(ConversionNote note) {
        super("conversion would lose information and a lossless one was asked for: " + note);
        this.note = note;
    }

    /**
     * The loss that was refused.
     *
     * @return the note
     */
    public ConversionNote note() {
        return note;
    }
}
