package io.github.reportmeta;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything a catalogue says about itself, without its reports: what a streaming reader gives before the first
 * report and a streaming writer takes before the first report.
 *
 * @param id the catalogue's id
 * @param titles its title, in one or more languages
 * @param publisher the organisation that publishes it, or {@code null}
 * @param issued the date it was first issued, or {@code null}
 * @param updated the date of this edition, or {@code null}
 */
public record CatalogueHeader(
        @Valid CatalogueId id,
        @NotEmpty List<@Valid LocalizedText> titles,
        @Valid @Nullable Organization publisher,
        @Valid @Nullable PartialDate issued,
        @Valid @Nullable PartialDate updated) {

    /** Checks that the id is present and copies the titles. */
    public CatalogueHeader {
        Objects.requireNonNull(id, "id");
        titles = List.copyOf(titles);
    }

    /**
     * A header with an id and one title.
     *
     * @param id the catalogue's id
     * @param title its title
     * @return the header
     */
    public static CatalogueHeader of(CatalogueId id, LocalizedText title) {
        return new CatalogueHeader(id, List.of(title), null, null, null);
    }
}
