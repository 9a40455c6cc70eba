package io.github.reportmeta.cli.internal;

import io.github.reportmeta.Catalogue;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.FormatRegistry;
import io.github.reportmeta.format.ReadOptions;
import java.io.InputStream;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Reads whole catalogues, for the commands that need all of one at once (digest, diff). */
public final class Catalogues {

    private Catalogues() {}

    /**
     * Reads a whole catalogue, handing the reader's notes to a listener.
     *
     * @param argument the path, or {@code -} for standard input
     * @param from the format's name, or {@code null} to detect it
     * @param formats the formats
     * @param stdin standard input
     * @param notes hears each note of the reader
     * @return the catalogue
     */
    public static Catalogue read(String argument, @Nullable String from, FormatRegistry formats, InputStream stdin, Consumer<ConversionNote> notes) {
        Input input = Input.open(argument, from, formats, stdin);
        ReadOptions options = ReadOptions.of(input.name()).withListener(notes);
        return input.format().readCatalogue(input.stream(), options);
    }
}
