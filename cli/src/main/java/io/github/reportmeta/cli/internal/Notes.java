package io.github.reportmeta.cli.internal;

import io.github.reportmeta.format.ConversionNote;
import java.util.Locale;

/** How the commands print a reader's or writer's notes on standard error. */
public final class Notes {

    private Notes() {}

    /**
     * A note as a line: {@code warning: loss r1 /metrics: …} for a dropped field, {@code warning: <stdin>:13:1: …}
     * for a reader's warning, {@code skipped: …} and {@code info: …} for the others.
     *
     * @param note the note
     * @return the line
     */
    public static String line(ConversionNote note) {
        return switch (note.kind()) {
            case LOSS -> "warning: " + note;
            case WARNING -> "warning: " + note.describe();
            case SKIPPED, INFO -> note.kind().name().toLowerCase(Locale.ROOT) + ": " + note.describe();
        };
    }
}
