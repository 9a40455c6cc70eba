package io.github.reportmeta;

import io.github.reportmeta.validation.UniqueReportIds;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An identified, titled and dated collection of reports, with the operations its users need: look-up by id,
 * ordering by date, the latest reports since a date, merging and comparing editions.
 *
 * @param id the catalogue's id
 * @param titles its title, in one or more languages
 * @param publisher the organisation that publishes it, or {@code null}
 * @param issued the date it was first issued, or {@code null}
 * @param updated the date of this edition, or {@code null}
 * @param reports the reports, in catalogue order
 */
@UniqueReportIds
public record Catalogue(
        @Valid CatalogueId id,
        @NotEmpty List<@Valid LocalizedText> titles,
        @Valid @Nullable Organization publisher,
        @Valid @Nullable PartialDate issued,
        @Valid @Nullable PartialDate updated,
        List<@Valid Report> reports) {

    /** Orders reports by issued date, oldest first, undated reports last, then by id. */
    public static final Comparator<Report> BY_ISSUED = Comparator.comparing(
                    Report::issued, Comparator.nullsLast(Comparator.<PartialDate>naturalOrder()))
            .thenComparing(r -> r.id().value());

    /** Checks that the id is present and copies the lists. */
    public Catalogue {
        Objects.requireNonNull(id, "id");
        titles = List.copyOf(titles);
        reports = List.copyOf(reports);
    }

    /**
     * A catalogue of a header and reports.
     *
     * @param header what the catalogue says about itself
     * @param reports the reports
     * @return the catalogue
     */
    public static Catalogue of(CatalogueHeader header, List<Report> reports) {
        return new Catalogue(header.id(), header.titles(), header.publisher(), header.issued(), header.updated(), reports);
    }

    /**
     * Starts a catalogue with an id.
     *
     * @param id the catalogue's id
     * @return a builder
     */
    public static Builder builder(CatalogueId id) {
        return new Builder(id);
    }

    /**
     * What the catalogue says about itself, without its reports.
     *
     * @return the header
     */
    public CatalogueHeader header() {
        return new CatalogueHeader(id, titles, publisher, issued, updated);
    }

    /**
     * The report with an id.
     *
     * @param reportId the id
     * @return the first report with that id, if any
     */
    public Optional<Report> find(ReportId reportId) {
        return reports.stream().filter(r -> r.id().equals(reportId)).findFirst();
    }

    /**
     * The report with an id, which must be there.
     *
     * @param reportId the id
     * @return the report
     * @throws NoSuchElementException naming the id and the catalogue when no report has it
     */
    public Report expect(ReportId reportId) {
        return find(reportId).orElseThrow(() -> new NoSuchElementException(
                "no report with id '" + reportId + "' in catalogue '" + id + "' of " + reports.size() + " reports"));
    }

    /**
     * The reports ordered by issued date, oldest first; undated reports come last.
     *
     * @return a new list
     */
    public List<Report> reportsByIssued() {
        List<Report> sorted = new ArrayList<>(reports);
        sorted.sort(BY_ISSUED);
        return List.copyOf(sorted);
    }

    /**
     * The reports issued on or after a date, newest first: what an e-mail alert sends. A report dated to the
     * month or year counts when that month or year can reach the date (2018-12 counts since 2018-12-05).
     *
     * @param since the first day to include
     * @return the reports, newest first; undated reports are never included
     */
    public List<Report> latestSince(PartialDate since) {
        List<Report> latest = new ArrayList<>();
        for (Report r : reports) {
            if (r.issued() != null && !r.issued().latest().isBefore(since.earliest())) {
                latest.add(r);
            }
        }
        latest.sort(BY_ISSUED.reversed());
        return List.copyOf(latest);
    }

    /**
     * This catalogue with another catalogue's reports added, keeping this catalogue's header.
     *
     * <p>A report whose id is already here is left out when it is equal, and reported as a conflict when it is
     * not (this catalogue's version is kept). A report with another id but a near-identical title and the same
     * issued date is kept and reported as a possible duplicate. Nothing is decided silently.
     *
     * @param other the catalogue to merge in
     * @return the merged catalogue with everything that was found
     */
    public CatalogueMerge merge(Catalogue other) {
        return CatalogueMerge.of(this, other);
    }

    /**
     * What changed from one edition of a catalogue to the next.
     *
     * @param older the older edition
     * @param newer the newer edition
     * @return the reports added, changed and removed
     */
    public static CatalogueDiff diff(Catalogue older, Catalogue newer) {
        return CatalogueDiff.of(older, newer);
    }

    /**
     * This catalogue with other reports.
     *
     * @param newReports the reports
     * @return a copy with the reports replaced
     */
    public Catalogue withReports(List<Report> newReports) {
        return new Catalogue(id, titles, publisher, issued, updated, newReports);
    }

    /** A builder of {@link Catalogue}. */
    public static final class Builder {
        private final CatalogueId id;
        private final List<LocalizedText> titles = new ArrayList<>();
        private @Nullable Organization publisher;
        private @Nullable PartialDate issued;
        private @Nullable PartialDate updated;
        private final List<Report> reports = new ArrayList<>();

        private Builder(CatalogueId id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        /**
         * Adds a title.
         *
         * @param value the title
         * @return this builder
         */
        public Builder title(LocalizedText value) {
            titles.add(Objects.requireNonNull(value, "title"));
            return this;
        }

        /**
         * Sets the publisher.
         *
         * @param value the organisation, or {@code null}
         * @return this builder
         */
        public Builder publisher(@Nullable Organization value) {
            publisher = value;
            return this;
        }

        /**
         * Sets the date the catalogue was first issued.
         *
         * @param value the date, or {@code null}
         * @return this builder
         */
        public Builder issued(@Nullable PartialDate value) {
            issued = value;
            return this;
        }

        /**
         * Sets the date of this edition.
         *
         * @param value the date, or {@code null}
         * @return this builder
         */
        public Builder updated(@Nullable PartialDate value) {
            updated = value;
            return this;
        }

        /**
         * Adds a report.
         *
         * @param value the report
         * @return this builder
         */
        public Builder report(Report value) {
            reports.add(Objects.requireNonNull(value, "report"));
            return this;
        }

        /**
         * Adds reports.
         *
         * @param values the reports
         * @return this builder
         */
        public Builder reports(List<Report> values) {
            values.forEach(this::report);
            return this;
        }

        /**
         * Builds the catalogue.
         *
         * @return the catalogue
         */
        public Catalogue build() {
            return new Catalogue(id, titles, publisher, issued, updated, reports);
        }
    }
}
