package io.github.reportmeta.json.internal;

import io.github.reportmeta.Agent;
import io.github.reportmeta.Author;
import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.CatalogueId;
import io.github.reportmeta.Coverage;
import io.github.reportmeta.Doi;
import io.github.reportmeta.Handle;
import io.github.reportmeta.Identifier;
import io.github.reportmeta.IdentifierScheme;
import io.github.reportmeta.InvalidValueException;
import io.github.reportmeta.Isbn;
import io.github.reportmeta.Isni;
import io.github.reportmeta.Issn;
import io.github.reportmeta.Keyword;
import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.LocalIdentifier;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.MediaFormat;
import io.github.reportmeta.Metric;
import io.github.reportmeta.MetricType;
import io.github.reportmeta.NameOrder;
import io.github.reportmeta.Orcid;
import io.github.reportmeta.Organization;
import io.github.reportmeta.PartialDate;
import io.github.reportmeta.Person;
import io.github.reportmeta.PersonName;
import io.github.reportmeta.Relation;
import io.github.reportmeta.RelationType;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportDate;
import io.github.reportmeta.ReportId;
import io.github.reportmeta.ReportNumber;
import io.github.reportmeta.ReportType;
import io.github.reportmeta.Role;
import io.github.reportmeta.Ror;
import io.github.reportmeta.Url;
import io.github.reportmeta.Urn;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.base.ParserBase;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * Reads model values from a parser, strictly: every property known, every required one present, each value of
 * its JSON type (no coercion), each text a value of its model type. Unknown properties fail the read, or in
 * lenient mode are skipped and recorded as {@link Warning}s.
 *
 * <p>Each {@code read} method starts with the parser before the value (it calls {@code nextToken} itself);
 * each {@code ...Fields} method starts inside an object whose first property name may already be read.
 */
public final class ModelReader {

    /**
     * An unknown property skipped in lenient mode.
     *
     * @param pointer where it was
     * @param message what was skipped
     * @param line its line
     * @param column its column
     */
    public record Warning(String pointer, String message, long line, long column) {}

    /**
     * How each property of a report is read into its parts, in the model's order: the one place in this codec that
     * names a report's fields. A field of the model missing here fails {@code FieldTablesTest}.
     */
    static final Map<String, BiConsumer<ModelReader, ReportParts>> REPORT = reportTable();

    private static final String REPORT_FIELDS = String.join(", ", REPORT.keySet());
    private static final Names REPORT_NAMES = new Names(REPORT.keySet().toArray(String[]::new));
    private static final List<BiConsumer<ModelReader, ReportParts>> REPORT_READERS = List.copyOf(REPORT.values());
    private static final Names TEXT_NAMES = new Names("text", "language");
    private static final Names NUMBER_NAMES = new Names("series", "number", "raw", "year");
    private static final Names AUTHOR_NAMES = new Names("agent", "role");
    // A person's and an organisation's tables both start with the agent's "type", read before the kind is known.
    private static final Names PERSON_NAMES = new Names("type", "name", "orcid", "affiliations");
    private static final Names AGENT_NAMES = PERSON_NAMES;
    private static final Names PERSON_NAME_NAMES = new Names("family", "given", "particle", "suffix", "order", "literal",
            "original");
    private static final Names ORGANIZATION_NAMES = new Names("type", "name", "acronym", "parent", "ror", "isni");
    private static final Names KEYWORD_NAMES = new Names("term", "language", "vocabulary");
    private static final Names IDENTIFIER_NAMES = new Names("scheme", "value");
    private static final Names RELATION_NAMES = new Names("type", "target");
    private static final Names REPORT_DATE_NAMES = new Names("kind", "value");
    private static final Names MEDIA_FORMAT_NAMES = new Names("kind", "text");
    private static final Names COVERAGE_NAMES = new Names("kind", "text");
    private static final Names METRIC_NAMES = new Names("type", "count", "asOf");

    /**
     * The property names of one kind of object, which the parser matches against its input bytes: a known name
     * comes back as this table's own {@code String}, without the parser's symbol table and without a new string.
     */
    static final class Names {
        final PropertyNameMatcher matcher;
        private final String[] names;

        Names(String... names) {
            if (names.length > Long.SIZE) {
                throw new IllegalArgumentException("a name table has a bit per name, at most 64, but was given " + names.length);
            }
            this.names = names.clone();
            // Quads not padded, as the parser forms them when it matches bytes (padded, every name whose length is
            // not a multiple of four would miss and be matched again as a String).
            this.matcher = BinaryNameMatcher.construct(List.of(names), false);
        }

        /** The name at a position of the table. */
        String name(int index) {
            return names[index];
        }

        int size() {
            return names.length;
        }
    }

    private static Map<String, BiConsumer<ModelReader, ReportParts>> reportTable() {
        Map<String, BiConsumer<ModelReader, ReportParts>> t = new LinkedHashMap<>();
        t.put("id", (r, b) -> b.id = r.value("a report id", ReportId::new));
        t.put("titles", (r, b) -> b.titles = r.list(r::text));
        t.put("number", (r, b) -> b.number = r.optionalObject(r::number));
        t.put("issued", (r, b) -> b.issued = r.optionalValue("a date YYYY, YYYY-MM or YYYY-MM-DD", PartialDate::parse));
        t.put("dates", (r, b) -> b.dates = r.list(r::reportDate));
        t.put("authors", (r, b) -> b.authors = r.list(r::author));
        t.put("publisher", (r, b) -> b.publisher = r.optionalObject(r::organization));
        t.put("abstracts", (r, b) -> b.abstracts = r.list(r::text));
        t.put("keywords", (r, b) -> b.keywords = r.list(r::keyword));
        t.put("language", (r, b) -> b.language = r.optionalValue("a language tag", LanguageTag::new));
        t.put("type", (r, b) -> b.type = r.code("a report type", ModelCodes.REPORT_TYPES));
        t.put("identifiers", (r, b) -> b.identifiers = r.list(r::identifier));
        t.put("landingPage", (r, b) -> b.landingPage = r.optionalValue("a URL", Url::new));
        t.put("fullText", (r, b) -> b.fullText = r.optionalValue("a URL", Url::new));
        t.put("rights", (r, b) -> b.rights = r.optionalString());
        t.put("license", (r, b) -> b.license = r.optionalValue("a URL", Url::new));
        t.put("formats", (r, b) -> b.formats = r.list(r::mediaFormat));
        t.put("sources", (r, b) -> b.sources = r.list(r::string));
        t.put("coverage", (r, b) -> b.coverage = r.list(r::coverage));
        t.put("relations", (r, b) -> b.relations = r.list(r::relation));
        t.put("metrics", (r, b) -> b.metrics = r.list(r::metric));
        return Collections.unmodifiableMap(t);
    }

    /**
     * A report's parts as read, for its canonical constructor: unlike {@link Report.Builder}, which copies each list
     * into a list of its own and the record then once more, this hands the record the reader's immutable lists,
     * which the record keeps as they are.
     */
    static final class ReportParts {
        @Nullable ReportId id;
        List<LocalizedText> titles = List.of();
        @Nullable ReportNumber number;
        @Nullable PartialDate issued;
        List<ReportDate> dates = List.of();
        List<Author> authors = List.of();
        @Nullable Organization publisher;
        List<LocalizedText> abstracts = List.of();
        List<Keyword> keywords = List.of();
        @Nullable LanguageTag language;
        @Nullable ReportType type;
        List<Identifier> identifiers = List.of();
        @Nullable Url landingPage;
        @Nullable Url fullText;
        @Nullable String rights;
        @Nullable Url license;
        List<MediaFormat> formats = List.of();
        List<String> sources = List.of();
        List<Coverage> coverage = List.of();
        List<Relation> relations = List.of();
        List<Metric> metrics = List.of();

        Report build(ReportId reportId, ReportType reportType) {
            return new Report(reportId, titles, number, issued, dates, authors, publisher, abstracts, keywords, language,
                    reportType, identifiers, landingPage, fullText, rights, license, formats, sources, coverage,
                    relations, metrics);
        }
    }

    /** More than the parser reads of a value when it returns the value's name: a number is at most 64 characters. */
    private static final int POSITION_AFTER_VALUE_START = 1024;
    private static final String W3CDTF = "a date YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ";
    private static final String HEADER_FIELDS = "id, titles, publisher, issued, updated";

    private final JsonParser p;
    private final boolean lenient;
    private final long maxRecordBytes;
    private final @Nullable PropertyNames names;
    private final List<Warning> warnings = new ArrayList<>();
    private long recordStart = -1;
    /** The position of the last name read by {@link #nextName(Names)} in its table, or a negative {@code MATCH_} code. */
    private int matched;
    private boolean pushedBack;

    /**
     * A reader of one parser.
     *
     * @param parser the parser
     * @param lenient whether unknown properties are skipped with a warning
     * @param maxRecordBytes the largest report or header, in bytes of input
     */
    public ModelReader(JsonParser parser, boolean lenient, long maxRecordBytes) {
        this(parser, lenient, maxRecordBytes, false);
    }

    /**
     * A reader of one parser, which may refuse duplicate property names itself.
     *
     * @param parser the parser
     * @param lenient whether unknown properties are skipped with a warning
     * @param maxRecordBytes the largest report or header, in bytes of input
     * @param refusesDuplicates whether this reader refuses a property name given twice in an object, for a parser
     *     of {@link JsonSetup#READER_FACTORY}, with the parser's own message and location
     */
    public ModelReader(JsonParser parser, boolean lenient, long maxRecordBytes, boolean refusesDuplicates) {
        this.p = parser;
        this.lenient = lenient;
        this.maxRecordBytes = maxRecordBytes;
        this.names = refusesDuplicates ? new PropertyNames() : null;
    }

    /**
     * The parser.
     *
     * @return the parser
     */
    public JsonParser parser() {
        return p;
    }

    /**
     * Makes the next read start at the parser's current token instead of the next one, for a caller (such as
     * a Jackson deserialiser) that has already moved onto the value.
     */
    public void atCurrentToken() {
        pushedBack = true;
    }

    /**
     * Starts counting the bytes of a report or header from the current token.
     */
    public void startRecord() {
        recordStart = p.currentTokenLocation().getByteOffset();
    }

    /**
     * The unknown properties skipped since the last call, which clears them.
     *
     * @return the warnings
     */
    public List<Warning> takeWarnings() {
        if (warnings.isEmpty()) {
            return List.of();
        }
        List<Warning> taken = List.copyOf(warnings);
        warnings.clear();
        return taken;
    }

    /**
     * Reads a report object.
     *
     * @return the report
     */
    public Report report() {
        expectStartObject("a report");
        return reportFields(nextName());
    }

    /**
     * Reads the remaining properties of a report object and its end.
     *
     * @param first the first property name, already read, or {@code null} at the end of the object
     * @return the report
     */
    public Report reportFields(@Nullable String first) {
        ReportParts report = new ReportParts();
        matched = first == null ? PropertyNameMatcher.MATCH_END_OBJECT : REPORT_NAMES.matcher.matchName(first);
        if (matched >= 0) {
            // Read by nextName(), which kept it among the names outside any table: the table's bit must know it too.
            TokenStreamContext object = p.streamReadContext();
            if (names != null && !names.addKnown(object.getNestingDepth(), object.getCurrentIndex(), matched)) {
                throw duplicate(first);
            }
        }
        for (String name = first; name != null; name = nextName(REPORT_NAMES)) {
            if (matched < 0) {
                unknown(name, REPORT_FIELDS);
                continue;
            }
            REPORT_READERS.get(matched).accept(this, report);
        }
        ReportId id = require(report.id, "id", "a report");
        ReportType type = require(report.type, "type", "a report");
        return report.build(id, type);
    }

    /**
     * Reads the remaining properties of a catalogue header up to its end, or up to a stop property.
     *
     * @param first the first property name, already read, or {@code null} at the end of the object
     * @param stop a property that ends the header, such as {@code reports}, or {@code null} for none
     * @return the header, or {@code null} when it has no property at all
     */
    public @Nullable CatalogueHeader headerFields(@Nullable String first, @Nullable String stop) {
        CatalogueId id = null;
        List<LocalizedText> titles = List.of();
        Organization publisher = null;
        PartialDate issued = null;
        PartialDate updated = null;
        boolean any = false;
        for (String name = first; name != null && !name.equals(stop); name = nextName()) {
            any = true;
            switch (name) {
                case "id" -> id = value("a catalogue id", CatalogueId::new);
                case "titles" -> titles = list(this::text);
                case "publisher" -> publisher = optionalObject(this::organization);
                case "issued" -> issued = optionalValue("a date YYYY, YYYY-MM or YYYY-MM-DD", PartialDate::parse);
                case "updated" -> updated = optionalValue("a date YYYY, YYYY-MM or YYYY-MM-DD", PartialDate::parse);
                default -> unknown(name, HEADER_FIELDS + (stop == null ? "" : ", " + stop));
            }
        }
        if (!any) {
            return null;
        }
        if (id == null) {
            // Stopped at the property that ends the header, the parser is inside that property: the header
            // object itself, one level up, is what lacks the id.
            TokenStreamContext object = p.currentToken() == JsonToken.PROPERTY_NAME
                    ? p.streamReadContext().getParent() : p.streamReadContext();
            throw problem("a catalogue header needs the property 'id'", object, null);
        }
        return new CatalogueHeader(id, titles, publisher, issued, updated);
    }

    /**
     * Reads a text with its language.
     *
     * @return the text
     */
    public LocalizedText text() {
        expectStartObject("a text with its language");
        String text = null;
        LanguageTag language = null;
        for (String name = nextName(TEXT_NAMES); name != null; name = nextName(TEXT_NAMES)) {
            switch (name) {
                case "text" -> text = string();
                case "language" -> language = optionalValue("a language tag", LanguageTag::new);
                default -> unknown(name, "text, language");
            }
        }
        require(text, "text", "a text");
        return new LocalizedText(text, language);
    }

    /**
     * Reads a series and number.
     *
     * @return the report number
     */
    public ReportNumber number() {
        expectStartObject("a report number");
        String series = null;
        String number = null;
        String raw = null;
        Integer year = null;
        for (String name = nextName(NUMBER_NAMES); name != null; name = nextName(NUMBER_NAMES)) {
            switch (name) {
                case "series" -> series = string();
                case "number" -> number = string();
                case "raw" -> raw = string();
                case "year" -> year = optionalInt();
                default -> unknown(name, "series, number, raw, year");
            }
        }
        require(series, "series", "a report number");
        require(number, "number", "a report number");
        require(raw, "raw", "a report number");
        String s = series;
        String n = number;
        String r = raw;
        Integer y = year;
        return construct(() -> new ReportNumber(s, n, r, y));
    }

    /**
     * Reads an author.
     *
     * @return the author
     */
    public Author author() {
        expectStartObject("an author");
        Agent agent = null;
        Role role = null;
        for (String name = nextName(AUTHOR_NAMES); name != null; name = nextName(AUTHOR_NAMES)) {
            switch (name) {
                case "agent" -> agent = agent();
                case "role" -> role = code("a role", ModelCodes.ROLES);
                default -> unknown(name, "agent, role");
            }
        }
        require(agent, "agent", "an author");
        require(role, "role", "an author");
        return new Author(agent, role);
    }

    /**
     * Reads a person or an organisation; {@code type} must be the first property.
     *
     * @return the agent
     */
    public Agent agent() {
        expectStartObject("a person or an organization");
        String name = nextName(AGENT_NAMES);
        if (!"type".equals(name)) {
            throw problem("an agent must start with \"type\": \"person\" or \"organization\"");
        }
        String type = string();
        if (type.equals(ModelCodes.PERSON)) {
            return personFields(nextName(PERSON_NAMES));
        }
        if (type.equals(ModelCodes.ORGANIZATION)) {
            return organizationFields(nextName(ORGANIZATION_NAMES));
        }
        throw problem("agent type must be person or organization, but was '" + Snippets.clip(type) + "'");
    }

    /**
     * Reads a person; {@code "type": "person"} must be the first property.
     *
     * @return the person
     */
    public Person person() {
        Agent agent = agent();
        if (agent instanceof Person person) {
            return person;
        }
        throw problem("expected a person, but was an organization");
    }

    private Person personFields(@Nullable String first) {
        PersonName personName = null;
        Orcid orcid = null;
        List<Organization> affiliations = List.of();
        for (String name = first; name != null; name = nextName(PERSON_NAMES)) {
            switch (name) {
                case "name" -> personName = personName();
                case "orcid" -> orcid = optionalValue("an ORCID iD", Orcid::new);
                case "affiliations" -> affiliations = list(this::organization);
                default -> unknown(name, "type, name, orcid, affiliations");
            }
        }
        require(personName, "name", "a person");
        return new Person(personName, orcid, affiliations);
    }

    /**
     * Reads a person's name.
     *
     * @return the name
     */
    public PersonName personName() {
        expectStartObject("a person's name");
        String family = null;
        String given = null;
        String particle = null;
        String suffix = null;
        NameOrder order = null;
        String literal = null;
        LocalizedText original = null;
        for (String name = nextName(PERSON_NAME_NAMES); name != null; name = nextName(PERSON_NAME_NAMES)) {
            switch (name) {
                case "family" -> family = optionalString();
                case "given" -> given = optionalString();
                case "particle" -> particle = optionalString();
                case "suffix" -> suffix = optionalString();
                case "order" -> order = code("a name order", ModelCodes.NAME_ORDERS);
                case "literal" -> literal = optionalString();
                case "original" -> original = optionalObject(this::text);
                default -> unknown(name, "family, given, particle, suffix, order, literal, original");
            }
        }
        require(order, "order", "a person's name");
        String f = family;
        String g = given;
        String pa = particle;
        String s = suffix;
        NameOrder o = order;
        String l = literal;
        LocalizedText orig = original;
        return construct(() -> new PersonName(f, g, pa, s, o, l, orig));
    }

    /**
     * Reads an organisation; {@code "type": "organization"} must be the first property.
     *
     * @return the organisation
     */
    public Organization organization() {
        Agent agent = agent();
        if (agent instanceof Organization organization) {
            return organization;
        }
        throw problem("expected an organization, but was a person");
    }

    private Organization organizationFields(@Nullable String first) {
        String orgName = null;
        String acronym = null;
        Organization parent = null;
        Ror ror = null;
        Isni isni = null;
        for (String name = first; name != null; name = nextName(ORGANIZATION_NAMES)) {
            switch (name) {
                case "name" -> orgName = string();
                case "acronym" -> acronym = optionalString();
                case "parent" -> parent = optionalObject(this::organization);
                case "ror" -> ror = optionalValue("a ROR id", Ror::new);
                case "isni" -> isni = optionalValue("an ISNI", Isni::new);
                default -> unknown(name, "type, name, acronym, parent, ror, isni");
            }
        }
        require(orgName, "name", "an organization");
        return new Organization(orgName, acronym, parent, ror, isni);
    }

    /**
     * Reads a keyword.
     *
     * @return the keyword
     */
    public Keyword keyword() {
        expectStartObject("a keyword");
        String term = null;
        LanguageTag language = null;
        String vocabulary = null;
        for (String name = nextName(KEYWORD_NAMES); name != null; name = nextName(KEYWORD_NAMES)) {
            switch (name) {
                case "term" -> term = string();
                case "language" -> language = optionalValue("a language tag", LanguageTag::new);
                case "vocabulary" -> vocabulary = optionalString();
                default -> unknown(name, "term, language, vocabulary");
            }
        }
        require(term, "term", "a keyword");
        return new Keyword(term, language, vocabulary);
    }

    /**
     * Reads an identifier; {@code scheme} must come before {@code value}.
     *
     * @return the identifier
     */
    public Identifier identifier() {
        expectStartObject("an identifier");
        IdentifierScheme scheme = null;
        Identifier identifier = null;
        for (String name = nextName(IDENTIFIER_NAMES); name != null; name = nextName(IDENTIFIER_NAMES)) {
            switch (name) {
                case "scheme" -> scheme = code("an identifier scheme", ModelCodes.SCHEMES);
                case "value" -> {
                    if (scheme == null) {
                        throw problem("an identifier's \"scheme\" must come before its \"value\"");
                    }
                    IdentifierScheme s = scheme;
                    identifier = value("an identifier", text -> identifier(s, text));
                }
                default -> unknown(name, "scheme, value");
            }
        }
        require(scheme, "scheme", "an identifier");
        require(identifier, "value", "an identifier");
        return identifier;
    }

    private static Identifier identifier(IdentifierScheme scheme, String value) {
        return switch (scheme) {
            case DOI -> new Doi(value);
            case ISBN -> new Isbn(value);
            case ISSN -> new Issn(value);
            case HANDLE -> new Handle(value);
            case URN -> new Urn(value);
            case URL -> new Url(value);
            case LOCAL -> new LocalIdentifier(value);
        };
    }

    /**
     * Reads a relation.
     *
     * @return the relation
     */
    public Relation relation() {
        expectStartObject("a relation");
        RelationType type = null;
        Identifier target = null;
        for (String name = nextName(RELATION_NAMES); name != null; name = nextName(RELATION_NAMES)) {
            switch (name) {
                case "type" -> type = code("a relation type", ModelCodes.RELATION_TYPES);
                case "target" -> target = identifier();
                default -> unknown(name, "type, target");
            }
        }
        require(type, "type", "a relation");
        require(target, "target", "a relation");
        return new Relation(type, target);
    }

    /**
     * Reads a date other than the issued date, with its kind.
     *
     * @return the date
     */
    public ReportDate reportDate() {
        expectStartObject("a date with its kind");
        ReportDate.Kind kind = null;
        String value = null;
        for (String name = nextName(REPORT_DATE_NAMES); name != null; name = nextName(REPORT_DATE_NAMES)) {
            switch (name) {
                case "kind" -> kind = code("a date kind", ModelCodes.DATE_KINDS);
                case "value" -> value = value(W3CDTF, text -> ReportDate.of(ReportDate.Kind.OTHER, text).value());
                default -> unknown(name, "kind, value");
            }
        }
        require(kind, "kind", "a date");
        require(value, "value", "a date");
        return new ReportDate(kind, value);
    }

    /**
     * Reads a media type, extent or medium.
     *
     * @return the format
     */
    public MediaFormat mediaFormat() {
        expectStartObject("a format");
        MediaFormat.Kind kind = null;
        String text = null;
        for (String name = nextName(MEDIA_FORMAT_NAMES); name != null; name = nextName(MEDIA_FORMAT_NAMES)) {
            switch (name) {
                case "kind" -> kind = code("a format kind", ModelCodes.FORMAT_KINDS);
                case "text" -> text = string();
                default -> unknown(name, "kind, text");
            }
        }
        require(kind, "kind", "a format");
        require(text, "text", "a format");
        return new MediaFormat(kind, text);
    }

    /**
     * Reads a place or period.
     *
     * @return the coverage
     */
    public Coverage coverage() {
        expectStartObject("a coverage");
        Coverage.Kind kind = null;
        String text = null;
        for (String name = nextName(COVERAGE_NAMES); name != null; name = nextName(COVERAGE_NAMES)) {
            switch (name) {
                case "kind" -> kind = code("a coverage kind", ModelCodes.COVERAGE_KINDS);
                case "text" -> text = string();
                default -> unknown(name, "kind, text");
            }
        }
        require(kind, "kind", "a coverage");
        require(text, "text", "a coverage");
        return new Coverage(kind, text);
    }

    /**
     * Reads a metric.
     *
     * @return the metric
     */
    public Metric metric() {
        expectStartObject("a metric");
        MetricType type = null;
        Long count = null;
        PartialDate asOf = null;
        for (String name = nextName(METRIC_NAMES); name != null; name = nextName(METRIC_NAMES)) {
            switch (name) {
                case "type" -> type = code("a metric type", ModelCodes.METRIC_TYPES);
                case "count" -> count = longValue();
                case "asOf" -> asOf = optionalValue("a date YYYY, YYYY-MM or YYYY-MM-DD", PartialDate::parse);
                default -> unknown(name, "type, count, asOf");
            }
        }
        require(type, "type", "a metric");
        require(count, "count", "a metric");
        return new Metric(type, count, asOf);
    }

    /**
     * Reads a date in W3CDTF.
     *
     * @return the date
     */
    public PartialDate date() {
        return value("a date YYYY, YYYY-MM or YYYY-MM-DD", PartialDate::parse);
    }

    /**
     * Reads a report id.
     *
     * @return the id
     */
    public ReportId reportId() {
        return value("a report id", ReportId::new);
    }

    /**
     * Reads a catalogue id.
     *
     * @return the id
     */
    public CatalogueId catalogueId() {
        return value("a catalogue id", CatalogueId::new);
    }

    /**
     * Reads a language tag.
     *
     * @return the tag
     */
    public LanguageTag languageTag() {
        return value("a language tag", LanguageTag::new);
    }

    /**
     * The next property name of the current object, checking the record's size; {@code null} at its end.
     *
     * @return the name, or {@code null}
     */
    public @Nullable String nextName() {
        String name = p.nextName();
        if (name != null && names != null) {
            checkName(name);
        }
        return checkedName(name);
    }

    /**
     * The next property name of the current object, matched against the names its kind of object has (the position
     * goes to {@link #matched}), checked as {@link #nextName()} checks it; {@code null} at its end.
     */
    private @Nullable String nextName(Names known) {
        int match = p.nextNameMatch(known.matcher);
        matched = match;
        String name = null;
        if (match >= 0) {
            name = known.name(match);
            TokenStreamContext object = p.streamReadContext();
            if (names != null && !names.addKnown(object.getNestingDepth(), object.getCurrentIndex(), match)) {
                throw duplicate(name);
            }
        } else if (match == PropertyNameMatcher.MATCH_UNKNOWN_NAME) {
            name = p.currentName();
            if (names != null) {
                checkName(name);
            }
        }
        return checkedName(name);
    }

    /** The name just read, or {@code null} at the object's end, once the record's size and the token are checked. */
    private @Nullable String checkedName(@Nullable String name) {
        if (recordStart >= 0 && mayExceed(name) && p.currentLocation().getByteOffset() - recordStart > maxRecordBytes) {
            throw problem("record is larger than the limit of " + maxRecordBytes + " bytes (ReadOptions.maxReportBytes)");
        }
        if (name == null && p.currentToken() != JsonToken.END_OBJECT) {
            throw problem("expected a property name or '}', but was " + describe(p.currentToken()));
        }
        return name;
    }

    /**
     * Whether the record may be past its limit, known without building a location: after a name, the parser's
     * position is at most {@link #POSITION_AFTER_VALUE_START} bytes past the start of the name's value (it has
     * read the value's first character, or the whole number or literal), which the parser keeps as a number. At
     * the end of an object that start is an earlier token's, so there the position is always looked up.
     */
    private boolean mayExceed(@Nullable String name) {
        return name == null || !(p instanceof ParserBase base)
                || base.getTokenCharacterOffset() + POSITION_AFTER_VALUE_START - recordStart > maxRecordBytes;
    }

    /**
     * Refuses the property name the parser is on when its object already has it, when this reader refuses
     * duplicates: for a caller that moved onto a name with {@code nextToken} instead of {@link #nextName}.
     */
    public void checkCurrentName() {
        if (names != null && p.currentToken() == JsonToken.PROPERTY_NAME) {
            checkName(p.currentName());
        }
    }

    /**
     * Refuses a name its object already has, as the parser's duplicate detection does: the same message, at the
     * position just after the name's closing quote (where the parser stands when it checks).
     */
    private void checkName(String name) {
        TokenStreamContext object = p.streamReadContext();
        if (names != null && !names.add(object.getNestingDepth(), object.getCurrentIndex(), name)) {
            throw duplicate(name);
        }
    }

    /** The parser's own failure for a name its object already has, where the parser reports it. */
    private StreamReadException duplicate(String name) {
        TokenStreamLocation start = p.currentTokenLocation();
        long length = quotedUtf8Length(name);
        return new StreamReadException(p, "Duplicate Object property \"" + name + "\"",
                new TokenStreamLocation(start.contentReference(), start.getByteOffset() + length, -1L,
                        start.getLineNr(), start.getColumnNr() + (int) length));
    }

    /** The bytes of a name between and with its quotes, as written without escapes in UTF-8. */
    private static long quotedUtf8Length(String name) {
        long bytes = 2;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /**
     * Moves to the next token, which must start an object.
     *
     * @param what what the object is, for the message
     */
    public void expectStartObject(String what) {
        JsonToken t = advance();
        if (t != JsonToken.START_OBJECT) {
            throw problem("expected " + what + " (a JSON object), but was " + describe(t));
        }
    }

    /**
     * A failure at the current token.
     *
     * @param message what was wrong and what was expected
     * @return the failure, to throw
     */
    public JsonProblem problem(String message) {
        return problem(message, null);
    }

    private JsonProblem problem(String message, @Nullable Throwable cause) {
        return problem(message, p.streamReadContext(), cause);
    }

    /** A failure at the parser's current token, pointing at the value that {@code context} reads. */
    private JsonProblem problem(String message, TokenStreamContext context, @Nullable Throwable cause) {
        // At the end of input there is no token: the end itself is where the problem is.
        TokenStreamLocation at = p.currentToken() == null ? p.currentLocation() : p.currentTokenLocation();
        return new JsonProblem(message, Snippets.pointer(context),
                Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0), cause);
    }

    /**
     * Describes a token for a message.
     *
     * @param t the token, or {@code null} at the end of input
     * @return a description such as {@code a string} or {@code the end of input}
     */
    public static String describe(@Nullable JsonToken t) {
        if (t == null) {
            return "the end of input";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case END_OBJECT -> "'}'";
            case START_ARRAY -> "an array";
            case END_ARRAY -> "']'";
            case PROPERTY_NAME -> "a property name";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "an integer";
            case VALUE_NUMBER_FLOAT -> "a decimal number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.name();
        };
    }

    private void unknown(String name, String known) {
        String message = "unknown property '" + Snippets.clip(name) + "'; expected one of " + known;
        if (!lenient) {
            throw problem(message);
        }
        TokenStreamLocation at = p.currentTokenLocation();
        warnings.add(new Warning(Snippets.pointer(p.streamReadContext()), message + "; skipped",
                Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0)));
        skipValue();
    }

    /** Skips the next value, refusing duplicate names within it when this reader refuses them. */
    private void skipValue() {
        JsonToken t = p.nextToken();
        if (names == null) {
            p.skipChildren();
            return;
        }
        int open = t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY ? 1 : 0;
        while (open > 0 && (t = p.nextToken()) != null) {
            switch (t) {
                case START_OBJECT, START_ARRAY -> open++;
                case END_OBJECT, END_ARRAY -> open--;
                case PROPERTY_NAME -> checkName(p.currentName());
                default -> { }
            }
        }
    }

    /** Refuses an object without a property it needs; {@code what} names the object with its article. */
    private <T> T require(@Nullable T value, String name, String what) {
        if (value == null) {
            throw problem(what + " needs the property '" + name + "'");
        }
        return value;
    }

    private <T> List<T> list(Supplier<T> element) {
        JsonToken t = p.nextToken();
        if (t != JsonToken.START_ARRAY) {
            throw problem("expected an array, but was " + describe(t));
        }
        // Most lists of a report have one or two elements: those are kept without a list to collect them in.
        if (p.nextToken() == JsonToken.END_ARRAY) {
            return List.of();
        }
        pushedBack = true;
        T first = element.get();
        if (p.nextToken() == JsonToken.END_ARRAY) {
            return List.of(first);
        }
        pushedBack = true;
        T second = element.get();
        if (p.nextToken() == JsonToken.END_ARRAY) {
            return List.of(first, second);
        }
        List<T> values = new ArrayList<>();
        values.add(first);
        values.add(second);
        do {
            pushedBack = true;
            values.add(element.get());
        } while (p.nextToken() != JsonToken.END_ARRAY);
        return List.copyOf(values);
    }

    /** Moves to the next token, unless a list or an optional value already moved there for the reader it calls. */
    private JsonToken advance() {
        if (pushedBack) {
            pushedBack = false;
            return p.currentToken();
        }
        return p.nextToken();
    }

    private <T> @Nullable T optionalObject(Supplier<T> reader) {
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        pushedBack = true;
        return reader.get();
    }

    private String string() {
        JsonToken t = advance();
        if (t != JsonToken.VALUE_STRING) {
            throw problem("expected a string, but was " + describe(t));
        }
        return scalarText();
    }

    private @Nullable String optionalString() {
        JsonToken t = advance();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_STRING) {
            throw problem("expected a string or null, but was " + describe(t));
        }
        return scalarText();
    }

    /**
     * The current string, refused when it holds U+0000 or an unpaired surrogate: neither is text that a report
     * can carry (NUL cuts strings short in other systems, an unpaired surrogate has no UTF-8 form), and the
     * parser passes both through when the JSON text escapes them.
     */
    private String scalarText() {
        String s = p.getString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0) {
                throw problem("text must not contain U+0000 (NUL), but character " + i + " of the string is one");
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw problem(String.format("text must consist of Unicode scalar values, but character %d of the string"
                        + " is the unpaired surrogate U+%04X", i, (int) c));
            }
        }
        return s;
    }

    private <T> T value(String what, Function<String, T> parse) {
        JsonToken t = advance();
        if (t != JsonToken.VALUE_STRING) {
            throw problem("expected " + what + " (a string), but was " + describe(t));
        }
        return parse(what, parse);
    }

    private <T> @Nullable T optionalValue(String what, Function<String, T> parse) {
        JsonToken t = advance();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_STRING) {
            throw problem("expected " + what + " (a string) or null, but was " + describe(t));
        }
        return parse(what, parse);
    }

    private <T> T parse(String what, Function<String, T> parse) {
        String text = scalarText();
        try {
            return parse.apply(text);
        } catch (InvalidValueException e) {
            throw problem(clipValue(e), e);
        } catch (RuntimeException e) {
            throw problem("expected " + what + ", but was '" + Snippets.clip(text) + "'", e);
        }
    }

    private <T> T construct(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (InvalidValueException e) {
            throw problem(clipValue(e), e);
        }
    }

    private static String clipValue(InvalidValueException e) {
        String message = e.getMessage();
        String tail = ", but was '" + e.value() + "'";
        if (message.endsWith(tail)) {
            return message.substring(0, message.length() - tail.length()) + ", but was '" + Snippets.clip(e.value()) + "'";
        }
        return Snippets.clipQuoted(message);
    }

    <E extends Enum<E>> E code(String what, ModelCodes.Codes<E> codes) {
        JsonToken t = advance();
        if (t != JsonToken.VALUE_STRING) {
            throw problem("expected " + what + " (a string), but was " + describe(t));
        }
        // A code as written is found from the parser's characters; anything else is checked and named as text.
        E known = codes.find(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
        if (known != null) {
            return known;
        }
        String text = scalarText();
        E value = codes.find(text);
        if (value == null) {
            throw problem(what + " must be one of " + codes.known() + ", but was '" + Snippets.clip(text) + "'");
        }
        return value;
    }

    private @Nullable Integer optionalInt() {
        JsonToken t = advance();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_NUMBER_INT) {
            throw problem("expected an integer or null, but was " + describe(t));
        }
        if (p.getNumberType() != JsonParser.NumberType.INT) {
            throw problem("integer out of range: expected at most " + Integer.MAX_VALUE + " in magnitude");
        }
        return p.getIntValue();
    }

    private long longValue() {
        JsonToken t = advance();
        if (t != JsonToken.VALUE_NUMBER_INT) {
            throw problem("expected an integer, but was " + describe(t));
        }
        JsonParser.NumberType type = p.getNumberType();
        if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
            throw problem("integer out of range: expected at most " + Long.MAX_VALUE + " in magnitude");
        }
        return p.getLongValue();
    }
}
