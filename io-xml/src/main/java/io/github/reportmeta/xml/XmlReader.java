package io.github.reportmeta.xml;

import io.github.reportmeta.Agent;
import io.github.reportmeta.Author;
import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.CatalogueId;
import io.github.reportmeta.Identifier;
import io.github.reportmeta.IdentifierScheme;
import io.github.reportmeta.Isni;
import io.github.reportmeta.Keyword;
import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.LocalizedText;
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
import io.github.reportmeta.ReportId;
import io.github.reportmeta.ReportMetadataException;
import io.github.reportmeta.ReportNumber;
import io.github.reportmeta.ReportType;
import io.github.reportmeta.Role;
import io.github.reportmeta.Ror;
import io.github.reportmeta.Url;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ConversionReport;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.format.SourceLocation;
import io.github.reportmeta.xml.internal.XmlCursor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Reads the canonical XML format as a stream: the header first, then one report at a time. */
final class XmlReader implements ReportReader {

    private final InputStream in;
    private final ReadOptions options;
    private final XmlCursor c;
    private final ConversionReport.Builder notes;
    private final boolean single;
    private @Nullable CatalogueHeader header;
    private @Nullable Report next;
    private boolean done;
    private boolean closed;
    private int index;
    private int returned;
    private SourceLocation location;
    private @Nullable ReportId current;

    XmlReader(InputStream in, ReadOptions options) {
        this.in = in;
        this.options = options;
        this.notes = ConversionReport.builder(options);
        XmlCursor cursor = null;
        try {
            cursor = XmlCursor.open(in, options.sourceName());
            this.c = cursor;
            this.location = c.location();
            this.single = readRoot();
        } catch (RuntimeException e) {
            if (cursor != null) {
                closeQuietly(e);
            } else {
                closeInput(e);
            }
            throw e;
        }
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
        readHeader();
        return false;
    }

    private void readHeader() {
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
    public @Nullable CatalogueHeader header() {
        return header;
    }

    @Override
    public boolean hasNext() {
        if (next != null) {
            return true;
        }
        if (done || closed) {
            return false;
        }
        try {
            if (single) {
                location = c.location();
                next = report("");
                c.finish();
                done = true;
            } else {
                while (next == null && !done) {
                    if (c.nextChild()) {
                        if (element().equals("report")) {
                            location = c.location();
                            next = report("/reports/" + index);
                            index++;
                        } else {
                            unknown("/reports/" + index);
                        }
                    } else {
                        if (c.nextChild()) {
                            throw c.error("expected the end of <catalogue> after <reports>, but found <"
                                    + c.name() + ">");
                        }
                        c.finish();
                        done = true;
                    }
                }
            }
            return next != null;
        } catch (RuntimeException e) {
            done = true;
            throw e;
        }
    }

    @Override
    public Report next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more reports in " + options.sourceName());
        }
        Report r = next;
        next = null;
        returned++;
        return r;
    }

    /** In a catalogue document, {@code /reports/N} of the last report returned; in a single-report one, empty. */
    @Override
    public String pointer() {
        return single || returned == 0 ? "" : "/reports/" + (returned - 1);
    }

    @Override
    public SourceLocation location() {
        return location;
    }

    @Override
    public ConversionReport conversionReport() {
        return notes.build();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            c.close();
        } finally {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private Report report(String base) {
        if (!single) {
            noAttributes();
        }
        c.limitFromHere(options.maxReportBytes(), "a report");
        current = null;
        Seen seen = new Seen();
        ReportId id = null;
        List<LocalizedText> titles = List.of();
        ReportNumber number = null;
        PartialDate issued = null;
        List<Author> authors = List.of();
        Organization publisher = null;
        List<LocalizedText> abstracts = List.of();
        List<Keyword> keywords = List.of();
        LanguageTag language = null;
        ReportType type = null;
        List<Identifier> identifiers = List.of();
        Url landingPage = null;
        String rights = null;
        Url license = null;
        List<Relation> relations = List.of();
        List<Metric> metrics = List.of();
        while (c.nextChild()) {
            String name = element();
            String at = base + "/" + name;
            switch (name) {
                case "id" -> {
                    seen.once(0, name);
                    id = value(at, ReportId::of);
                    current = id;
                }
                case "titles" -> {
                    seen.once(1, name);
                    titles = texts(at, "title");
                }
                case "number" -> {
                    seen.once(2, name);
                    number = reportNumber(at);
                }
                case "issued" -> {
                    seen.once(3, name);
                    issued = value(at, PartialDate::parse);
                }
                case "authors" -> {
                    seen.once(4, name);
                    authors = list(at, "author", this::author);
                }
                case "publisher" -> {
                    seen.once(5, name);
                    publisher = organization(at);
                }
                case "abstracts" -> {
                    seen.once(6, name);
                    abstracts = texts(at, "abstract");
                }
                case "keywords" -> {
                    seen.once(7, name);
                    keywords = list(at, "keyword", this::keyword);
                }
                case "language" -> {
                    seen.once(8, name);
                    language = value(at, LanguageTag::parse);
                }
                case "type" -> {
                    seen.once(9, name);
                    type = code(at, ReportType::ofCode, ReportType::code);
                }
                case "identifiers" -> {
                    seen.once(10, name);
                    identifiers = list(at, "identifier", this::identifier);
                }
                case "landingPage" -> {
                    seen.once(11, name);
                    landingPage = value(at, Url::parse);
                }
                case "rights" -> {
                    seen.once(12, name);
                    rights = text();
                }
                case "license" -> {
                    seen.once(13, name);
                    license = value(at, Url::parse);
                }
                case "relations" -> {
                    seen.once(14, name);
                    relations = list(at, "relation", this::relation);
                }
                case "metrics" -> {
                    seen.once(15, name);
                    metrics = list(at, "metric", this::metric);
                }
                default -> unknown(base);
            }
        }
        c.clearLimit();
        if (id == null) {
            throw c.error("expected <id> in <report>, but the report ends without one", base + "/id", null);
        }
        if (type == null) {
            throw c.error("expected <type> in report '" + id + "', but the report ends without one", base + "/type",
                    null);
        }
        return new Report(id, titles, number, issued, authors, publisher, abstracts, keywords, language, type,
                identifiers, landingPage, rights, license, relations, metrics);
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
        if (options.lenient()) {
            notes.add(new ConversionNote(ConversionNote.Kind.WARNING, current, at,
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

    private void closeQuietly(RuntimeException failure) {
        try {
            close();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private void closeInput(RuntimeException failure) {
        try {
            in.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /** The single-valued elements already read in one parent element. */
    private final class Seen {
        private int bits;

        void once(int bit, String name) {
            if ((bits & (1 << bit)) != 0) {
                throw c.error("<" + name + "> may appear once here, but appears again");
            }
            bits |= 1 << bit;
        }
    }
}
