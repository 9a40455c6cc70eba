package io.github.reportmeta.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The canonical JSON document as the plain records a user would write for Jackson databind without reportmeta:
 * strings for codes, dates and identifiers, no validation, empty fields left out as our writer does.
 */
public final class PlainJson {

    private PlainJson() {}

    /**
     * A catalogue document.
     *
     * @param format the document kind
     * @param version the format version
     * @param id the catalogue id
     * @param titles the titles
     * @param publisher the publisher
     * @param issued when first issued
     * @param updated when last updated
     * @param reports the reports
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Catalogue(
            @Nullable String format,
            @Nullable String version,
            @Nullable String id,
            @Nullable List<Text> titles,
            @Nullable Organization publisher,
            @Nullable String issued,
            @Nullable String updated,
            @Nullable List<Report> reports) {}

    /**
     * A text in a language.
     *
     * @param text the text
     * @param language its language tag
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Text(@Nullable String text, @Nullable String language) {}

    /**
     * A report number.
     *
     * @param series the series
     * @param number the number
     * @param raw as printed
     * @param year the year
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Number(@Nullable String series, @Nullable String number, @Nullable String raw, @Nullable Integer year) {}

    /**
     * A report.
     *
     * @param id the id
     * @param titles the titles
     * @param number the report number
     * @param issued the issue date
     * @param authors the authors
     * @param publisher the publisher
     * @param abstracts the abstracts
     * @param keywords the keywords
     * @param language the language
     * @param type the report type
     * @param identifiers the identifiers
     * @param landingPage the landing page
     * @param rights the rights statement
     * @param license the license URL
     * @param relations the relations
     * @param metrics the metrics
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Report(
            @Nullable String id,
            @Nullable List<Text> titles,
            @Nullable Number number,
            @Nullable String issued,
            @Nullable List<Author> authors,
            @Nullable Organization publisher,
            @Nullable List<Text> abstracts,
            @Nullable List<Keyword> keywords,
            @Nullable String language,
            @Nullable String type,
            @Nullable List<Identifier> identifiers,
            @Nullable String landingPage,
            @Nullable String rights,
            @Nullable String license,
            @Nullable List<Relation> relations,
            @Nullable List<Metric> metrics) {}

    /**
     * An author.
     *
     * @param agent who
     * @param role in which role
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Author(@Nullable Agent agent, @Nullable String role) {}

    /** A person or an organization, told apart by the {@code type} field. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Person.class, name = "person"),
        @JsonSubTypes.Type(value = Organization.class, name = "organization")
    })
    public sealed interface Agent permits Person, Organization {}

    /**
     * A person.
     *
     * @param name the name
     * @param orcid the ORCID iD
     * @param affiliations the affiliations
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Person(@Nullable Name name, @Nullable String orcid, @Nullable List<Organization> affiliations)
            implements Agent {}

    /**
     * A person's name.
     *
     * @param family the family name
     * @param given the given name
     * @param particle the particle
     * @param suffix the suffix
     * @param order the name order
     * @param literal the name as one string
     * @param original the name in its own script
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Name(
            @Nullable String family,
            @Nullable String given,
            @Nullable String particle,
            @Nullable String suffix,
            @Nullable String order,
            @Nullable String literal,
            @Nullable Text original) {}

    /**
     * An organization.
     *
     * @param name the name
     * @param acronym the acronym
     * @param parent the parent organization
     * @param ror the ROR id
     * @param isni the ISNI
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Organization(
            @Nullable String name,
            @Nullable String acronym,
            @Nullable Organization parent,
            @Nullable String ror,
            @Nullable String isni)
            implements Agent {}

    /**
     * A keyword.
     *
     * @param term the term
     * @param language its language
     * @param vocabulary the vocabulary it is from
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Keyword(@Nullable String term, @Nullable String language, @Nullable String vocabulary) {}

    /**
     * An identifier.
     *
     * @param scheme the scheme code
     * @param value the value
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Identifier(@Nullable String scheme, @Nullable String value) {}

    /**
     * A relation.
     *
     * @param type the relation type
     * @param target the related resource
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Relation(@Nullable String type, @Nullable Identifier target) {}

    /**
     * A metric.
     *
     * @param type the metric type
     * @param count the count
     * @param asOf the date counted
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Metric(@Nullable String type, long count, @Nullable String asOf) {}
}
