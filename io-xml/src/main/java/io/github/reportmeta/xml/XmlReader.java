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
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Reads the canonical XML format as a stream: the header first, then one report at a time. */
final class XmlReader extends AbstractReportReader {

    /** Reads one element of a report into its builder; the reader's {@link Path} is at the element. */
    private interface FieldReader {
        void read(XmlReader reader, Report.Builder report);
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
        t.put("id", (r, b) -> {
            ReportId id = r.value(ReportId::of);
            r.current = id;
            b.id(id);
        });
        t.put("titles", (r, b) -> b.titles(r.texts("title")));
        t.put("number", (r, b) -> b.number(r.reportNumber()));
        t.put("issued", (r, b) -> b.issued(r.value(PartialDate::parse)));
        t.put("dates", (r, b) -> b.dates(r.list("date", r::reportDate)));
        t.put("authors", (r, b) -> b.authors(r.list("author", r::author)));
        t.put("publisher", (r, b) -> b.publisher(r.organization()));
        t.put("abstracts", (r, b) -> b.abstracts(r.texts("abstract")));
        t.put("keywords", (r, b) -> b.keywords(r.list("keyword", r::keyword)));
        t.put("language", (r, b) -> b.language(r.value(LanguageTag::parse)));
        t.put("type", (r, b) -> b.type(r.code(CodeTable.REPORT_TYPES)));
        t.put("identifiers", (r, b) -> b.identifiers(r.list("identifier", r::identifier)));
        t.put("landingPage", (r, b) -> b.landingPage(r.value(Url::parse)));
        t.put("fullText", (r, b) -> b.fullText(r.value(Url::parse)));
        t.put("rights", (r, b) -> b.rights(r.text()));
        t.put("license", (r, b) -> b.license(r.value(Url::parse)));
        t.put("formats", (r, b) -> b.formats(r.list("format", r::mediaFormat)));
        t.put("sources", (r, b) -> b.sources(r.list("source", r::plainText)));
        t.put("coverage", (r, b) -> b.coverage(r.list("scope", r::coverage)));
        t.put("relations", (r, b) -> b.relations(r.list("relation", r::relation)));
        t.put("metrics", (r, b) -> b.metrics(r.list("metric", r::metric)));
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
    private final Path path = new Path();

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
        path.reset("");
        while (true) {
            if (!c.nextChild()) {
                throw c.error("expected <reports> in <catalogue>, but the catalogue ends");
            }
            String name = element();
            switch (name) {
                case "id" -> {
                    seen.once(0, name);
                    id = value("id", CatalogueId::of);
                }
                case "titles" -> {
                    seen.once(1, name);
                    path.push("titles");
                    titles = texts("title");
                    path.pop();
                }
                case "publisher" -> {
                    seen.once(2, name);
                    path.push("publisher");
                    publisher = organization();
                    path.pop();
                }
                case "issued" -> {
                    seen.once(3, name);
                    issued = value("issued", PartialDate::parse);
                }
                case "updated" -> {
                    seen.once(4, name);
                    updated = value("updated", PartialDate::parse);
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
                default -> unknown();
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
            path.reset("");
            Report report = report();
            c.finish();
            done = true;
            return report;
        }
        while (c.nextChild()) {
            String base = "/reports/" + index;
            path.reset(base);
            if (element().equals("report")) {
                startReport(c.location(), base);
                Report report = report();
                index++;
                return report;
            }
            unknown();
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

    private Report report() {
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
                unknown();
                continue;
            }
            seen.once(field.bit(), name);
            path.push(name);
            field.reader().read(this, report);
            path.pop();
        }
        // A comment or processing instruction after a report, up to the next one or the end, is read whole too.
        c.limitGapsFromHere(options().maxReportBytes(), "the input between two tags after a report");
        if (current == null) {
            throw c.error("expected <id> in <report>, but the report ends without one", path.here("id"), null);
        }
        if (!seen.has(REPORT.get("type").bit())) {
            throw c.error("expected <type> in report '" + current + "', but the report ends without one",
                    path.here("type"), null);
        }
        return report.build();
    }

    private ReportNumber reportNumber() {
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
                    year = value("year", XmlReader::integer);
                }
                default -> unknown();
            }
        }
        String missing = series == null ? "series" : number == null ? "number" : raw == null ? "raw" : null;
        if (missing != null) {
            throw c.error("expected <" + missing + "> in <number>", path.here(missing), null);
        }
        String s = series;
        String n = number;
        String w = raw;
        Integer y = year;
        return build(null, () -> new ReportNumber(s, n, w, y));
    }

    private Author author() {
        noAttributes();
        Agent agent = null;
        Role role = null;
        Seen seen = new Seen();
        while (c.nextChild()) {
            String name = element();
            switch (name) {
                case "agent" -> {
                    seen.once(0, name);
                    path.push("agent");
                    agent = agent();
                    path.pop();
                }
                case "role" -> {
                    seen.once(1, name);
                    role = code("role", CodeTable.ROLES);
                }
                default -> unknown();
            }
        }
        if (agent == null || role == null) {
            String missing = agent == null ? "agent" : "role";
            throw c.error("expected <" + missing + "> in <author>", path.here(missing), null);
        }
        return new Author(agent, role);
    }

    private Agent agent() {
        String type = null;
        for (int i = 0; i < c.attributeCount(); i++) {
            if (c.attributeName(i).equals("{" + XmlCursor.XSI + "}type")) {
                type = c.attribute(XmlCursor.XSI, "type");
            } else {
                throw c.error("unexpected attribute '" + c.attributeName(i) + "' on <agent>; expected only xsi:type",
                        path.here(), null);
            }
        }
        if (type == null) {
            throw c.error("expected xsi:type=\"Person\" or xsi:type=\"Organization\" on <agent>", path.here(), null);
        }
        String local = type.substring(type.indexOf(':') + 1);
        if (!XmlFormat.NAMESPACE.equals(c.namespaceOfPrefixed(type))
                || !(local.equals("Person") || local.equals("Organization"))) {
            throw c.error("expected xsi:type to name Person or Organization of " + XmlFormat.NAMESPACE
                    + ", but was '" + type + "'", path.here(), null);
        }
        if (local.equals("Organization")) {
            return organizationContent();
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
                    path.push("name");
                    name = personName();
                    path.pop();
                }
                case "orcid" -> {
                    seen.once(1, element);
                    orcid = value("orcid", Orcid::new);
                }
                case "affiliations" -> {
                    seen.once(2, element);
                    path.push("affiliations");
                    affiliations = list("affiliation", this::organization);
                    path.pop();
                }
                default -> unknown();
            }
        }
        if (name == null) {
            throw c.error("expected <name> in a person", path.here("name"), null);
        }
        return new Person(name, orcid, affiliations);
    }

    private PersonName personName() {
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
                    order = value("order", XmlFormat::nameOrder);
                }
                case "original" -> {
                    seen.once(6, name);
                    path.push("original");
                    original = localized();
                    path.pop();
                }
                default -> unknown();
            }
        }
        if (order == null) {
            throw c.error("expected <order> in <name>", path.here("order"), null);
        }
        NameOrder o = order;
        LocalizedText orig = original;
        return build(null, () -> new PersonName(parts[0], parts[1], parts[2], parts[3], o, parts[4], orig));
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

    private Organization organization() {
        noAttributes();
        return organizationContent();
    }

    private Organization organizationContent() {
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
                    path.push("parent");
                    parent = organization();
                    path.pop();
                }
                case "ror" -> {
                    seen.once(3, element);
                    ror = value("ror", Ror::new);
                }
                case "isni" -> {
                    seen.once(4, element);
                    isni = value("isni", Isni::new);
                }
                default -> unknown();
            }
        }
        if (name == null) {
            throw c.error("expected <name> in an organisation", path.here("name"), null);
        }
        return new Organization(name, acronym, parent, ror, isni);
    }

    private Keyword keyword() {
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
                    language = value("language", LanguageTag::parse);
                }
                case "vocabulary" -> vocabulary = once(seen, 2, name);
                default -> unknown();
            }
        }
        if (term == null) {
            throw c.error("expected <term> in <keyword>", path.here("term"), null);
        }
        return new Keyword(term, language, vocabulary);
    }

    private Identifier identifier() {
        noAttributes();
        IdentifierScheme scheme = null;
        String value = null;
        Seen seen = new Seen();
        while (c.nextChild()) {
            String name = element();
            switch (name) {
                case "scheme" -> {
                    seen.once(0, name);
                    scheme = code("scheme", CodeTable.SCHEMES);
                }
                case "value" -> value = once(seen, 1, name);
                default -> unknown();
            }
        }
        if (scheme == null || value == null) {
            String missing = scheme == null ? "scheme" : "value";
            throw c.error("expected <" + missing + "> in an identifier", path.here(missing), null);
        }
        IdentifierScheme s = scheme;
        String v = value;
        return build("value", () -> XmlFormat.identifier(s, v));
    }

    private Relation relation() {
        noAttributes();
        RelationType type = null;
        Identifier target = null;
        Seen seen = new Seen();
        while (c.nextChild()) {
            String name = element();
            switch (name) {
                case "type" -> {
                    seen.once(0, name);
                    type = code("type", CodeTable.RELATION_TYPES);
                }
                case "target" -> {
                    seen.once(1, name);
                    path.push("target");
                    target = identifier();
                    path.pop();
                }
                default -> unknown();
            }
        }
        if (type == null || target == null) {
            String missing = type == null ? "type" : "target";
            throw c.error("expected <" + missing + "> in <relation>", path.here(missing), null);
        }
        return new Relation(type, target);
    }

    private Metric metric() {
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
                    type = code("type", CodeTable.METRIC_TYPES);
                }
                case "count" -> {
                    seen.once(1, name);
                    count = value("count", XmlReader::count);
                }
                case "asOf" -> {
                    seen.once(2, name);
                    asOf = value("asOf", PartialDate::parse);
                }
                default -> unknown();
            }
        }
        if (type == null || count == null) {
            String missing = type == null ? "type" : "count";
            throw c.error("expected <" + missing + "> in <metric>", path.here(missing), null);
        }
        return new Metric(type, count, asOf);
    }

    private ReportDate reportDate() {
        return kindAndText("date", "value", CodeTable.DATE_KINDS,
                text -> ReportDate.of(ReportDate.Kind.OTHER, text).value(), ReportDate::new);
    }

    private MediaFormat mediaFormat() {
        return kindAndText("format", "text", CodeTable.FORMAT_KINDS, text -> text,
                MediaFormat::new);
    }

    private Coverage coverage() {
        return kindAndText("scope", "text", CodeTable.COVERAGE_KINDS, text -> text,
                Coverage::new);
    }

    /**
     * Reads an element of two children, a {@code <kind>} code and a text child, as the new repository fields are
     * written: a date, a format, a scope of coverage.
     */
    private <K extends Enum<K>, T> T kindAndText(String element, String textName, CodeTable<K> kinds,
            Function<String, String> parse, BiFunction<K, String, T> make) {
        noAttributes();
        K kind = null;
        String text = null;
        Seen seen = new Seen();
        while (c.nextChild()) {
            String name = element();
            if (name.equals("kind")) {
                seen.once(0, name);
                kind = code("kind", kinds);
            } else if (name.equals(textName)) {
                seen.once(1, name);
                text = value(textName, parse);
            } else {
                unknown();
            }
        }
        if (kind == null || text == null) {
            String missing = kind == null ? "kind" : textName;
            throw c.error("expected <" + missing + "> in <" + element + ">", path.here(missing), null);
        }
        return make.apply(kind, text);
    }

    /** The text of an element that holds text only, such as a {@code <source>}. */
    private String plainText() {
        noAttributes();
        return text();
    }

    private List<LocalizedText> texts(String item) {
        return list(item, this::localized);
    }

    private LocalizedText localized() {
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
                    language = value("language", LanguageTag::parse);
                }
                default -> unknown();
            }
        }
        if (text == null) {
            throw c.error("expected <text> in <" + c.name() + ">", path.here("text"), null);
        }
        return new LocalizedText(text, language);
    }

    private <T> List<T> list(String item, Supplier<T> reader) {
        noAttributes();
        List<T> items = new ArrayList<>();
        while (c.nextChild()) {
            String name = element();
            if (name.equals(item)) {
                path.push(items.size());
                items.add(reader.get());
                path.pop();
            } else {
                unknown();
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

    private void unknown() {
        String name = element();
        if (options().lenient()) {
            note(new ConversionNote(ConversionNote.Kind.WARNING, current, path.here(),
                    "skipped the unknown element <" + name + ">", c.location()));
            c.skipElement();
            return;
        }
        throw c.error("unexpected element <" + name + ">", path.here(), null);
    }

    /** The value of the current element, whose pointer is the path's. */
    private <T> T value(Function<String, T> parser) {
        return value(null, parser);
    }

    /**
     * The value of the current element, whose pointer is the path's and then {@code child}, if not {@code null}.
     */
    private <T> T value(@Nullable String child, Function<String, T> parser) {
        return parse(child, text(), parser);
    }

    /** Parses the text of the current element, naming in a failure the path's pointer and then {@code child}. */
    private <T> T parse(@Nullable String child, String text, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (ReportMetadataException | IllegalArgumentException e) {
            throw c.error(e.getMessage() + " (in '" + text + "')", child == null ? path.here() : path.here(child), e);
        }
    }

    /**
     * Reads a code exactly as the schema's enumeration has it; the model's lookup alone would also accept it in
     * another case.
     */
    private <E extends Enum<E>> E code(CodeTable<E> codes) {
        return code(null, codes);
    }

    private <E extends Enum<E>> E code(@Nullable String child, CodeTable<E> codes) {
        String text = text();
        E exact = codes.exactly(text);
        if (exact != null) {
            return exact;
        }
        return parse(child, text, t -> {
            E found = codes.lookUp(t);
            String code = codes.code(found);
            if (!code.equals(t)) {
                throw new IllegalArgumentException("a code must be written exactly as '" + code + "', in lower case");
            }
            return found;
        });
    }

    /** Builds a value, naming in a failure the path's pointer and then {@code child}, if not {@code null}. */
    private <T> T build(@Nullable String child, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (ReportMetadataException e) {
            throw c.error(e.getMessage(), child == null ? path.here() : path.here(child), e);
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

    /**
     * The JSON Pointer of the element being read, kept as a stack of names and indexes and spelled out only when a
     * failure or a note names it: building it for every value cost more than reading most values.
     */
    private static final class Path {
        private String base = "";
        private String[] names = new String[16];
        private int[] indexes = new int[16];
        private int size;

        /** Starts again at a report's or the header's pointer. */
        void reset(String pointer) {
            base = pointer;
            size = 0;
        }

        void push(String name) {
            grow();
            names[size] = name;
            indexes[size] = -1;
            size++;
        }

        void push(int index) {
            grow();
            indexes[size] = index;
            size++;
        }

        void pop() {
            size--;
        }

        private void grow() {
            if (size == names.length) {
                names = Arrays.copyOf(names, 2 * size);
                indexes = Arrays.copyOf(indexes, 2 * size);
            }
        }

        /** The pointer of the current element. */
        String here() {
            StringBuilder b = new StringBuilder(base);
            for (int i = 0; i < size; i++) {
                b.append('/');
                if (indexes[i] < 0) {
                    b.append(names[i]);
                } else {
                    b.append(indexes[i]);
                }
            }
            return b.toString();
        }

        /** The pointer of a child of the current element. */
        String here(String child) {
            return here() + "/" + child;
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
