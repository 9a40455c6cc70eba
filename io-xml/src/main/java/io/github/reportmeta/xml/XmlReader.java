package io.github.reportmeta.xml;

import io.github.reportmeta.Agent;
import io.github.reportmeta.Author;
import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.CatalogueId;
import io.github.reportmeta.Coverage;
import io.github.reportmeta.Identifier;
import io.github.reportmeta.IdentifierScheme;
import io.github.reportmeta.Isni;
import io.github.reportmeta.Keyword;
import io.github.reportmeta.LanguageTag;
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
import io.github.reportmeta.ReportMetadataException;
import io.github.reportmeta.ReportNumber;
import io.github.reportmeta.ReportType;
import io.github.reportmeta.Role;
import io.github.reportmeta.Ror;
import io.github.reportmeta.Url;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.spi.AbstractReportReader;
import io.github.reportmeta.xml.internal.XmlCursor;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Reads the canonical XML format as a stream: the header first, then one report at a time. */
final class XmlReader extends AbstractReportReader {

    /** Reads one element of a report into its builder. */
    private interface FieldReader {
        void read(XmlReader reader, Report.Builder report, String pointer);
    }

    /** A report element: its bit in {@link Seen} and how it is read. */
    private record ReportField(int bit, FieldReader reader) {}

    /**
     * How each element of a report is read, in the model's order: the one place in this codec that names a report's
     * fields. A field of the model missing here fails {@code FieldTablesTest}.
     */
    static final Map<String, ReportField> REPORT = reportTable();

    private static Map<String, ReportField> reportTable() {
        Map<String, FieldReader> t = new LinkedHashMap<>();
        t.put("id", (r, b, at) -> {
            ReportId id = r.value(at, ReportId::of);
            r.current = id;
            b.id(id);
        });
        t.put("titles", (r, b, at) -> b.titles(r.texts(at, "title")));
        t.put("number", (r, b, at) -> b.number(r.reportNumber(at)));
        t.put("issued", (r, b, at) -> b.issued(r.value(at, PartialDate::parse)));
        t.put("dates", (r, b, at) -> b.dates(r.list(at, "date", r::reportDate)));
        t.put("authors", (r, b, at) -> b.authors(r.list(at, "author", r::author)));
        t.put("publisher", (r, b, at) -> b.publisher(r.organization(at)));
        t.put("abstracts", (r, b, at) -> b.abstracts(r.texts(at, "abstract")));
        t.put("keywords", (r, b, at) -> b.keywords(r.list(at, "keyword", r::keyword)));
        t.put("language", (r, b, at) -> b.language(r.value(at, LanguageTag::parse)));
        t.put("type", (r, b, at) -> b.type(r.code(at, ReportType::ofCode, ReportType::code)));
        t.put("identifiers", (r, b, at) -> b.identifiers(r.list(at, "identifier", r::identifier)));
        t.put("landingPage", (r, b, at) -> b.landingPage(r.value(at, Url::parse)));
        t.put("fullText", (r, b, at) -> b.fullText(r.value(at, Url::parse)));
        t.put("rights", (r, b, at) -> b.rights(r.text()));
        t.put("license", (r, b, at) -> b.license(r.value(at, Url::parse)));
        t.put("formats", (r, b, at) -> b.formats(r.list(at, "format", r::mediaFormat)));
        t.put("sources", (r, b, at) -> b.sources(r.list(at, "source", r::plainText)));
        t.put("coverage", (r, b, at) -> b.coverage(r.list(at, "scope", r::coverage)));
        t.put("relations", (r, b, at) -> b.relations(r.list(at, "relation", r::relation)));
        t.put("metrics", (r, b, at) -> b.metrics(r.list(at, "metric", r::metric)));
        Map<String, ReportField> fields = new LinkedHashMap<>();
        t.forEach((name, reader) -> fields.put(name, new ReportField(fields.size(), reader)));
        return Collections.unmodifiableMap(fields);
    }

    private final InputStream in;
    private final XmlCursor c;
    private boolean single;
    private @Nullable CatalogueHeader header;
    private boolean done;
    private int index;
    private @Nullable ReportId current;

    private XmlReader(InputStream in, ReadOptions options) {
        super(options);
        this.in = in;
        try {
            this.c = XmlCursor.open(in, options.sourceName());
        } catch (RuntimeException e) {
            try {
                in.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /**
     * Opens a reader and reads the document up to its first report.
     *
     * @param in the input; the reader closes it
     * @param options how to read
     * @return the reader
     */
    static XmlReader open(InputStream in, ReadOptions options) {
        XmlReader reader = new XmlReader(in, options);
        reader.open();
        return reader;
    }

    @Override
    protected @Nullable CatalogueHeader readHeader() {
        single = readRoot();
        return header;
    }

    private boolean readRoot() {
        if (!XmlFormat.NAMESPACE.equals(c.namespace())) {
            throw c.error("expected the root element <catalogue> or <report> in the namespace "
                    + XmlFormat.NAMESPACE + ", but found <" + c.name() + "> in "
                    + (c.namespace().isEmpty() ? "no namespace" : "the namespace " + c.namespace()));
        }
        String version = null;
        for (int i = 0; i < c.attributeCount(); i++) {
            String name = c.attributeName(i);
            if (name.equals("version")) {
                version = c.attribute("", "version");
            } else if (!name.equals("{" + XmlCursor.XSI + "}schemaLocation")) {
                throw c.error("unexpected attribute '" + name + "' on <" + c.name() + ">; expected only 'version'");
            }
        }
        if (version == null || !version.startsWith(XmlFormat.VERSION_MAJOR)) {
            throw c.error("expected the attribute version=\"" + XmlFormat.VERSION + "\" (format version "
                    + XmlFormat.VERSION_MAJOR + "x) on <" + c.name() + ">, but found "
                    + (version == null ? "none" : "'" + version + "'"));
        }
        if (c.name().equals("report")) {
            return true;
        }
        if (!c.name().equals("catalogue")) {
            throw c.error("expected the root element <catalogue> or <report>, but found <" + c.name() + ">");
        }
        readCatalogueHeader();
        return false;
    }

    private void readCatalogueHeader() {
        CatalogueId id = null;
        List<LocalizedText> titles = new ArrayList<>();
        Organization publisher = null;
        PartialDate issued = null;
        PartialDate updated = null;
        Seen seen = new Seen();
        while (true) {
            if (!c.nextChild()) {
                throw c.error("expected <reports> in <catalogue>, but the catalogue ends");
            }
            String name = element();
            switch (name) {
                case "id" -> {
                    seen.once(0, name);
                    id = value("/id", CatalogueId::of);
                }
                case "titles" -> {
                    seen.once(1, name);
                    titles = texts("/titles", "title");
                }
                case "publisher" -> {
                    seen.once(2, name);
                    publisher = organization("/publisher");
                }
                case "issued" -> {
                    seen.once(3, name);
                    issued = value("/issued", PartialDate::parse);
                }
                case "updated" -> {
                    seen.once(4, name);
                    updated = value("/updated", PartialDate::parse);
                }
                case "reports" -> {
                    noAttributes();
                    if (id != null) {
                        header = new CatalogueHeader(id, titles, publisher, issued, updated);
                    } else if (!titles.isEmpty() || publisher != null || issued != null || updated != null) {
                        throw c.error("a catalogue header needs an <id>", "/id", null);
                    }
                    return;
                }
                default -> unknown("");
            }
        }
    }

    @Override
    protected @Nullable Report readNext() {
        if (done) {
            return null;
        }
        if (single) {
            startReport(c.location(), "");
            Report report = report("");
            c.finish();
            done = true;
            return report;
        }
        while (c.nextChild()) {
            if (element().equals("report")) {
                startReport(c.location(), "/reports/" + index);
                Report report = report("/reports/" + index);
                index++;
                return report;
            }
            unknown("/reports/" + index);
        }
        if (c.nextChild()) {
            throw c.error("expected the end of <catalogue> after <reports>, but found <" + c.name() + ">");
        }
        c.finish();
        done = true;
        return null;
    }

    @Override
    protected void closeInput() throws IOException {
        try {
            c.close();
        } finally {
            in.close();
        }
    }

    private Report report(String base) {
        if (!single) {
            noAttributes();
        }
        c.limitFromHere(options().maxReportBytes(), "a report");
        current = null;
        Seen seen = new Seen();
        Report.Builder report = Report.builder();
        while (c.nextChild()) {
            String name = element();
            ReportField field = REPORT.get(name);
            if (field == null) {
                unknown(base);
                continue;
            }
            seen.once(field.bit(), name);
            field.reader().read(this, report, base + "/" + name);
        }
        // A comment or processing instruction after a report, up to the next one or the end, is read whole too.
        c.limitGapsFromHere(options().maxReportBytes(), "the input between two tags after a report");
        if (current == null) {
            throw c.error("expected <id> in <report>, but the report ends without one", base + "/id", null);
        }
        if (!seen.has(REPORT.get("type").bit())) {
            throw c.error("expected <type> in report '" + current + "', but the report ends without one", base + "/type",
                    null);
        }
        return report.build();
    }

    private ReportNumber reportNumber(String at) {
        noAttributes();
        String series = null;
        String number = null;
        String raw = null;
        Integer year = null;
        Seen seen = new Seen();
        while (c.nextChild()) {
            String name = element();
            switch (name) {
                case "series" -> {
                    seen.once(0, name);
                    series = text();
                }
                case "number" -> {
                    seen.once(1, name);
                    number = text();
                }
                case "raw" -> {
                    seen.once(2, name);
                    raw = text();
                }
                case "year" -> {
                    seen.once(3, name);
                    year = value(at + "/year", XmlReader::integer);
                }
                default -> unknown(at);
            }
        }
        String missing = series == null ? "series" : number == null ? "number" : raw == null ? "raw" : null;
        if (missing != null) {
            throw c.error("expected <" + missing + "> in <number>", at + "/" + missing, null);
        }
        String s = series;
        String n = number;
        String w = raw;
        Integer y = year;
        return build(at, () -> new ReportNumber(s, n, w, y));
    }

    private Author author(String at) {
        noAttributes();
        Agent agent = null;
        Role role = null;
        Seen seen = new Seen();
        while (c.nextChild()) {
            String name = element();
            switch (name) {
                case "agent" -> {
                    seen.once(0, name);
                    agent = agent(at + "/agent");
                }
                case "role" -> {
                    seen.once(1, name);
                    role = code(at + "/role", Role::ofCode, Role::code);
                }
                default -> unknown(at);
            }
        }
        if (agent == null || role == null) {
            String missing = agent == null ? "agent" : "role";
            throw c.error("expected <" + missing + "> in <author>", at + "/" + missing, null);
        }
        return new Author(agent, role);
    }

    private Agent agent(String at) {
        String type = null;
        for (int i = 0; i < c.attributeCount(); i++) {
            if (c.attributeName(i).equals("{" + XmlCursor.XSI + "}type")) {
                type = c.attribute(XmlCursor.XSI, "type");
            } else {
                throw c.error("unexpected attribute '" + c.attributeName(i) + "' on <agent>; expected only xsi:type",
                        at, null);
            }
        }
        if (type == null) {
            throw c.error("expected xsi:type=\"Person\" or xsi:type=\"Organization\" on <agent>", at, null);
        }
        String local = type.substring(type.indexOf(':') + 1);
        if (!XmlFormat.NAMESPACE.equals(c.namespaceOfPrefixed(type))
                || !(local.equals("Person") || local.equals("Organization"))) {
            throw c.error("expected xsi:type to name Person or Organization of " + XmlFormat.NAMESPACE
                    + ", but was '" + type + "'", at, null);
        }
        if (local.equals("Organization")) {
            return organizationContent(at);
        }
        PersonName name = null;
        Orcid orcid = null;
        List<Organization> affiliations = List.of();
        Seen seen = new Seen();
        while (c.nextChild()) {
            String element = element();
            switch (element) {
                case "name" -> {
                    seen.once(0, element);
                    name = personName(at + "/name");
                }
                case "orcid" -> {
                    seen.once(1, element);
                    orcid = value(at + "/orcid", Orcid::new);
                }
                case "affiliations" -> {
                    seen.once(2, element);
                    affiliations = list(at + "/affiliations", "affiliation", this::organization);
                }
                default -> unknown(at);
            }
        }
        if (name == null) {
            throw c.error("expected <name> in a person", at + "/name", null);
        }
        return new Person(name, orcid, affiliations);
    }

    private PersonName personName(String at) {
        noAttributes();
        String[] parts = new String[5];
        NameOrder order = null;
        LocalizedText original = null;
        Seen seen = new Seen();
        while (c.nextChild()) {
            String name = element();
            switch (name) {
                case "family" -> parts[0] = once(seen, 0, name);
                case "given" -> parts[1] = once(seen, 1, name);
                case "particle" -> parts[2] = once(seen, 2, name);
                case "suffix" -> parts[3] = once(seen, 3, name);
                case "literal" -> parts[4] = once(seen, 4, name);
                case "order" -> {
                    seen.once(5, name);
                    order = value(at + "/order", XmlFormat::nameOrder);
                }
                case "original" -> {
                    seen.once(6, name);
                    original = localized(at + "/original");
                }
                default -> unknown(at);
            }
        }
        if (order == null) {
            throw c.error("expected <order> in <name>", at + "/order", null);
        }
        NameOrder o = order;
        LocalizedText orig = original;
        return build(at, () -> new PersonName(parts[0], parts[1], parts[2], parts[3], o, parts[4], orig));
    }

    private String once(Seen seen, int bit, String name) {
        seen.once(bit, name);
        return text();
    }

    /** The text of the current element, which holds neither attributes nor child elements. */
    private String text() {
        noAttributes();
        return c.text();
    }

    private Organization organization(String at) {
        noAttributes();
        return organizationContent(at);
    }

    private Organization organizationContent(String at) {
        String name = null;
        String acronym = null;
        Organization parent = null;
        Ror ror = null;
        Isni isni = null;
        Seen seen = new Seen();
        while (c.nextChild()) {
            String element = element();
            switch (element) {
                case "name" -> name = once(seen, 0, element);
                case "acronym" -> acronym = once(seen, 1, element);
                case "parent" -> {
                    seen.once(2, element);
                    parent = organization(at + "/parent");
                }
                case "ror" -> {
                    seen.once(3, element);
                    ror = value(at + "/ror", Ror::new);
                }
                case "isni" -> {
                    seen.once(4, element);
                    isni = value(at + "/isni", Isni::new);
                }
                default -> unknown(at);
            }
        }
        if (name == null) {
            throw c.error("expected <name> in an organisation", at + "/name", null);
        }
        return new Organization(name, acronym, parent, ror, isni);
    }

    private Keyword keyword(String at) {
        noAttributes();
        String term = null;
        LanguageTag language = null;
        String vocabulary = null;
        Seen seen = new Seen();
        while (c.nextChild()) {
            String name = element();
            switch (name) {
                case "term" -> term = once(seen, 0, name);
                case "language" -> {
                    seen.once(1, name);
                    language = value(at + "/language", LanguageTag::parse);
                }
                case "vocabulary" -> vocabulary = once(seen, 2, name);
                default -> unknown(at);
            }
        }
        if (term == null) {
            throw c.error("expected <term> in <keyword>", at + "/term", null);
        }
        return new Keyword(term, language, vocabulary);
    }

    private Identifier identifier(String at) {
        noAttributes();
        IdentifierScheme scheme = null;
        String value = null;
        Seen seen = new Seen();
        while (c.nextChild()) {
            String name = element();
            switch (name) {
                case "scheme" -> {
                    seen.once(0, name);
                    scheme = code(at + "/scheme", IdentifierScheme::ofCode, IdentifierScheme::code);
                }
                case "value" -> value = once(seen, 1, name);
                default -> unknown(at);
            }
        }
        if (scheme == null || value == null) {
            String missing = scheme == null ? "scheme" : "value";
            throw c.error("expected <" + missing + "> in an identifier", at + "/" + missing, null);
        }
        IdentifierScheme s = scheme;
        String v = value;
        return build(at + "/value", () -> XmlFormat.identifier(s, v));
    }

    private Relation relation(String at) {
        noAttributes();
        RelationType type = null;
        Identifier target = null;
        Seen seen = new Seen();
        while (c.nextChild()) {
            String name = element();
            switch (name) {
                case "type" -> {
                    seen.once(0, name);
                    type = code(at + "/type", RelationType::ofCode, RelationType::code);
                }
                case "target" -> {
                    seen.once(1, name);
                    target = identifier(at + "/target");
                }
                default -> unknown(at);
            }
        }
        if (type == null || target == null) {
            String missing = type == null ? "type" : "target";
            throw c.error("expected <" + missing + "> in <relation>", at + "/" + missing, null);
        }
        return new Relation(type, target);
    }

    private Metric metric(String at) {
        noAttributes();
        MetricType type = null;
        Long count = null;
        PartialDate asOf = null;
        Seen seen = new Seen();
        while (c.nextChild()) {
            String name = element();
            switch (name) {
                case "type" -> {
                    seen.once(0, name);
                    type = code(at + "/type", MetricType::ofCode, MetricType::code);
                }
                case "count" -> {
                    seen.once(1, name);
                    count = value(at + "/count", XmlReader::count);
                }
                case "asOf" -> {
                    seen.once(2, name);
                    asOf = value(at + "/asOf", PartialDate::parse);
                }
                default -> unknown(at);
            }
        }
        if (type == null || count == null) {
            String missing = type == null ? "type" : "count";
            throw c.error("expected <" + missing + "> in <metric>", at + "/" + missing, null);
        }
        return new Metric(type, count, asOf);
    }

    private ReportDate reportDate(String at) {
        return kindAndText(at, "date", "value", ReportDate.Kind::ofCode, ReportDate.Kind::code,
                text -> ReportDate.of(ReportDate.Kind.OTHER, text).value(), ReportDate::new);
    }

    private MediaFormat mediaFormat(String at) {
        return kindAndText(at, "format", "text", MediaFormat.Kind::ofCode, MediaFormat.Kind::code, text -> text,
                MediaFormat::new);
    }

    private Coverage coverage(String at) {
        return kindAndText(at, "scope", "text", Coverage.Kind::ofCode, Coverage.Kind::code, text -> text,
                Coverage::new);
    }

    /**
     * Reads an element of two children, a {@code <kind>} code and a text child, as the new repository fields are
     * written: a date, a format, a scope of coverage.
     */
    private <K, T> T kindAndText(String at, String element, String textName, Function<String, K> ofCode,
            Function<K, String> codeOf, Function<String, String> parse, BiFunction<K, String, T> make) {
        noAttributes();
        K kind = null;
        String text = null;
        Seen seen = new Seen();
        while (c.nextChild()) {
            String name = element();
            if (name.equals("kind")) {
                seen.once(0, name);
                kind = code(at + "/kind", ofCode, codeOf);
            } else if (name.equals(textName)) {
                seen.once(1, name);
                text = value(at + "/" + textName, parse);
            } else {
                unknown(at);
            }
        }
        if (kind == null || text == null) {
            String missing = kind == null ? "kind" : textName;
            throw c.error("expected <" + missing + "> in <" + element + ">", at + "/" + missing, null);
        }
        return make.apply(kind, text);
    }

    /** The text of an element that holds text only, such as a {@code <source>}. */
    private String plainText(String at) {
        noAttributes();
        return text();
    }

    private List<LocalizedText> texts(String at, String item) {
        return list(at, item, this::localized);
    }

    private LocalizedText localized(String at) {
        noAttributes();
        String text = null;
        LanguageTag language = null;
        Seen seen = new Seen();
        while (c.nextChild()) {
            String name = element();
            switch (name) {
                case "text" -> text = once(seen, 0, name);
                case "language" -> {
                    seen.once(1, name);
                    language = value(at + "/language", LanguageTag::parse);
                }
                default -> unknown(at);
            }
        }
        if (text == null) {
            throw c.error("expected <text> in <" + c.name() + ">", at + "/text", null);
        }
        return new LocalizedText(text, language);
    }

    private <T> List<T> list(String at, String item, Function<String, T> reader) {
        noAttributes();
        List<T> items = new ArrayList<>();
        while (c.nextChild()) {
            String name = element();
            if (name.equals(item)) {
                items.add(reader.apply(at + "/" + items.size()));
            } else {
                unknown(at);
            }
        }
        return items;
    }

    /** The name of the current element, which must be in the format's namespace. */
    private String element() {
        if (!XmlFormat.NAMESPACE.equals(c.namespace())) {
            return "{" + c.namespace() + "}" + c.name();
        }
        return c.name();
    }

    private void noAttributes() {
        if (c.attributeCount() > 0) {
            throw c.error("unexpected attribute '" + c.attributeName(0) + "' on <" + c.name()
                    + ">: this format holds every value in an element");
        }
    }

    private void unknown(String at) {
        String name = element();
        if (options().lenient()) {
            note(new ConversionNote(ConversionNote.Kind.WARNING, current, at,
                    "skipped the unknown element <" + name + ">", c.location()));
            c.skipElement();
            return;
        }
        throw c.error("unexpected element <" + name + ">", at, null);
    }

    private <T> T value(String at, Function<String, T> parser) {
        String text = text();
        try {
            return parser.apply(text);
        } catch (ReportMetadataException | IllegalArgumentException e) {
            throw c.error(e.getMessage() + " (in '" + text + "')", at, e);
        }
    }

    /**
     * Reads a code exactly as the schema's enumeration has it; the model's lookup alone would also accept it in
     * another case.
     */
    private <E> E code(String at, Function<String, E> ofCode, Function<E, String> codeOf) {
        return value(at, text -> {
            E found = ofCode.apply(text);
            String code = codeOf.apply(found);
            if (!code.equals(text)) {
                throw new IllegalArgumentException("a code must be written exactly as '" + code + "', in lower case");
            }
            return found;
        });
    }

    private <T> T build(String at, java.util.function.Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (ReportMetadataException e) {
            throw c.error(e.getMessage(), at, e);
        }
    }

    private static Integer integer(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a whole number, but was '" + text + "'", e);
        }
    }

    private static Long count(String text) {
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a whole number, but was '" + text + "'", e);
        }
    }

    /** The single-valued elements already read in one parent element. */
    private final class Seen {
        private int bits;

        boolean has(int bit) {
            return (bits & (1 << bit)) != 0;
        }

        void once(int bit, String name) {
            if ((bits & (1 << bit)) != 0) {
                throw c.error("<" + name + "> may appear once here, but appears again");
            }
            bits |= 1 << bit;
        }
    }
}
