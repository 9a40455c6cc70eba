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
import tools.jackson.core.io.SerializedString;

/**
 * Writes model values as canonical JSON: fields in record component order, absent optional fields and empty
 * lists left out, enums as their codes, dates in W3CDTF, agents and identifiers with their discriminator first.
 * Property names and codes go to the generator encoded once; the strings of a report checked by
 * {@link JsonReadBackCheck#report(Report, EncodedStrings)} go as the bytes encoded then.
 */
public final class ModelWriter {

    private static final SerializedString ID = name("id");
    private static final SerializedString TITLES = name("titles");
    private static final SerializedString NUMBER = name("number");
    private static final SerializedString ISSUED = name("issued");
    private static final SerializedString UPDATED = name("updated");
    private static final SerializedString DATES = name("dates");
    private static final SerializedString AUTHORS = name("authors");
    private static final SerializedString PUBLISHER = name("publisher");
    private static final SerializedString ABSTRACTS = name("abstracts");
    private static final SerializedString KEYWORDS = name("keywords");
    private static final SerializedString LANGUAGE = name("language");
    private static final SerializedString TYPE = name("type");
    private static final SerializedString IDENTIFIERS = name("identifiers");
    private static final SerializedString LANDING_PAGE = name("landingPage");
    private static final SerializedString FULL_TEXT = name("fullText");
    private static final SerializedString RIGHTS = name("rights");
    private static final SerializedString LICENSE = name("license");
    private static final SerializedString FORMATS = name("formats");
    private static final SerializedString SOURCES = name("sources");
    private static final SerializedString COVERAGE = name("coverage");
    private static final SerializedString RELATIONS = name("relations");
    private static final SerializedString METRICS = name("metrics");
    private static final SerializedString TEXT = name("text");
    private static final SerializedString SERIES = name("series");
    private static final SerializedString RAW = name("raw");
    private static final SerializedString YEAR = name("year");
    private static final SerializedString AGENT = name("agent");
    private static final SerializedString ROLE = name("role");
    private static final SerializedString NAME = name("name");
    private static final SerializedString ORCID = name("orcid");
    private static final SerializedString AFFILIATIONS = name("affiliations");
    private static final SerializedString FAMILY = name("family");
    private static final SerializedString GIVEN = name("given");
    private static final SerializedString PARTICLE = name("particle");
    private static final SerializedString SUFFIX = name("suffix");
    private static final SerializedString ORDER = name("order");
    private static final SerializedString LITERAL = name("literal");
    private static final SerializedString ORIGINAL = name("original");
    private static final SerializedString ACRONYM = name("acronym");
    private static final SerializedString PARENT = name("parent");
    private static final SerializedString ROR = name("ror");
    private static final SerializedString ISNI = name("isni");
    private static final SerializedString TERM = name("term");
    private static final SerializedString VOCABULARY = name("vocabulary");
    private static final SerializedString SCHEME = name("scheme");
    private static final SerializedString VALUE = name("value");
    private static final SerializedString TARGET = name("target");
    private static final SerializedString COUNT = name("count");
    private static final SerializedString AS_OF = name("asOf");
    private static final SerializedString KIND = name("kind");

    private final JsonGenerator g;
    private final @Nullable EncodedStrings strings;
    /** The bytes of a date being written, {@code YYYY-MM-DD} at most. */
    private final byte[] date = new byte[10];

    private ModelWriter(JsonGenerator g, @Nullable EncodedStrings strings) {
        this.g = g;
        this.strings = strings;
    }

    /**
     * A writer to one generator that writes each string the way {@code strings} encoded it, when it did.
     *
     * @param g the generator, one that writes UTF-8 bytes ({@link JsonSetup#compactGenerator},
     *     {@link JsonSetup#prettyGenerator})
     * @param strings the strings of the report about to be written, as {@link JsonReadBackCheck#report(Report,
     *     EncodedStrings)} left them
     * @return the writer
     */
    public static ModelWriter to(JsonGenerator g, EncodedStrings strings) {
        return new ModelWriter(g, strings);
    }

    /**
     * Writes a report as a JSON object.
     *
     * @param r the report
     */
    public void report(Report r) {
        g.writeStartObject();
        reportFields(r);
        g.writeEndObject();
    }

    /**
     * Writes a report as a JSON object.
     *
     * @param g the generator
     * @param r the report
     */
    public static void report(JsonGenerator g, Report r) {
        new ModelWriter(g, null).report(r);
    }

    /**
     * Writes the fields of a report into an object already started.
     *
     * @param g the generator
     * @param r the report
     */
    public static void reportFields(JsonGenerator g, Report r) {
        new ModelWriter(g, null).reportFields(r);
    }

    /**
     * Writes the fields of a catalogue header into an object already started.
     *
     * @param g the generator
     * @param h the header
     */
    public static void headerFields(JsonGenerator g, CatalogueHeader h) {
        ModelWriter w = new ModelWriter(g, null);
        w.string(ID, h.id().value());
        w.list(TITLES, h.titles(), ModelWriter::text);
        if (h.publisher() != null) {
            g.writeName(PUBLISHER);
            w.organization(h.publisher());
        }
        w.date(ISSUED, h.issued());
        w.date(UPDATED, h.updated());
    }

    /**
     * Writes one model value, such as a {@code Person}, the way it is written in a report.
     *
     * @param g the generator
     * @param value the value
     * @param how which part of the writer writes it, such as {@code ModelWriter::person}
     * @param <T> the type of the value
     */
    static <T> void value(JsonGenerator g, T value, BiConsumer<ModelWriter, T> how) {
        how.accept(new ModelWriter(g, null), value);
    }

    private void reportFields(Report r) {
        string(ID, r.id().value());
        list(TITLES, r.titles(), ModelWriter::text);
        if (r.number() != null) {
            g.writeName(NUMBER);
            number(r.number());
        }
        date(ISSUED, r.issued());
        list(DATES, r.dates(), ModelWriter::reportDate);
        list(AUTHORS, r.authors(), ModelWriter::author);
        if (r.publisher() != null) {
            g.writeName(PUBLISHER);
            organization(r.publisher());
        }
        list(ABSTRACTS, r.abstracts(), ModelWriter::text);
        list(KEYWORDS, r.keywords(), ModelWriter::keyword);
        if (r.language() != null) {
            string(LANGUAGE, r.language().value());
        }
        g.writeName(TYPE);
        g.writeString(ModelCodes.REPORT_TYPES.written(r.type()));
        list(IDENTIFIERS, r.identifiers(), ModelWriter::identifier);
        if (r.landingPage() != null) {
            string(LANDING_PAGE, r.landingPage().value());
        }
        if (r.fullText() != null) {
            string(FULL_TEXT, r.fullText().value());
        }
        optional(RIGHTS, r.rights());
        if (r.license() != null) {
            string(LICENSE, r.license().value());
        }
        list(FORMATS, r.formats(), ModelWriter::mediaFormat);
        list(SOURCES, r.sources(), ModelWriter::value);
        list(COVERAGE, r.coverage(), ModelWriter::coverage);
        list(RELATIONS, r.relations(), ModelWriter::relation);
        list(METRICS, r.metrics(), ModelWriter::metric);
    }

    void text(LocalizedText t) {
        g.writeStartObject();
        string(TEXT, t.text());
        if (t.language() != null) {
            string(LANGUAGE, t.language().value());
        }
        g.writeEndObject();
    }

    void number(ReportNumber n) {
        g.writeStartObject();
        string(SERIES, n.series());
        string(NUMBER, n.number());
        string(RAW, n.raw());
        if (n.year() != null) {
            g.writeName(YEAR);
            g.writeNumber(n.year().intValue());
        }
        g.writeEndObject();
    }

    void author(Author a) {
        g.writeStartObject();
        g.writeName(AGENT);
        agent(a.agent());
        g.writeName(ROLE);
        g.writeString(ModelCodes.ROLES.written(a.role()));
        g.writeEndObject();
    }

    void agent(Agent agent) {
        if (agent instanceof Person p) {
            person(p);
        } else {
            organization((Organization) agent);
        }
    }

    void person(Person p) {
        g.writeStartObject();
        g.writeName(TYPE);
        g.writeString(ModelCodes.PERSON_WRITTEN);
        g.writeName(NAME);
        personName(p.name());
        if (p.orcid() != null) {
            string(ORCID, p.orcid().value());
        }
        list(AFFILIATIONS, p.affiliations(), ModelWriter::organization);
        g.writeEndObject();
    }

    void personName(PersonName n) {
        g.writeStartObject();
        optional(FAMILY, n.family());
        optional(GIVEN, n.given());
        optional(PARTICLE, n.particle());
        optional(SUFFIX, n.suffix());
        g.writeName(ORDER);
        g.writeString(ModelCodes.NAME_ORDERS.written(n.order()));
        optional(LITERAL, n.literal());
        if (n.original() != null) {
            g.writeName(ORIGINAL);
            text(n.original());
        }
        g.writeEndObject();
    }

    void organization(Organization o) {
        g.writeStartObject();
        g.writeName(TYPE);
        g.writeString(ModelCodes.ORGANIZATION_WRITTEN);
        string(NAME, o.name());
        optional(ACRONYM, o.acronym());
        if (o.parent() != null) {
            g.writeName(PARENT);
            organization(o.parent());
        }
        if (o.ror() != null) {
            string(ROR, o.ror().value());
        }
        if (o.isni() != null) {
            string(ISNI, o.isni().value());
        }
        g.writeEndObject();
    }

    void keyword(Keyword k) {
        g.writeStartObject();
        string(TERM, k.term());
        if (k.language() != null) {
            string(LANGUAGE, k.language().value());
        }
        optional(VOCABULARY, k.vocabulary());
        g.writeEndObject();
    }

    void identifier(Identifier i) {
        g.writeStartObject();
        g.writeName(SCHEME);
        g.writeString(ModelCodes.SCHEMES.written(i.scheme()));
        string(VALUE, i.value());
        g.writeEndObject();
    }

    void relation(Relation r) {
        g.writeStartObject();
        g.writeName(TYPE);
        g.writeString(ModelCodes.RELATION_TYPES.written(r.type()));
        g.writeName(TARGET);
        identifier(r.target());
        g.writeEndObject();
    }

    void metric(Metric m) {
        g.writeStartObject();
        g.writeName(TYPE);
        g.writeString(ModelCodes.METRIC_TYPES.written(m.type()));
        g.writeName(COUNT);
        g.writeNumber(m.count());
        date(AS_OF, m.asOf());
        g.writeEndObject();
    }

    private void reportDate(ReportDate d) {
        g.writeStartObject();
        g.writeName(KIND);
        g.writeString(ModelCodes.DATE_KINDS.written(d.kind()));
        string(VALUE, d.value());
        g.writeEndObject();
    }

    private void mediaFormat(MediaFormat f) {
        g.writeStartObject();
        g.writeName(KIND);
        g.writeString(ModelCodes.FORMAT_KINDS.written(f.kind()));
        string(TEXT, f.text());
        g.writeEndObject();
    }

    private void coverage(Coverage c) {
        g.writeStartObject();
        g.writeName(KIND);
        g.writeString(ModelCodes.COVERAGE_KINDS.written(c.kind()));
        string(TEXT, c.text());
        g.writeEndObject();
    }

    /**
     * Writes a date as {@link PartialDate#toString()} spells it; to a generator of UTF-8 bytes without making the
     * string.
     */
    private void date(SerializedString name, @Nullable PartialDate d) {
        if (d == null) {
            return;
        }
        if (strings == null) {
            g.writeName(name);
            g.writeString(d.toString());
            return;
        }
        byte[] b = date;
        int year = d.year();
        b[0] = (byte) ('0' + year / 1000);
        b[1] = (byte) ('0' + year / 100 % 10);
        b[2] = (byte) ('0' + year / 10 % 10);
        b[3] = (byte) ('0' + year % 10);
        int length = 4;
        if (d.month() != 0) {
            b[4] = '-';
            b[5] = (byte) ('0' + d.month() / 10);
            b[6] = (byte) ('0' + d.month() % 10);
            length = 7;
        }
        if (d.day() != 0) {
            b[7] = '-';
            b[8] = (byte) ('0' + d.day() / 10);
            b[9] = (byte) ('0' + d.day() % 10);
            length = 10;
        }
        g.writeName(name);
        g.writeRawUTF8String(b, 0, length);
    }

    private void optional(SerializedString name, @Nullable String value) {
        if (value != null) {
            string(name, value);
        }
    }

    private void string(SerializedString name, String value) {
        g.writeName(name);
        value(value);
    }

    private void value(String value) {
        if (strings != null) {
            strings.write(g, value);
        } else {
            g.writeString(value);
        }
    }

    private <T> void list(SerializedString name, List<T> values, BiConsumer<ModelWriter, T> writer) {
        if (values.isEmpty()) {
            return;
        }
        g.writeName(name);
        g.writeStartArray();
        for (int i = 0; i < values.size(); i++) { // by index: no iterator per list of every report
            writer.accept(this, values.get(i));
        }
        g.writeEndArray();
    }

    private static SerializedString name(String name) {
        return new SerializedString(name);
    }
}
