package io.github.reportmeta.format;

import java.util.List;

/**
 * Everything a read or a write could not carry over as it was.
 *
 * @param notes the notes, in the order they arose
 */
public record ConversionReport(List<ConversionNote> notes) {

    /** A report with no notes. */
    public static final ConversionReport EMPTY = new ConversionReport(List.of());

    /** Copies the notes. */
    public ConversionReport {
        notes = List.copyOf(notes);
    }

    /**
     * The fields that were dropped.
     *
     * @return the notes of kind {@link ConversionNote.Kind#LOSS}
     */
    public List<ConversionNote> losses() {
        return notes.stream().filter(n -> n.kind() == ConversionNote.Kind.LOSS).toList();
    }

    /**
     * Whether nothing was dropped.
     *
     * @return true when there is no loss
     */
    public boolean isLossless() {
        return notes.stream().noneMatch(n -> n.kind() == ConversionNote.Kind.LOSS);
    }
}
