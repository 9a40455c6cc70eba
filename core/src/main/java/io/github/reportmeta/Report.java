package io.github.reportmeta;

import io.github.reportmeta.validation.NoBidiControls;
import io.github.reportmeta.validation.Strict;
import io.github.reportmeta.validation.Trimmed;
import io.github.reportmeta.validation.XmlCharacters;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.validator.constraints.CodePointLength;
import org.jspecify.annotations.Nullable;

/**
 * The metadata of one research report: what a report page of a think tank or research centre says about it.
 *
 * <p>Build one with {@link #builder(ReportId)}; derive changed copies with {@link #toBuilder()} or the
 * {@code withX} methods. Construction checks that required parts are present and copies every list; whether
 * the content is acceptable (titles not blank, check digits right, dates not in the future) is judged by
 * {@link io.github.reportmeta.validation.ReportValidator}, so that everything wrong is reported at once.
 *
 * @param id the stable id of the report
 * @param titles the title, in one or more languages; the first is the main title
 * @param number the series and number, such as "Research Report, No.215, 2018", or {@code null}
 * @param issued the date the report was issued, or {@code null} when not known
 * @param dates other dates in the life of the report (created, accessioned, available, modified ...), with their kind
 * @param authors the persons, teams and organisations credited, in the order given
 * @param publisher the issuing organisation, down to the unit that issued it, or {@code null}
 * @param abstracts the abstract, in one or more languages
 * @param keywords the key words, in any languages
 * @param language the language of the report's text, or {@code null}
 * @param type the genre of the report
 * @param identifiers the identifiers of the report (DOI, ISBN, ...)
 * @param landingPage the page that presents the report, or {@code null}
 * @param fullText the address of the report's full text (its PDF), as distinct from its landing page, or {@code null}
 * @param rights a rights statement, or {@code null}
 * @param license the address of the licence, or {@code null}
 * @param formats the media types, extents and media of the report
 * @param sources citations of the resources the report is derived from, such as the original it reprints
 * @param coverage the places and periods the report is about
 * @param relations links to other reports and resources
 * @param metrics usage counters, kept apart from the bibliographic data
 */
public record Report(
        @Valid ReportId id,
        @NotEmpty List<@Valid LocalizedText> titles,
        @Valid @Nullable ReportNumber number,
        @NotNull(groups = Strict.class) @Valid @Nullable PartialDate issued,
        List<@Valid ReportDate> dates,
        @NotEmpty(groups = Strict.class) List<@Valid Author> authors,
        @Valid @Nullable Organization publisher,
        @NotEmpty(groups = Strict.class) List<@Valid LocalizedText> abstracts,
        @NotEmpty(groups = Strict.class) List<@Valid Keyword> keywords,
        @NotNull(groups = Strict.class) @Valid @Nullable LanguageTag language,
        ReportType type,
        List<@Valid Identifier> identifiers,
        @Valid @Nullable Url landingPage,
        @Valid @Nullable Url fullText,
        @Nullable @XmlCharacters @NoBidiControls(groups = Strict.class) @CodePointLength(max = 4096) String rights,
        @Valid @Nullable Url license,
        List<@Valid MediaFormat> formats,
        List<@NotBlank @XmlCharacters @NoBidiControls(groups = Strict.class) @Trimmed @CodePointLength(max = 4096) String> sources,
        List<@Valid Coverage> coverage,
        List<@Valid Relation> relations,
        List<@Valid Metric> metrics) {

    /** Checks that the id and type are present and copies every list. */
    public Report {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        titles = List.copyOf(titles);
        dates = List.copyOf(dates);
        authors = List.copyOf(authors);
        abstracts = List.copyOf(abstracts);
        keywords = List.copyOf(keywords);
        identifiers = List.copyOf(identifiers);
        formats = List.copyOf(formats);
        sources = List.copyOf(sources);
        coverage = List.copyOf(coverage);
        relations = List.copyOf(relations);
        metrics = List.copyOf(metrics);
    }

    /**
     * Starts a report with an id; the type defaults to {@link ReportType#RESEARCH_REPORT}.
     *
     * @param id the report's id
     * @return a builder
     */
    public static Builder builder(ReportId id) {
        return new Builder(id);
    }

    /**
     * Starts a report whose id is set later with {@link Builder#id}, as a reader does that meets the id among the
     * other fields; {@link Builder#build()} refuses a builder without one.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a report with an id given as text.
     *
     * @param id the report's id
     * @return a builder
     */
    public static Builder builder(String id) {
        return new Builder(ReportId.of(id));
    }

    /**
     * A builder that starts from this report.
     *
     * @return a builder holding every component of this report
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * The main title: the first of the titles.
     *
     * @return the main title, or {@code null} for a report that has none (which validation reports)
     */
    public @Nullable LocalizedText mainTitle() {
        return titles.isEmpty() ? null : titles.get(0);
    }

    /**
     * The title in a language.
     *
     * @param wanted the language
     * @return the first title tagged with that language
     */
    public Optional<LocalizedText> title(LanguageTag wanted) {
        return inLanguage(titles, wanted);
    }

    /**
     * The abstract in a language.
     *
     * @param wanted the language
     * @return the first abstract tagged with that language
     */
    public Optional<LocalizedText> abstractText(LanguageTag wanted) {
        return inLanguage(abstracts, wanted);
    }

    /**
     * The first identifier of a scheme.
     *
     * @param scheme the scheme
     * @return the identifier, if the report has one
     */
    public Optional<Identifier> identifier(IdentifierScheme scheme) {
        return identifiers.stream().filter(i -> i.scheme() == scheme).findFirst();
    }

    /**
     * The latest count of a metric.
     *
     * @param type the metric type
     * @return the metric, if the report has one
     */
    public Optional<Metric> metric(MetricType type) {
        return metrics.stream().filter(m -> m.type() == type).reduce((a, b) -> b);
    }

    /**
     * This report with other titles.
     *
     * @param newTitles the titles
     * @return a copy with the titles replaced
     */
    public Report withTitles(List<LocalizedText> newTitles) {
        return toBuilder().titles(newTitles).build();
    }

    /**
     * This report with another issued date.
     *
     * @param newIssued the date, or {@code null}
     * @return a copy with the date replaced
     */
    public Report withIssued(@Nullable PartialDate newIssued) {
        return toBuilder().issued(newIssued).build();
    }

    /**
     * This report with other authors.
     *
     * @param newAuthors the authors
     * @return a copy with the authors replaced
     */
    public Report withAuthors(List<Author> newAuthors) {
        return toBuilder().authors(newAuthors).build();
    }

    /**
     * This report with other keywords.
     *
     * @param newKeywords the keywords
     * @return a copy with the keywords replaced
     */
    public Report withKeywords(List<Keyword> newKeywords) {
        return toBuilder().keywords(newKeywords).build();
    }

    /**
     * This report with other metrics.
     *
     * @param newMetrics the metrics
     * @return a copy with the metrics replaced
     */
    public Report withMetrics(List<Metric> newMetrics) {
        return toBuilder().metrics(newMetrics).build();
    }

    /**
     * This report without its metrics: its bibliographic data alone.
     *
     * @return a copy with no metrics
     */
    public Report withoutMetrics() {
        return metrics.isEmpty() ? this : withMetrics(List.of());
    }

    private static Optional<LocalizedText> inLanguage(List<LocalizedText> texts, LanguageTag wanted) {
        return texts.stream().filter(t -> t.language() != null && t.language().sameAs(wanted)).findFirst();
    }

    /** A builder of {@link Report}; the only mutable type of the model besides {@link Catalogue.Builder}. */
    public static final class Builder {
        private @Nullable ReportId id;
        private final List<LocalizedText> titles = new ArrayList<>();
        private @Nullable ReportNumber number;
        private @Nullable PartialDate issued;
        private final List<ReportDate> dates = new ArrayList<>();
        private final List<Author> authors = new ArrayList<>();
        private @Nullable Organization publisher;
        private final List<LocalizedText> abstracts = new ArrayList<>();
        private final List<Keyword> keywords = new ArrayList<>();
        private @Nullable LanguageTag language;
        private ReportType type = ReportType.RESEARCH_REPORT;
        private final List<Identifier> identifiers = new ArrayList<>();
        private @Nullable Url landingPage;
        private @Nullable Url fullText;
        private @Nullable String rights;
        private @Nullable Url license;
        private final List<MediaFormat> formats = new ArrayList<>();
        private final List<String> sources = new ArrayList<>();
        private final List<Coverage> coverage = new ArrayList<>();
        private final List<Relation> relations = new ArrayList<>();
        private final List<Metric> metrics = new ArrayList<>();

        private Builder() {}

        private Builder(ReportId id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        private Builder(Report r) {
            this(r.id);
            titles.addAll(r.titles);
            number = r.number;
            issued = r.issued;
            dates.addAll(r.dates);
            authors.addAll(r.authors);
            publisher = r.publisher;
            abstracts.addAll(r.abstracts);
            keywords.addAll(r.keywords);
            language = r.language;
            type = r.type;
            identifiers.addAll(r.identifiers);
            landingPage = r.landingPage;
            fullText = r.fullText;
            rights = r.rights;
            license = r.license;
            formats.addAll(r.formats);
            sources.addAll(r.sources);
            coverage.addAll(r.coverage);
            relations.addAll(r.relations);
            metrics.addAll(r.metrics);
        }

        /**
         * Sets the id.
         *
         * @param value the id
         * @return this builder
         */
        public Builder id(ReportId value) {
            id = Objects.requireNonNull(value, "id");
            return this;
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
         * Adds a title in a language.
         *
         * @param text the title
         * @param lang its language
         * @return this builder
         */
        public Builder title(String text, LanguageTag lang) {
            return title(LocalizedText.of(text, lang));
        }

        /**
         * Replaces the titles.
         *
         * @param values the titles
         * @return this builder
         */
        public Builder titles(List<LocalizedText> values) {
            return replace(titles, values);
        }

        /**
         * Sets the series and number.
         *
         * @param value the report number, or {@code null}
         * @return this builder
         */
        public Builder number(@Nullable ReportNumber value) {
            number = value;
            return this;
        }

        /**
         * Sets the issued date.
         *
         * @param value the date, or {@code null}
         * @return this builder
         */
        public Builder issued(@Nullable PartialDate value) {
            issued = value;
            return this;
        }

        /**
         * Adds an author.
         *
         * @param value the author
         * @return this builder
         */
        public Builder author(Author value) {
            authors.add(Objects.requireNonNull(value, "author"));
            return this;
        }

        /**
         * Replaces the authors.
         *
         * @param values the authors
         * @return this builder
         */
        public Builder authors(List<Author> values) {
            return replace(authors, values);
        }

        /**
         * Sets the issuing organisation.
         *
         * @param value the organisation, down to the issuing unit, or {@code null}
         * @return this builder
         */
        public Builder publisher(@Nullable Organization value) {
            publisher = value;
            return this;
        }

        /**
         * Adds an abstract.
         *
         * @param value the abstract
         * @return this builder
         */
        public Builder abstractText(LocalizedText value) {
            abstracts.add(Objects.requireNonNull(value, "abstract"));
            return this;
        }

        /**
         * Adds an abstract in a language.
         *
         * @param text the abstract
         * @param lang its language
         * @return this builder
         */
        public Builder abstractText(String text, LanguageTag lang) {
            return abstractText(LocalizedText.of(text, lang));
        }

        /**
         * Replaces the abstracts.
         *
         * @param values the abstracts
         * @return this builder
         */
        public Builder abstracts(List<LocalizedText> values) {
            return replace(abstracts, values);
        }

        /**
         * Adds a keyword.
         *
         * @param value the keyword
         * @return this builder
         */
        public Builder keyword(Keyword value) {
            keywords.add(Objects.requireNonNull(value, "keyword"));
            return this;
        }

        /**
         * Replaces the keywords.
         *
         * @param values the keywords
         * @return this builder
         */
        public Builder keywords(List<Keyword> values) {
            return replace(keywords, values);
        }

        /**
         * Sets the language of the report's text.
         *
         * @param value the language, or {@code null}
         * @return this builder
         */
        public Builder language(@Nullable LanguageTag value) {
            language = value;
            return this;
        }

        /**
         * Sets the genre.
         *
         * @param value the report type
         * @return this builder
         */
        public Builder type(ReportType value) {
            type = Objects.requireNonNull(value, "type");
            return this;
        }

        /**
         * Adds an identifier.
         *
         * @param value the identifier
         * @return this builder
         */
        public Builder identifier(Identifier value) {
            identifiers.add(Objects.requireNonNull(value, "identifier"));
            return this;
        }

        /**
         * Replaces the identifiers.
         *
         * @param values the identifiers
         * @return this builder
         */
        public Builder identifiers(List<Identifier> values) {
            return replace(identifiers, values);
        }

        /**
         * Sets the landing page.
         *
         * @param value the page's address, or {@code null}
         * @return this builder
         */
        public Builder landingPage(@Nullable Url value) {
            landingPage = value;
            return this;
        }

        /**
         * Sets the rights statement.
         *
         * @param value the statement, or {@code null}
         * @return this builder
         */
        public Builder rights(@Nullable String value) {
            rights = value;
            return this;
        }

        /**
         * Sets the licence.
         *
         * @param value the licence's address, or {@code null}
         * @return this builder
         */
        public Builder license(@Nullable Url value) {
            license = value;
            return this;
        }

        /**
         * Adds a relation.
         *
         * @param value the relation
         * @return this builder
         */
        public Builder relation(Relation value) {
            relations.add(Objects.requireNonNull(value, "relation"));
            return this;
        }

        /**
         * Replaces the relations.
         *
         * @param values the relations
         * @return this builder
         */
        public Builder relations(List<Relation> values) {
            return replace(relations, values);
        }

        /**
         * Adds a metric.
         *
         * @param value the metric
         * @return this builder
         */
        public Builder metric(Metric value) {
            metrics.add(Objects.requireNonNull(value, "metric"));
            return this;
        }

        /**
         * Replaces the metrics.
         *
         * @param values the metrics
         * @return this builder
         */
        public Builder metrics(List<Metric> values) {
            return replace(metrics, values);
        }

        /**
         * Adds a date other than the issued date.
         *
         * @param value the date with its kind
         * @return this builder
         */
        public Builder date(ReportDate value) {
            dates.add(Objects.requireNonNull(value, "date"));
            return this;
        }

        /**
         * Replaces the dates other than the issued date.
         *
         * @param values the dates
         * @return this builder
         */
        public Builder dates(List<ReportDate> values) {
            return replace(dates, values);
        }

        /**
         * Sets the address of the full text.
         *
         * @param value the address of the report's full text, such as its PDF, or {@code null}
         * @return this builder
         */
        public Builder fullText(@Nullable Url value) {
            fullText = value;
            return this;
        }

        /**
         * Adds a media type, extent or medium.
         *
         * @param value the format
         * @return this builder
         */
        public Builder format(MediaFormat value) {
            formats.add(Objects.requireNonNull(value, "format"));
            return this;
        }

        /**
         * Replaces the formats.
         *
         * @param values the formats
         * @return this builder
         */
        public Builder formats(List<MediaFormat> values) {
            return replace(formats, values);
        }

        /**
         * Adds a source: a citation of a resource the report is derived from.
         *
         * @param value the citation
         * @return this builder
         */
        public Builder source(String value) {
            sources.add(Objects.requireNonNull(value, "source"));
            return this;
        }

        /**
         * Replaces the sources.
         *
         * @param values the citations
         * @return this builder
         */
        public Builder sources(List<String> values) {
            return replace(sources, values);
        }

        /**
         * Adds a place or period the report is about.
         *
         * @param value the coverage
         * @return this builder
         */
        public Builder coverage(Coverage value) {
            coverage.add(Objects.requireNonNull(value, "coverage"));
            return this;
        }

        /**
         * Replaces the places and periods the report is about.
         *
         * @param values the coverage
         * @return this builder
         */
        public Builder coverage(List<Coverage> values) {
            return replace(coverage, values);
        }

        /**
         * Builds the report.
         *
         * @return the report
         * @throws IllegalStateException if no id was set
         */
        public Report build() {
            if (id == null) {
                throw new IllegalStateException("a report needs an id, but none was set");
            }
            return new Report(id, titles, number, issued, dates, authors, publisher, abstracts, keywords, language, type,
                    identifiers, landingPage, fullText, rights, license, formats, sources, coverage, relations, metrics);
        }

        /** Replaces a list's elements, refusing a null one before any is replaced, without a copy in between. */
        private <T> Builder replace(List<T> target, List<? extends T> values) {
            for (T value : Objects.requireNonNull(values)) {
                Objects.requireNonNull(value);
            }
            target.clear();
            target.addAll(values);
            return this;
        }
    }
}
