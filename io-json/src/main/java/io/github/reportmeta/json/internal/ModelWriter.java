package io.github.reportmeta.json.internal;

import io.github.reportmeta.Agent;
import io.github.reportmeta.Author;
import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.Coverage;
import io.github.reportmeta.Identifier;
import io.github.reportmeta.Keyword;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.MediaFormat;
import io.github.reportmeta.Metric;
import io.github.reportmeta.Organization;
import io.github.reportmeta.PartialDate;
import io.github.reportmeta.Person;
import io.github.reportmeta.PersonName;
import io.github.reportmeta.Relation;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportDate;
import io.github.reportmeta.ReportNumber;
import java.util.List;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Writes model values as canonical JSON: fields in record component order, absent optional fields and empty
 * lists left out, enums as their codes, dates in W3CDTF, agents and identifiers with their discriminator first.
 */
public final class ModelWriter {

    private ModelWriter() {}

    /**
     * Writes a report as a JSON object.
     *
     * @param g the generator
     * @param r the report
     */
    public static void report(JsonGenerator g, Report r) {
        g.writeStartObject();
        reportFields(g, r);
        g.writeEndObject();
    }

    /**
     * Writes the fields of a report into an object already started.
     *
     * @param g the generator
     * @param r the report
     */
    public static void reportFields(JsonGenerator g, Report r) {
        g.writeStringProperty("id", r.id().value());
        list(g, "titles", r.titles(), ModelWriter::text);
        if (r.number() != null) {
            g.writeName("number");
            number(g, r.number());
        }
        date(g, "issued", r.issued());
        list(g, "dates", r.dates(), ModelWriter::reportDate);
        list(g, "authors", r.authors(), ModelWriter::author);
        if (r.publisher() != null) {
            g.writeName("publisher");
            organization(g, r.publisher());
        }
        list(g, "abstracts", r.abstracts(), ModelWriter::text);
        list(g, "keywords", r.keywords(), ModelWriter::keyword);
        if (r.language() != null) {
            g.writeStringProperty("language", r.language().value());
        }
        g.writeStringProperty("type", r.type().code());
        list(g, "identifiers", r.identifiers(), ModelWriter::identifier);
        if (r.landingPage() != null) {
            g.writeStringProperty("landingPage", r.landingPage().value());
        }
        if (r.fullText() != null) {
            g.writeStringProperty("fullText", r.fullText().value());
        }
        string(g, "rights", r.rights());
        if (r.license() != null) {
            g.writeStringProperty("license", r.license().value());
        }
        list(g, "formats", r.formats(), ModelWriter::mediaFormat);
        list(g, "sources", r.sources(), JsonGenerator::writeString);
        list(g, "coverage", r.coverage(), ModelWriter::coverage);
        list(g, "relations", r.relations(), ModelWriter::relation);
        list(g, "metrics", r.metrics(), ModelWriter::metric);
    }

    /**
     * Writes the fields of a catalogue header into an object already started.
     *
     * @param g the generator
     * @param h the header
     */
    public static void headerFields(JsonGenerator g, CatalogueHeader h) {
        g.writeStringProperty("id", h.id().value());
        list(g, "titles", h.titles(), ModelWriter::text);
        if (h.publisher() != null) {
            g.writeName("publisher");
            organization(g, h.publisher());
        }
        date(g, "issued", h.issued());
        date(g, "updated", h.updated());
    }

    /**
     * Writes a text with its language.
     *
     * @param g the generator
     * @param t the text
     */
    public static void text(JsonGenerator g, LocalizedText t) {
        g.writeStartObject();
        g.writeStringProperty("text", t.text());
        if (t.language() != null) {
            g.writeStringProperty("language", t.language().value());
        }
        g.writeEndObject();
    }

    /**
     * Writes a series and number.
     *
     * @param g the generator
     * @param n the report number
     */
    public static void number(JsonGenerator g, ReportNumber n) {
        g.writeStartObject();
        g.writeStringProperty("series", n.series());
        g.writeStringProperty("number", n.number());
        g.writeStringProperty("raw", n.raw());
        if (n.year() != null) {
            g.writeNumberProperty("year", n.year().intValue());
        }
        g.writeEndObject();
    }

    /**
     * Writes an author.
     *
     * @param g the generator
     * @param a the author
     */
    public static void author(JsonGenerator g, Author a) {
        g.writeStartObject();
        g.writeName("agent");
        agent(g, a.agent());
        g.writeStringProperty("role", a.role().code());
        g.writeEndObject();
    }

    /**
     * Writes a person or an organisation, with {@code type} first.
     *
     * @param g the generator
     * @param agent the agent
     */
    public static void agent(JsonGenerator g, Agent agent) {
        if (agent instanceof Person p) {
            person(g, p);
        } else {
            organization(g, (Organization) agent);
        }
    }

    /**
     * Writes a person, with {@code "type": "person"} first.
     *
     * @param g the generator
     * @param p the person
     */
    public static void person(JsonGenerator g, Person p) {
        g.writeStartObject();
        g.writeStringProperty("type", ModelCodes.PERSON);
        g.writeName("name");
        personName(g, p.name());
        if (p.orcid() != null) {
            g.writeStringProperty("orcid", p.orcid().value());
        }
        list(g, "affiliations", p.affiliations(), ModelWriter::organization);
        g.writeEndObject();
    }

    /**
     * Writes a person's name.
     *
     * @param g the generator
     * @param n the name
     */
    public static void personName(JsonGenerator g, PersonName n) {
        g.writeStartObject();
        string(g, "family", n.family());
        string(g, "given", n.given());
        string(g, "particle", n.particle());
        string(g, "suffix", n.suffix());
        g.writeStringProperty("order", ModelCodes.code(n.order()));
        string(g, "literal", n.literal());
        if (n.original() != null) {
            g.writeName("original");
            text(g, n.original());
        }
        g.writeEndObject();
    }

    /**
     * Writes an organisation, with {@code "type": "organization"} first.
     *
     * @param g the generator
     * @param o the organisation
     */
    public static void organization(JsonGenerator g, Organization o) {
        g.writeStartObject();
        g.writeStringProperty("type", ModelCodes.ORGANIZATION);
        g.writeStringProperty("name", o.name());
        string(g, "acronym", o.acronym());
        if (o.parent() != null) {
            g.writeName("parent");
            organization(g, o.parent());
        }
        if (o.ror() != null) {
            g.writeStringProperty("ror", o.ror().value());
        }
        if (o.isni() != null) {
            g.writeStringProperty("isni", o.isni().value());
        }
        g.writeEndObject();
    }

    /**
     * Writes a keyword.
     *
     * @param g the generator
     * @param k the keyword
     */
    public static void keyword(JsonGenerator g, Keyword k) {
        g.writeStartObject();
        g.writeStringProperty("term", k.term());
        if (k.language() != null) {
            g.writeStringProperty("language", k.language().value());
        }
        string(g, "vocabulary", k.vocabulary());
        g.writeEndObject();
    }

    /**
     * Writes an identifier as its scheme and value.
     *
     * @param g the generator
     * @param i the identifier
     */
    public static void identifier(JsonGenerator g, Identifier i) {
        g.writeStartObject();
        g.writeStringProperty("scheme", i.scheme().code());
        g.writeStringProperty("value", i.value());
        g.writeEndObject();
    }

    /**
     * Writes a relation.
     *
     * @param g the generator
     * @param r the relation
     */
    public static void relation(JsonGenerator g, Relation r) {
        g.writeStartObject();
        g.writeStringProperty("type", r.type().code());
        g.writeName("target");
        identifier(g, r.target());
        g.writeEndObject();
    }

    /**
     * Writes a metric.
     *
     * @param g the generator
     * @param m the metric
     */
    public static void metric(JsonGenerator g, Metric m) {
        g.writeStartObject();
        g.writeStringProperty("type", m.type().code());
        g.writeNumberProperty("count", m.count());
        date(g, "asOf", m.asOf());
        g.writeEndObject();
    }

    /**
     * Writes a date other than the issued date, with its kind.
     *
     * @param g the generator
     * @param d the date
     */
    public static void reportDate(JsonGenerator g, ReportDate d) {
        g.writeStartObject();
        g.writeStringProperty("kind", d.kind().code());
        g.writeStringProperty("value", d.value());
        g.writeEndObject();
    }

    /**
     * Writes a media type, extent or medium.
     *
     * @param g the generator
     * @param f the format
     */
    public static void mediaFormat(JsonGenerator g, MediaFormat f) {
        g.writeStartObject();
        g.writeStringProperty("kind", f.kind().code());
        g.writeStringProperty("text", f.text());
        g.writeEndObject();
    }

    /**
     * Writes a place or period.
     *
     * @param g the generator
     * @param c the coverage
     */
    public static void coverage(JsonGenerator g, Coverage c) {
        g.writeStartObject();
        g.writeStringProperty("kind", c.kind().code());
        g.writeStringProperty("text", c.text());
        g.writeEndObject();
    }

    private static void date(JsonGenerator g, String name, @Nullable PartialDate d) {
        if (d != null) {
            g.writeStringProperty(name, d.toString());
        }
    }

    private static void string(JsonGenerator g, String name, @Nullable String value) {
        if (value != null) {
            g.writeStringProperty(name, value);
        }
    }

    private static <T> void list(JsonGenerator g, String name, List<T> values, BiConsumer<JsonGenerator, T> writer) {
        if (values.isEmpty()) {
            return;
        }
        g.writeName(name);
        g.writeStartArray();
        for (int i = 0; i < values.size(); i++) { // by index: no iterator per list of every report
            writer.accept(g, values.get(i));
        }
        g.writeEndArray();
    }
}
