package io.github.reportmeta.registry.schemaorg;

import io.github.reportmeta.Author;
import io.github.reportmeta.Coverage;
import io.github.reportmeta.Doi;
import io.github.reportmeta.Handle;
import io.github.reportmeta.Identifier;
import io.github.reportmeta.IdentifierScheme;
import io.github.reportmeta.InvalidValueException;
import io.github.reportmeta.Isni;
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
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportDate;
import io.github.reportmeta.ReportId;
import io.github.reportmeta.ReportNumber;
import io.github.reportmeta.ReportType;
import io.github.reportmeta.Role;
import io.github.reportmeta.Ror;
import io.github.reportmeta.Url;
import io.github.reportmeta.Urn;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.json.internal.Snippets;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Maps one schema.org node (a JSON object read as maps, lists, strings, numbers and booleans) to a report, telling
 * its {@link Sink} of every value it does not keep. Paths in messages are JSON Pointers into the input document.
 */
final class NodeReader {

    /** The resolver of ISNIs, as {@code sameAs} writes them. */
    static final String ISNI = "https://isni.org/isni/";

    /** Where a mapping says what it did not keep. */
    interface Sink {
        /**
         * Says what happened to a value.
         *
         * @param kind WARNING when a value was dropped, INFO when it was kept in another form
         * @param message the message, naming the property and its path in parentheses
         */
        void note(ConversionNote.Kind kind, String message);

        /**
         * A value that is no value of its kind: fails strict reading; lenient reading notes it and goes on.
         *
         * @param path the value's JSON Pointer
         * @param problem what was wrong and what was expected
         */
        void invalid(String path, String problem);
    }

    /** What a node is: a work read as a report, or something else that is left out. */
    enum Kind { WORK, OTHER }

    private final Sink sink;
    private final Report.Builder b = Report.builder();
    private final List<LocalizedText> titles = new ArrayList<>();
    private final List<LocalizedText> abstracts = new ArrayList<>();
    private final List<Identifier> identifiers = new ArrayList<>();
    private @Nullable LanguageTag lang;
    private @Nullable String ownId;
    private @Nullable String nodeId;
    private @Nullable String number;
    private @Nullable String series;
    private @Nullable PartialDate issued;
    private @Nullable Url landingPage;
    private @Nullable Url fullText;
    private @Nullable String rights;

    private NodeReader(Sink sink) {
        this.sink = sink;
    }

    /** The types of a node, without their schema.org prefixes. */
    static List<String> types(Map<String, Object> node) {
        Object type = node.get("@type");
        if (type == null) {
            return List.of();
        }
        List<String> types = new ArrayList<>();
        for (Object t : all(type)) {
            if (t instanceof String s) {
                types.add(Vocabulary.term(s));
            }
        }
        return types;
    }

    /** Whether a node is a work read as a report: one of the work types, or no type at all. */
    static Kind kind(Map<String, Object> node) {
        List<String> types = types(node);
        return types.isEmpty() || types.stream().anyMatch(Vocabulary.WORK_TYPES::containsKey) ? Kind.WORK : Kind.OTHER;
    }

    /**
     * Reads a work.
     *
     * @param node the node
     * @param path its JSON Pointer in the document
     * @param fallbackId the report's id when the node has none of its own
     * @param sink where to say what was not kept
     * @return the report
     */
    static Report report(Map<String, Object> node, String path, String fallbackId, Sink sink) {
        return new NodeReader(sink).read(node, path, fallbackId);
    }

    private Report read(Map<String, Object> node, String path, String fallbackId) {
        Object language = node.get("inLanguage");
        if (language == null) {
            language = node.get("http://schema.org/inLanguage");
        }
        if (language != null) {
            try {
                lang = language(language, path + "/inLanguage");
            } catch (InvalidValueException ex) {
                sink.invalid(path + "/inLanguage", Objects.toString(ex.getMessage(), "invalid value"));
            }
        }
        ReportType type = workType(node, path);
        boolean genre = false;
        for (Map.Entry<String, Object> e : node.entrySet()) {
            String name = e.getKey();
            String at = path + "/" + escape(name);
            try {
                if (name.equals("genre") && e.getValue() instanceof String g && Vocabulary.typeOfGenre(g) != null && !genre) {
                    type = Objects.requireNonNull(Vocabulary.typeOfGenre(g));
                    genre = true;
                    continue;
                }
                property(Vocabulary.term(name), name, e.getValue(), at);
            } catch (InvalidValueException | IllegalArgumentException ex) {
                sink.invalid(at, Objects.toString(ex.getMessage(), "invalid value"));
            }
        }
        b.type(type);
        b.titles(titles).abstracts(abstracts);
        if (number != null) {
            String seriesName = series;
            if (seriesName == null) {
                seriesName = type.label();
                sink.note(ConversionNote.Kind.INFO, "reportNumber (" + path + "/reportNumber) has no series (isPartOf); "
                        + "read in the series '" + seriesName + "'");
            }
            b.number(new ReportNumber(seriesName, number, "No." + number, issued == null ? null : issued.year()));
        } else if (series != null) {
            sink.note(ConversionNote.Kind.WARNING, "isPartOf (" + path + "/isPartOf) '" + Snippets.clip(series)
                    + "' not kept: a series is kept only with a reportNumber");
        }
        b.issued(issued).landingPage(landingPage).fullText(fullText).rights(rights).language(lang);
        b.identifiers(identifiers.stream().distinct().toList());
        b.id(ReportId.of(id(path, fallbackId)));
        return b.build();
    }

    private String id(String path, String fallbackId) {
        if (ownId != null) {
            if (nodeId != null && !isDoi(nodeId)) {
                sink.note(ConversionNote.Kind.WARNING, "@id (" + path + "/@id) not kept: '" + Snippets.clip(nodeId)
                        + "'; the id is the PropertyValue " + Vocabulary.REPORT_ID);
            }
            return ownId;
        }
        if (nodeId != null && !nodeId.isBlank()) {
            return nodeId;
        }
        for (Identifier i : identifiers) {
            if (i.scheme() == IdentifierScheme.DOI) {
                return i.value();
            }
        }
        if (landingPage != null) {
            return landingPage.value();
        }
        sink.note(ConversionNote.Kind.INFO, "the work (" + path + ") has no id, DOI or url; its id is '" + fallbackId + "'");
        return fallbackId;
    }

    private ReportType workType(Map<String, Object> node, String path) {
        List<String> types = types(node);
        if (types.isEmpty()) {
            sink.note(ConversionNote.Kind.INFO, "the work (" + path + ") has no @type; read as a report of type other");
            return ReportType.OTHER;
        }
        for (String t : types) {
            ReportType type = Vocabulary.WORK_TYPES.get(t);
            if (type != null) {
                if (!t.equals("Report")) {
                    sink.note(ConversionNote.Kind.INFO, "@type (" + path + "/@type) '" + Snippets.clip(t)
                            + "' read as a report of type " + type.code());
                }
                return type;
            }
        }
        throw new IllegalStateException("not a work: " + types);
    }

    private void property(String term, String name, Object value, String at) {
        switch (term) {
            case "@context", "@type", "inLanguage" -> { }
            case "@id" -> {
                if (value instanceof String s) {
                    nodeId = s;
                    if (isDoi(s)) {
                        identifiers.add(Doi.parse(s));
                    }
                } else {
                    unmapped(name, value, at);
                }
            }
            case "name", "headline", "alternateName" -> each(value, at, (v, p) -> addText(titles, v, p, name));
            case "abstract", "description" -> each(value, at, (v, p) -> addText(abstracts, v, p, name));
            case "reportNumber" -> {
                Object v = single(value, at, name);
                if (v instanceof String || v instanceof Number) {
                    number = scalar(v);
                } else {
                    unmapped(name, value, at);
                }
            }
            case "isPartOf" -> {
                Object v = single(value, at, name);
                if (v instanceof String s) {
                    series = s;
                } else if (v instanceof Map<?, ?> m && m.get("name") != null) {
                    LocalizedText t = text(m.get("name"), at + "/name", "name");
                    series = t == null ? null : t.text();
                    rest(cast(m), at, "name", "@type");
                } else {
                    unmapped(name, value, at);
                }
            }
            case "datePublished" -> {
                Object v = single(value, at, name);
                if (v instanceof String s) {
                    issued = publicationDate(s, at);
                } else {
                    unmapped(name, value, at);
                }
            }
            case "dateCreated" -> date(value, at, name, ReportDate.Kind.CREATED);
            case "dateModified" -> date(value, at, name, ReportDate.Kind.MODIFIED);
            case "author", "creator", "editor", "contributor", "translator" ->
                    each(value, at, (v, p) -> agent(v, p, name, Objects.requireNonNull(Vocabulary.ROLES.get(term))));
            case "publisher" -> {
                Object v = single(value, at, name);
                if (v instanceof Map<?, ?> m && types(cast(m)).contains("Person")) {
                    unmapped(name, v, at);
                } else {
                    Organization o = organization(v, all(value).size() > 1 ? at + "/0" : at);
                    if (o != null) {
                        b.publisher(o);
                    }
                }
            }
            case "keywords" -> keywords(value, at);
            case "identifier", "sameAs", "isbn", "issn" -> each(value, at, (v, p) -> identifier(v, p, term));
            case "url" -> each(value, at, (v, p) -> {
                if (!(v instanceof String s)) {
                    unmapped(name, v, p);
                } else if (landingPage == null) {
                    landingPage = Url.parse(s);
                } else {
                    identifiers.add(Url.parse(s));
                }
            });
            case "encoding", "associatedMedia" -> each(value, at, (v, p) -> media(v, p, name));
            case "encodingFormat", "fileFormat" -> each(value, at, (v, p) -> {
                if (v instanceof String s) {
                    b.format(MediaFormat.mediaType(s));
                } else {
                    unmapped(name, v, p);
                }
            });
            case "copyrightNotice" -> {
                Object v = single(value, at, name);
                if (v instanceof String s) {
                    rights = s;
                } else {
                    unmapped(name, v, at);
                }
            }
            case "license" -> {
                Object v = single(value, at, name);
                String address = v instanceof String s ? s : v instanceof Map<?, ?> m && m.get("@id") instanceof String s ? s : null;
                if (address == null) {
                    unmapped(name, v, at);
                } else {
                    b.license(Url.parse(address));
                    if (v instanceof Map<?, ?> m) {
                        rest(cast(m), at, "@id", "@type");
                    }
                }
            }
            case "spatialCoverage", "temporalCoverage" -> each(value, at, (v, p) -> {
                if (v instanceof String s) {
                    b.coverage(new Coverage(term.startsWith("spatial") ? Coverage.Kind.SPATIAL : Coverage.Kind.TEMPORAL, s));
                } else {
                    unmapped(name, v, p);
                }
            });
            case "interactionStatistic" -> each(value, at, (v, p) -> counter(v, p, name));
            default -> unmapped(name, value, at);
        }
    }

    private @Nullable LanguageTag language(Object value, String at) {
        Object v = single(value, at, "inLanguage");
        if (v instanceof String s) {
            return LanguageTag.parse(s);
        }
        if (v instanceof Map<?, ?> m && m.get("alternateName") instanceof String s) {
            rest(cast(m), at, "alternateName", "@type");
            return LanguageTag.parse(s);
        }
        unmapped("inLanguage", v, at);
        return null;
    }

    private void addText(List<LocalizedText> target, Object v, String at, String name) {
        LocalizedText t = text(v, at, name);
        if (t != null && target.stream().noneMatch(x -> x.equals(t))) {
            target.add(t);
        }
    }

    private @Nullable LocalizedText text(@Nullable Object v, String at, String name) {
        if (v instanceof String s) {
            return new LocalizedText(s, lang);
        }
        if (v instanceof Number n) {
            return new LocalizedText(n.toString(), lang);
        }
        if (v instanceof Map<?, ?> m && m.get("@value") instanceof String s) {
            Object language = m.get("@language");
            rest(cast(m), at, "@value", "@language");
            return new LocalizedText(s, language instanceof String l ? LanguageTag.parse(l) : null);
        }
        unmapped(name, v, at);
        return null;
    }

    private @Nullable PartialDate publicationDate(String s, String at) {
        if (s.length() > 10 && ReportDate.isW3cdtf(s)) {
            sink.note(ConversionNote.Kind.WARNING, "datePublished (" + at + ") '" + Snippets.clip(s)
                    + "': its time of day is not kept");
            return PartialDate.parse(s.substring(0, 10));
        }
        return PartialDate.parse(s);
    }

    private void date(Object value, String at, String name, ReportDate.Kind kind) {
        each(value, at, (v, p) -> {
            if (v instanceof String s) {
                b.date(ReportDate.of(kind, s));
            } else {
                unmapped(name, v, p);
            }
        });
    }

    private void agent(Object v, String at, String property, Role role) {
        if (v instanceof String s) {
            b.author(new Author(Person.of(PersonName.literal(s)), role));
            return;
        }
        if (!(v instanceof Map<?, ?> raw)) {
            unmapped(property, v, at);
            return;
        }
        Map<String, Object> m = cast(raw);
        List<String> types = types(m);
        boolean person = types.contains("Person")
                || (types.isEmpty() && (m.containsKey("givenName") || m.containsKey("familyName")));
        boolean organization = !person && (types.isEmpty() || types.stream().anyMatch(NodeReader::isOrganization));
        if (person) {
            Person p = person(m, at);
            if (p != null) {
                b.author(new Author(p, role));
            }
        } else if (organization) {
            Organization o = organization(m, at);
            if (o != null) {
                b.author(new Author(o, role == Role.AUTHOR ? Role.RESEARCH_TEAM : role));
            }
        } else {
            unmapped(property, v, at);
        }
    }

    private static boolean isOrganization(String type) {
        return type.endsWith("Organization") || type.equals("NGO") || type.equals("Corporation")
                || type.equals("CollegeOrUniversity") || type.equals("Consortium") || type.equals("ResearchProject");
    }

    private @Nullable Person person(Map<String, Object> m, String at) {
        String name = string(m.get("name"));
        String given = string(m.get("givenName"));
        String family = string(m.get("familyName"));
        String suffix = string(m.get("honorificSuffix"));
        LocalizedText original = null;
        Orcid orcid = null;
        List<Organization> affiliations = new ArrayList<>();
        for (Map.Entry<String, Object> e : m.entrySet()) {
            String p = at + "/" + escape(e.getKey());
            switch (Vocabulary.term(e.getKey())) {
                case "@type", "name", "givenName", "familyName", "honorificSuffix" -> { }
                case "alternateName" -> {
                    Object v = single(e.getValue(), p, "alternateName");
                    LanguageTag before = lang;
                    lang = null;
                    original = text(v, p, "alternateName");
                    lang = before;
                }
                case "@id", "sameAs", "identifier" -> {
                    for (Object v : all(e.getValue())) {
                        String s = v instanceof Map<?, ?> pv && pv.get("propertyID") instanceof String id
                                && Vocabulary.lower(id).equals("orcid") ? string(pv.get("value")) : string(v);
                        if (s != null && s.contains("orcid.org/") && orcid == null) {
                            orcid = Orcid.parse(s);
                        } else {
                            unmapped(e.getKey(), v, p);
                        }
                    }
                }
                case "affiliation" -> each(e.getValue(), p, (v, q) -> {
                    Organization o = organization(v, q);
                    if (o != null) {
                        affiliations.add(o);
                    }
                });
                default -> unmapped(e.getKey(), e.getValue(), p);
            }
        }
        PersonName n;
        if (given != null || family != null) {
            PersonName givenFirst = new PersonName(family, given, null, suffix, NameOrder.GIVEN_FIRST, null, original);
            PersonName familyFirst = new PersonName(family, given, null, suffix, NameOrder.FAMILY_FIRST, null, original);
            boolean ff = name != null && name.equals(familyFirst.displayName()) && !name.equals(givenFirst.displayName());
            n = ff ? familyFirst : givenFirst;
            if (name != null && !name.equals(n.displayName())) {
                sink.note(ConversionNote.Kind.WARNING, "name (" + at + "/name) '" + Snippets.clip(name)
                        + "' not kept: it is neither givenName and familyName nor the reverse, which are kept");
            }
        } else if (name != null) {
            n = new PersonName(null, null, null, null, NameOrder.GIVEN_FIRST, name, original);
        } else {
            sink.invalid(at, "a Person needs a name, a givenName or a familyName");
            return null;
        }
        return new Person(n, orcid, affiliations);
    }

    private @Nullable Organization organization(@Nullable Object v, String at) {
        if (v instanceof String s) {
            return Organization.of(s);
        }
        if (!(v instanceof Map<?, ?> raw)) {
            unmapped("organization", v, at);
            return null;
        }
        Map<String, Object> m = cast(raw);
        LocalizedText name = m.get("name") == null ? null : text(m.get("name"), at + "/name", "name");
        if (name == null) {
            sink.invalid(at, "an Organization needs a name");
            return null;
        }
        String acronym = null;
        Organization parent = null;
        Ror ror = null;
        Isni isni = null;
        for (Map.Entry<String, Object> e : m.entrySet()) {
            String p = at + "/" + escape(e.getKey());
            switch (Vocabulary.term(e.getKey())) {
                case "@type", "name" -> { }
                case "alternateName" -> {
                    List<Object> values = all(e.getValue());
                    for (int i = 0; i < values.size(); i++) {
                        if (i == 0 && values.get(i) instanceof String s) {
                            acronym = s;
                        } else {
                            unmapped(e.getKey(), values.get(i), p);
                        }
                    }
                }
                case "parentOrganization" -> parent = organization(single(e.getValue(), p, e.getKey()), p);
                case "@id", "sameAs", "identifier" -> {
                    for (Object x : all(e.getValue())) {
                        String s = string(x);
                        if (s != null && s.startsWith("https://ror.org/") && ror == null) {
                            ror = Ror.parse(s);
                        } else if (s != null && s.startsWith(ISNI) && isni == null) {
                            isni = Isni.parse(s);
                        } else {
                            unmapped(e.getKey(), x, p);
                        }
                    }
                }
                default -> unmapped(e.getKey(), e.getValue(), p);
            }
        }
        return new Organization(name.text(), acronym, parent, ror, isni);
    }

    private void keywords(Object value, String at) {
        if (value instanceof String s) {
            for (String term : s.split(",")) {
                if (!term.isBlank()) {
                    b.keyword(new Keyword(term.strip(), lang, null));
                }
            }
            return;
        }
        each(value, at, (v, p) -> {
            if (v instanceof Map<?, ?> m && types(cast(m)).contains("DefinedTerm")) {
                LocalizedText t = text(m.get("name"), p + "/name", "name");
                Object set = m.get("inDefinedTermSet");
                rest(cast(m), p, "@type", "name", "inDefinedTermSet");
                if (t != null) {
                    b.keyword(new Keyword(t.text(), t.language(), set instanceof String s ? s : null));
                }
                if (set != null && !(set instanceof String)) {
                    unmapped("inDefinedTermSet", set, p + "/inDefinedTermSet");
                }
            } else {
                LocalizedText t = text(v, p, "keywords");
                if (t != null) {
                    b.keyword(new Keyword(t.text(), t.language(), null));
                }
            }
        });
    }

    private void identifier(Object v, String at, String term) {
        if (v instanceof String s) {
            identifiers.add(term.equals("isbn") ? IdentifierScheme.ISBN.parse(s)
                    : term.equals("issn") ? IdentifierScheme.ISSN.parse(s) : classify(s));
            return;
        }
        if (v instanceof Map<?, ?> raw && raw.get("propertyID") instanceof String id && raw.get("value") != null) {
            Map<String, Object> m = cast(raw);
            String value = scalar(m.get("value"));
            rest(m, at, "@type", "propertyID", "value");
            String code = Vocabulary.lower(id);
            if (code.equals(Vocabulary.REPORT_ID)) {
                ownId = value;
            } else if (List.of("doi", "isbn", "issn", "handle", "urn", "url", "local").contains(code)) {
                identifiers.add(IdentifierScheme.ofCode(code).parse(value));
            } else {
                identifiers.add(new LocalIdentifier(value));
                sink.note(ConversionNote.Kind.WARNING, "propertyID (" + at + "/propertyID) '" + Snippets.clip(id)
                        + "' not kept: its value '" + Snippets.clip(value) + "' is kept as a local identifier");
            }
            return;
        }
        unmapped(term, v, at);
    }

    private static Identifier classify(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        if (isDoi(s) || lower.startsWith("doi:")) {
            return Doi.parse(s);
        }
        if (lower.startsWith("https://hdl.handle.net/") || lower.startsWith("http://hdl.handle.net/") || lower.startsWith("hdl:")) {
            return Handle.parse(s);
        }
        if (lower.startsWith("urn:")) {
            return Urn.parse(s);
        }
        if (Url.isWebAddress(s)) {
            return Url.parse(s);
        }
        return new LocalIdentifier(s);
    }

    private static boolean isDoi(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://doi.org/10.") || lower.startsWith("http://doi.org/10.")
                || lower.startsWith("https://dx.doi.org/10.") || lower.startsWith("http://dx.doi.org/10.");
    }

    private void media(Object v, String at, String name) {
        if (!(v instanceof Map<?, ?> raw)) {
            unmapped(name, v, at);
            return;
        }
        Map<String, Object> m = cast(raw);
        Object address = m.containsKey("contentUrl") ? m.get("contentUrl") : m.get("@id");
        if (address instanceof String s && fullText == null) {
            fullText = Url.parse(s);
        } else if (address != null) {
            unmapped(m.containsKey("contentUrl") ? "contentUrl" : "@id", address, at);
        }
        for (Map.Entry<String, Object> e : m.entrySet()) {
            String term = Vocabulary.term(e.getKey());
            String p = at + "/" + escape(e.getKey());
            if (term.equals("encodingFormat") || term.equals("fileFormat")) {
                each(e.getValue(), p, (f, q) -> {
                    if (f instanceof String s) {
                        b.format(MediaFormat.mediaType(s));
                    } else {
                        unmapped(e.getKey(), f, q);
                    }
                });
            } else if (!term.equals("@type") && !term.equals("contentUrl") && !term.equals("@id")) {
                unmapped(e.getKey(), e.getValue(), p);
            }
        }
    }

    private void counter(Object v, String at, String name) {
        if (v instanceof Map<?, ?> raw) {
            Map<String, Object> m = cast(raw);
            Object type = m.get("interactionType");
            String action = type instanceof String s ? Vocabulary.term(s)
                    : type instanceof Map<?, ?> t && types(cast(t)).size() == 1 ? types(cast(t)).get(0) : null;
            MetricType metric = action == null ? null : Vocabulary.ACTIONS.get(action);
            Long count = count(m.get("userInteractionCount"));
            if (metric != null && count != null) {
                b.metric(new Metric(metric, count, null));
                rest(m, at, "@type", "interactionType", "userInteractionCount");
                if (type instanceof Map<?, ?> t) {
                    rest(cast(t), at + "/interactionType", "@type");
                }
                return;
            }
        }
        unmapped(name, v, at);
    }

    private static @Nullable Long count(@Nullable Object v) {
        if (v instanceof Long l && l >= 0) {
            return l;
        }
        if (v instanceof Integer i && i >= 0) {
            return i.longValue();
        }
        if (v instanceof String s && s.strip().matches("[0-9]{1,18}")) {
            return Long.valueOf(s.strip());
        }
        return null;
    }

    /** Names every property of a node other than those kept. */
    private void rest(Map<String, Object> m, String at, String... kept) {
        List<String> keep = List.of(kept);
        for (Map.Entry<String, Object> e : m.entrySet()) {
            if (!keep.contains(Vocabulary.term(e.getKey()))) {
                unmapped(e.getKey(), e.getValue(), at + "/" + escape(e.getKey()));
            }
        }
    }

    private void unmapped(String name, @Nullable Object value, String at) {
        sink.note(ConversionNote.Kind.WARNING, Snippets.clip(name) + " (" + at + ") not kept: " + describe(value));
    }

    private @Nullable Object single(Object value, String at, String name) {
        List<Object> values = all(value);
        for (int i = 1; i < values.size(); i++) {
            unmapped(name, values.get(i), at + "/" + i);
        }
        return values.isEmpty() ? null : values.get(0);
    }

    private interface Each {
        void accept(Object value, String path);
    }

    /** Calls the action on each value, or on the one value, with its path; a value it refuses is noted or fails. */
    private void each(Object value, String at, Each action) {
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                String p = at + "/" + i;
                try {
                    action.accept(Objects.requireNonNull(list.get(i)), p);
                } catch (InvalidValueException | IllegalArgumentException ex) {
                    sink.invalid(p, Objects.toString(ex.getMessage(), "invalid value"));
                }
            }
        } else {
            action.accept(value, at);
        }
    }

    static List<Object> all(Object value) {
        if (value instanceof List<?> list) {
            return List.copyOf(list);
        }
        return List.of(value);
    }

    private static @Nullable String string(@Nullable Object v) {
        return v instanceof String s ? s : null;
    }

    private static String scalar(@Nullable Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Long || v instanceof Integer || v instanceof BigInteger || v instanceof BigDecimal) {
            return v.toString();
        }
        throw new InvalidValueException("expected a string or a number", describe(v));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }

    /** A value as a message quotes it: a string in quotes, anything else in its JSON form, clipped. */
    static String describe(@Nullable Object v) {
        if (v instanceof String s) {
            return "'" + Snippets.clip(s) + "'";
        }
        StringBuilder b = new StringBuilder();
        json(b, v);
        return Snippets.clip(b.toString());
    }

    private static void json(StringBuilder b, @Nullable Object v) {
        if (b.length() > 200) {
            return;
        }
        if (v instanceof Map<?, ?> m) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                b.append(first ? "" : ", ").append('"').append(e.getKey()).append("\": ");
                json(b, e.getValue());
                first = false;
            }
            b.append('}');
        } else if (v instanceof List<?> l) {
            b.append('[');
            for (int i = 0; i < l.size(); i++) {
                b.append(i == 0 ? "" : ", ");
                json(b, l.get(i));
            }
            b.append(']');
        } else if (v instanceof String s) {
            b.append('"').append(s).append('"');
        } else {
            b.append(v);
        }
    }

    /** A name as a JSON Pointer writes it. */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
