package io.github.reportmeta.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRootName;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;

import tools.jackson.dataformat.xml.annotation.JacksonXmlText;

/**
 * The canonical XML document as the plain records a user would write for Jackson's {@code XmlMapper} without
 * reportmeta: wrapped lists named as ours, {@code xsi:type} on agents, strings for codes, dates and identifiers.
 */
public final class PlainXml {

    private PlainXml() {}

    /**
     * A catalogue document.
     *
     * @param version the format version, an attribute
     * @param id the catalogue id
     * @param titles the titles
     * @param publisher the publisher
     * @param issued when first issued
     * @param updated when last updated
     * @param reports the reports
     */
    @JsonRootName("catalogue")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Catalogue(
            @JacksonXmlProperty(isAttribute = true) @Nullable String version,
            @Nullable String id,
            @JacksonXmlElementWrapper(localName = "titles") @JacksonXmlProperty(localName = "title") @Nullable List<Text> titles,
            @Nullable Organization publisher,
            @Nullable String issued,
            @Nullable String updated,
            @JacksonXmlElementWrapper(localName = "reports") @JacksonXmlProperty(localName = "report") @Nullable List<Report> reports) {}

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
            @JacksonXmlElementWrapper(localName = "titles") @JacksonXmlProperty(localName = "title") @Nullable List<Text> titles,
            @Nullable Number number,
            @Nullable String issued,
            @JacksonXmlElementWrapper(localName = "authors") @JacksonXmlProperty(localName = "author") @Nullable List<Author> authors,
            @Nullable Organization publisher,
            @JacksonXmlElementWrapper(localName = "abstracts") @JacksonXmlProperty(localName = "abstract") @Nullable List<Text> abstracts,
            @JacksonXmlElementWrapper(localName = "keywords") @JacksonXmlProperty(localName = "keyword") @Nullable List<Keyword> keywords,
            @Nullable String language,
            @Nullable String type,
            @JacksonXmlElementWrapper(localName = "identifiers") @JacksonXmlProperty(localName = "identifier") @Nullable List<Identifier> identifiers,
            @Nullable String landingPage,
            @Nullable String rights,
            @Nullable String license,
            @JacksonXmlElementWrapper(localName = "relations") @JacksonXmlProperty(localName = "relation") @Nullable List<Relation> relations,
            @JacksonXmlElementWrapper(localName = "metrics") @JacksonXmlProperty(localName = "metric") @Nullable List<Metric> metrics) {}

    /**
     * An author.
     *
     * @param agent who
     * @param role in which role
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Author(@Nullable Agent agent, @Nullable String role) {}

    /** A person or an organization, told apart by {@code xsi:type}; an organization when there is none. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "xsi:type",
            defaultImpl = Organization.class)
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Person.class, name = "Person"),
        @JsonSubTypes.Type(value = Organization.class, name = "Organization")
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
    public record Person(
            @Nullable Name name,
            @Nullable String orcid,
            @JacksonXmlElementWrapper(localName = "affiliations") @JacksonXmlProperty(localName = "affiliation") @Nullable List<Organization> affiliations)
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

    /**
     * One Dublin Core value, with its language as {@code xml:lang} when it has one.
     *
     * @param lang the language tag
     * @param value the text
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DcValue(
            @JacksonXmlProperty(isAttribute = true, localName = "lang", namespace = "http://www.w3.org/XML/1998/namespace") @Nullable String lang,
            @JacksonXmlText @Nullable String value) {}

    /**
     * The Dublin Core fields of one report, as a user would write them for {@code XmlMapper}: the same values our
     * {@code oai_dc} writer derives, repeated elements unwrapped, in the Dublin Core namespace.
     *
     * @param title the titles
     * @param creator the creators
     * @param subject the subjects
     * @param description the descriptions
     * @param publisher the publishers
     * @param date the dates
     * @param type the types
     * @param identifier the identifiers
     * @param language the languages
     * @param relation the relations
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Dc(
            @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(namespace = DC) @Nullable List<DcValue> title,
            @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(namespace = DC) @Nullable List<DcValue> creator,
            @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(namespace = DC) @Nullable List<DcValue> subject,
            @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(namespace = DC) @Nullable List<DcValue> description,
            @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(namespace = DC) @Nullable List<DcValue> publisher,
            @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(namespace = DC) @Nullable List<DcValue> date,
            @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(namespace = DC) @Nullable List<DcValue> type,
            @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(namespace = DC) @Nullable List<DcValue> identifier,
            @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(namespace = DC) @Nullable List<DcValue> language,
            @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(namespace = DC) @Nullable List<DcValue> relation) {}

    /**
     * Many Dublin Core records in one document, each an {@code oai_dc:dc} element.
     *
     * @param dc the records
     */
    @JsonRootName("records")
    public record DcRecords(
            @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "dc", namespace = OAI_DC) List<Dc> dc) {}

    /** The Dublin Core elements' namespace. */
    public static final String DC = "http://purl.org/dc/elements/1.1/";

    /** The OAI-PMH Dublin Core container's namespace. */
    public static final String OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/";
}
