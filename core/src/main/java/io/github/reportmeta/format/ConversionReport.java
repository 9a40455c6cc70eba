package io.github.reportmeta.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Everything a read or a write could not carry over as it was.
 *
 * <p>A report keeps at most {@link #MAX_KEPT} notes, so that a conversion of millions of reports runs in bounded
 * memory; the rest are counted in {@link #omitted()}. A caller that wants every note, as it arises, gives a
 * listener in {@link ReadOptions} or {@link WriteOptions}.
 *
 * @param notes the notes kept, in the order they arose
 * @param omitted how many further notes arose and were not kept
 */
public record ConversionReport(List<ConversionNote> notes, long omitted) {

    /** A report with no notes. */
    public static final ConversionReport EMPTY = new ConversionReport(List.of(), 0);

    /** The most notes a report keeps. */
    public static final int MAX_KEPT = 10_000;

    /** Copies the notes. */
    public ConversionReport {
        notes = List.copyOf(notes);
        if (omitted < 0) {
            throw new IllegalArgumentException("omitted must be 0 or more, but was " + omitted);
        }
    }

    /**
     * A report of these notes, none omitted.
     *
     * @param notes the notes
     */
    public ConversionReport(List<ConversionNote> notes) {
        this(notes, 0);
    }

    /**
     * Starts collecting the notes of a writer: each goes to the options' listener, a loss is refused when the
     * options ask for a lossless write, and the first {@link #MAX_KEPT} are kept.
     *
     * @param options the writer's options
     * @return a builder
     */
    public static Builder builder(WriteOptions options) {
        return new Builder(options.lossless(), options.listener());
    }

    /**
     * Starts collecting the notes of a reader: each goes to the options' listener and the first
     * {@link #MAX_KEPT} are kept.
     *
     * @param options the reader's options
     * @return a builder
     */
    public static Builder builder(ReadOptions options) {
        return new Builder(false, options.listener());
    }

    /**
     * The fields that were dropped, among the notes kept.
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

    /**
     * How many notes arose in all.
     *
     * @return the notes kept and omitted
     */
    public long total() {
        return notes.size() + omitted;
    }

    /** Collects the notes of one reader or writer; for implementers of {@link ReportFormat}. */
    public static final class Builder {
        private final boolean lossless;
        private final Consumer<ConversionNote> listener;
        private final List<ConversionNote> kept = new ArrayList<>();
        private long omitted;

        private Builder(boolean lossless, Consumer<ConversionNote> listener) {
            this.lossless = lossless;
            this.listener = Objects.requireNonNull(listener, "listener");
        }

        /**
         * Records a note.
         *
         * @param note the note
         * @return this builder
         * @throws LossyConversionException if the note is a loss and a lossless write was asked for
         */
        public Builder add(ConversionNote note) {
            Objects.requireNonNull(note, "note");
            if (lossless && note.kind() == ConversionNote.Kind.LOSS) {
                throw new LossyConversionException(note);
            }
            listener.accept(note);
            if (kept.size() < MAX_KEPT) {
                kept.add(note);
            } else {
                omitted++;
            }
            return this;
        }

        /**
         * The notes so far.
         *
         * @return a snapshot
         */
        public ConversionReport build() {
            return new ConversionReport(kept, omitted);
        }
    }
}
