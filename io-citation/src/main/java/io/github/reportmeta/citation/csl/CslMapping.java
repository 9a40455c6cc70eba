package io.github.reportmeta.citation.csl;

import io.github.reportmeta.Author;
import io.github.reportmeta.Doi;
import io.github.reportmeta.Identifier;
import io.github.reportmeta.InvalidValueException;
import io.github.reportmeta.Isbn;
import io.github.reportmeta.Issn;
import io.github.reportmeta.Keyword;
import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.NameOrder;
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
import io.github.reportmeta.Url;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.json.internal.Snippets;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The mapping between the model and CSL-JSON items, in both directions, as the {@code csl-json} section of
 * {@code docs/formats/citation.md} describes it. What a write loses is found by mapping the item back and comparing
 * component by component, so that the loss notes and the reader can never disagree.
 */
final class CslMapping {

    /** The separator of the terms in {@code keyword}; reading splits on commas and semicolons. */
    static final String KEYWORD_SEPARATOR = ", ";
    /** The separator of the organisations in {@code publisher}, the issuing unit first; reading splits on commas. */
    static final String PUBLISHER_SEPARATOR = ", ";

    private static final Pattern KEYWORD_SPLIT = Pattern.compile("[,;]");
    private static final Pattern PUBLISHER_SPLIT = Pattern.compile(",");
    private static final Pattern DATE_FORM = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?");

    /** The name variables the model holds, with the role each reads as, in the order they are written. */
    private static final Map<String, Role> NAME_ROLES = names();
    /** The CSL item types that are a type of the model exactly, besides {@code report}. */
    private static final Map<String, ReportType> EXACT_TYPES = Map.of(
            "book", ReportType.BOOK, "paper-conference", ReportType.CONFERENCE_PAPER, "article", ReportType.ARTICLE);
    /** BibLaTeX's localisation keys for report types, which citation-js and citeproc-lua put in {@code genre}. */
    private static final Map<String, ReportType> GENRE_KEYS = Map.of(
            "techreport", ReportType.TECHNICAL_REPORT, "resreport", ReportType.RESEARCH_REPORT);

    /** Every variable of the CSL 1.0.2 input schema ({@code csl-data.json}), with {@code id} and {@code type}. */
    static final Set<String> CSL_VARIABLES = Set.of("type", "id", "citation-key", "categories", "language",
            "journalAbbreviation", "shortTitle", "author", "chair", "collection-editor", "compiler", "composer",
            "container-author", "contributor", "curator", "director", "editor", "editorial-director",
            "executive-producer", "guest", "host", "interviewer", "illustrator", "narrator", "organizer",
            "original-author", "performer", "producer", "recipient", "reviewed-author", "script-writer",
            "series-creator", "translator", "accessed", "available-date", "event-date", "issued", "original-date",
            "submitted", "abstract", "annote", "archive", "archive_collection", "archive_location", "archive-place",
            "authority", "call-number", "chapter-number", "citation-number", "citation-label", "collection-number",
            "collection-title", "container-title", "container-title-short", "dimensions", "division", "DOI",
            "edition", "event", "event-title", "event-place", "first-reference-note-number", "genre", "ISBN", "ISSN",
            "issue", "jurisdiction", "keyword", "locator", "medium", "note", "number", "number-of-pages",
            "number-of-volumes", "original-publisher", "original-publisher-place", "original-title", "page",
            "page-first", "part", "part-title", "PMCID", "PMID", "printing", "publisher", "publisher-place",
            "references", "reviewed-genre", "reviewed-title", "scale", "section", "source", "status", "supplement",
            "title", "title-short", "URL", "version", "volume", "volume-title", "volume-title-short", "year-suffix",
            "custom");

    private static final Set<String> NAME_VARIABLES = Set.of("author", "chair", "collection-editor", "compiler",
            "composer", "container-author", "contributor", "curator", "director", "editor", "editorial-director",
            "executive-producer", "guest", "host", "interviewer", "illustrator", "narrator", "organizer",
            "original-author", "performer", "producer", "recipient", "reviewed-author", "script-writer",
            "series-creator", "translator");

    private static final Set<String> NAME_PARTS = Set.of("family", "given", "dropping-particle",
            "non-dropping-particle", "suffix", "comma-suffix", "static-ordering", "literal", "parse-names");

    private static Map<String, Role> names() {
        Map<String, Role> m = new LinkedHashMap<>();
        m.put("author", Role.AUTHOR);
        m.put("editor", Role.EDITOR);
        m.put("translator", Role.TRANSLATOR);
        m.put("contributor", Role.CONTRIBUTOR);
        return Collections.unmodifiableMap(m);
    }

    /** The reason a write gives for each component it cannot carry, by field path without indexes. */
    static final Map<String, String> LOSSES = losses();

    private static Map<String, String> losses() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("titles", "CSL-JSON holds one title; the first is written");
        m.put("titles/language", "CSL-JSON gives a title the item's language; a title in another language reads"
                + " back in that one");
        m.put("number/raw", "CSL-JSON holds the number without its label; it reads back written \"No.\" and the number");
        m.put("number/year", "CSL-JSON has no variable for the year a series' numbering restarts in");
        m.put("dates", "CSL-JSON holds a submitted and an available date, as dates without a time; other dates"
                + " are lost and these read back after each other");
        m.put("authors", "CSL-JSON groups names by role (author, editor, translator, contributor), so names read"
                + " back in that order");
        m.put("authors/role", "CSL-JSON has no name variable for this role: supervisors and reviewers are written as"
                + " contributors, an organisation credited as author reads back as a research team, a person as"
                + " research team reads back as author");
        m.put("authors/agent", "CSL-JSON writes a person's literal name as a literal name, which reads back as an"
                + " organisation");
        m.put("authors/agent/orcid", "CSL-JSON names have no ORCID iD");
        m.put("authors/agent/affiliations", "CSL-JSON names have no affiliation");
        m.put("authors/agent/name/original", "CSL-JSON names have no form in the original script");
        m.put("authors/agent/acronym", "CSL-JSON writes an organisation credited as author by its name alone");
        m.put("authors/agent/parent", "CSL-JSON writes an organisation credited as author by its name alone");
        m.put("authors/agent/ror", "CSL-JSON names have no ROR id");
        m.put("authors/agent/isni", "CSL-JSON names have no ISNI");
        m.put("publisher", "CSL-JSON writes the publisher as the names of the unit and its parents joined by \", \"; a"
                + " name with a comma in it reads back as several organisations");
        m.put("publisher/acronym", "CSL-JSON writes the publisher's names without their acronyms");
        m.put("publisher/ror", "CSL-JSON has no ROR id for the publisher");
        m.put("publisher/isni", "CSL-JSON has no ISNI for the publisher");
        m.put("abstracts", "CSL-JSON holds one abstract; the first is written");
        m.put("abstracts/language", "CSL-JSON gives the abstract the item's language; an abstract in another language"
                + " reads back in that one");
        m.put("keywords", "CSL-JSON holds the keywords as one string joined by \", \"; a term with a comma or"
                + " semicolon reads back as several");
        m.put("keywords/language", "CSL-JSON gives the keywords the item's language; a keyword in another language"
                + " reads back in that one");
        m.put("keywords/vocabulary", "CSL-JSON has no vocabulary for keywords");
        m.put("identifiers", "CSL-JSON holds one DOI, one ISBN and one ISSN, which read back in that order; Handles,"
                + " URNs, URLs and local identifiers are lost");
        m.put("fullText", "CSL-JSON has one URL, the landing page's");
        m.put("rights", "CSL-JSON 1.0.2 has no variable for rights");
        m.put("license", "CSL-JSON 1.0.2 has no variable for the licence");
        m.put("formats", "CSL-JSON has no variable for media types, extents and media of a report");
        m.put("sources", "CSL-JSON has no variable for the resources a report is derived from");
        m.put("coverage", "CSL-JSON has no variable for places and periods a report is about");
        m.put("relations", "CSL-JSON has no variable for links to other reports");
        m.put("metrics", "CSL-JSON has no variable for usage counts");
        return Collections.unmodifiableMap(m);
    }


    /** The item a report is written as. */
    CslItem item(Report r) {
        CslItem item = new CslItem();
        item.put("id", r.id().value(), null);
        String cslType = EXACT_TYPES.entrySet().stream().filter(e -> e.getValue() == r.type()).map(Map.Entry::getKey)
                .findFirst().orElse("report");
        item.put("type", cslType, null);
        if (cslType.equals("report")) {
            item.put("genre", r.type().label(), null);
        }
        if (!r.titles().isEmpty()) {
            item.put("title", r.titles().get(0).text(), null);
        }
        Map<String, List<Object>> names = new LinkedHashMap<>();
        NAME_ROLES.keySet().forEach(v -> names.put(v, new ArrayList<>()));
        for (Author a : r.authors()) {
            names.get(variableOf(a.role())).add(name(a));
        }
        names.forEach((variable, list) -> {
            if (!list.isEmpty()) {
                item.put(variable, list, null);
            }
        });
        if (r.issued() != null) {
            item.put("issued", date(r.issued()), null);
        }
        dateOfKind(r, ReportDate.Kind.SUBMITTED).ifPresent(d -> item.put("submitted", date(d), null));
        dateOfKind(r, ReportDate.Kind.AVAILABLE).ifPresent(d -> item.put("available-date", date(d), null));
        if (r.number() != null) {
            item.put("collection-title", r.number().series(), null);
            item.put("number", r.number().number(), null);
        }
        if (r.publisher() != null) {
            List<String> chain = new ArrayList<>();
            r.publisher().hierarchy().forEach(o -> chain.add(0, o.name()));
            item.put("publisher", String.join(PUBLISHER_SEPARATOR, chain), null);
        }
        if (!r.abstracts().isEmpty()) {
            item.put("abstract", r.abstracts().get(0).text(), null);
        }
        if (!r.keywords().isEmpty()) {
            item.put("keyword", String.join(KEYWORD_SEPARATOR, r.keywords().stream().map(Keyword::term).toList()), null);
        }
        if (r.language() != null) {
            item.put("language", r.language().value(), null);
        }
        firstOf(r, Doi.class).ifPresent(d -> item.put("DOI", d.value(), null));
        firstOf(r, Isbn.class).ifPresent(i -> item.put("ISBN", i.value(), null));
        firstOf(r, Issn.class).ifPresent(i -> item.put("ISSN", i.value(), null));
        if (r.landingPage() != null) {
            item.put("URL", r.landingPage().value(), null);
        }
        return item;
    }

    private static String variableOf(Role role) {
        return switch (role) {
            case AUTHOR, RESEARCH_TEAM -> "author";
            case EDITOR -> "editor";
            case TRANSLATOR -> "translator";
            case CONTRIBUTOR, SUPERVISOR, REVIEWER -> "contributor";
        };
    }

    private static Map<String, Object> name(Author a) {
        Map<String, Object> n = new LinkedHashMap<>();
        if (a.agent() instanceof Organization o) {
            n.put("literal", o.name());
            return n;
        }
        PersonName p = ((Person) a.agent()).name();
        if (p.literal() != null) {
            n.put("literal", p.literal());
            return n;
        }
        putIfPresent(n, "family", p.family());
        putIfPresent(n, "given", p.given());
        putIfPresent(n, "non-dropping-particle", p.particle());
        putIfPresent(n, "suffix", p.suffix());
        if (p.order() == NameOrder.FAMILY_FIRST) {
            n.put("static-ordering", Boolean.TRUE);
        }
        return n;
    }

    private static void putIfPresent(Map<String, Object> map, String key, @Nullable String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static Map<String, Object> date(PartialDate d) {
        List<Object> parts = new ArrayList<>();
        parts.add((long) d.year());
        if (d.month() != 0) {
            parts.add((long) d.month());
        }
        if (d.day() != 0) {
            parts.add((long) d.day());
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date-parts", List.of(parts));
        return m;
    }

    private static Optional<PartialDate> dateOfKind(Report r, ReportDate.Kind kind) {
        return r.dates().stream().filter(d -> d.kind() == kind).findFirst()
                .filter(d -> DATE_FORM.matcher(d.value()).matches()).map(d -> PartialDate.parse(d.value()));
    }

    private static <T extends Identifier> Optional<T> firstOf(Report r, Class<T> type) {
        return r.identifiers().stream().filter(type::isInstance).map(type::cast).findFirst();
    }


    /**
     * The report an item is read as; takes the variables it reads out of the item and notes the others.
     *
     * @param item the item
     * @param fallbackId the id of an item without one, for lenient reading
     * @param notes where to say what was not kept
     * @return the report
     */
    Report report(CslItem item, String fallbackId, CslNotes notes) {
        ReportId id = id(item, fallbackId, notes);
        Report.Builder b = Report.builder(id);
        LanguageTag language = text(item, "language", notes, t -> LanguageTag.parse(t));
        b.language(language);
        String genre = text(item, "genre", notes, Function.identity());
        ReportType genreType = type(text(item, "type", notes, Function.identity()), genre, b, notes);
        String title = text(item, "title", notes, Function.identity());
        if (title != null) {
            b.title(new LocalizedText(title, language));
        }
        for (Map.Entry<String, Role> e : NAME_ROLES.entrySet()) {
            Object value = item.take(e.getKey());
            if (value != null) {
                names(e.getKey(), value, e.getValue(), b, notes);
            }
        }
        b.issued(date(item, "issued", notes));
        PartialDate submitted = date(item, "submitted", notes);
        if (submitted != null) {
            b.date(ReportDate.of(ReportDate.Kind.SUBMITTED, submitted.toString()));
        }
        PartialDate available = date(item, "available-date", notes);
        if (available != null) {
            b.date(ReportDate.of(ReportDate.Kind.AVAILABLE, available.toString()));
        }
        number(item, genre, genreType, b, notes);
        String publisher = text(item, "publisher", notes, Function.identity());
        if (publisher != null) {
            b.publisher(publisher(publisher, notes));
        }
        String abstractText = text(item, "abstract", notes, Function.identity());
        if (abstractText != null) {
            b.abstractText(new LocalizedText(abstractText, language));
        }
        String keywords = text(item, "keyword", notes, Function.identity());
        if (keywords != null) {
            for (String term : KEYWORD_SPLIT.split(keywords)) {
                if (!term.isBlank()) {
                    b.keyword(new Keyword(term.strip(), language, null));
                }
            }
        }
        identifier(item, "DOI", notes, Doi::parse, b);
        identifier(item, "ISBN", notes, Isbn::parse, b);
        identifier(item, "ISSN", notes, Issn::parse, b);
        Url url = text(item, "URL", notes, Url::parse);
        b.landingPage(url);
        String key = text(item, "citation-key", notes, Function.identity());
        if (key != null && !key.equals(id.value())) {
            notes.note("citation-key", ConversionNote.Kind.WARNING, "citation-key '" + Snippets.clip(key)
                    + "' is not kept: the report keeps the item's id '" + Snippets.clip(id.value()) + "'");
        }
        for (String variable : List.copyOf(item.remaining())) {
            Object value = Objects.requireNonNull(item.take(variable));
            if (!CSL_VARIABLES.contains(variable)) {
                notes.problem(variable, "", "unknown property '" + Snippets.clip(variable)
                        + "': expected a CSL 1.0.2 variable (see docs/formats/citation.md)");
            } else if (NAME_VARIABLES.contains(variable) && value instanceof List<?> list) {
                for (Object name : list) {
                    notes.note(variable, ConversionNote.Kind.WARNING, variable + " '" + Snippets.clip(render(name))
                            + "' is not kept: the model has no role for it");
                }
            } else {
                notes.note(variable, ConversionNote.Kind.WARNING, variable + " '" + Snippets.clip(render(value))
                        + "' is not kept: the model has no place for it");
            }
        }
        return b.build();
    }

    private static ReportId id(CslItem item, String fallbackId, CslNotes notes) {
        Object value = item.take("id");
        String text = value instanceof String s ? s : value instanceof Long || value instanceof BigDecimal
                ? scalar(value) : null;
        if (value != null && text == null) {
            notes.problem("id", "", "id must be a string or a number, but was " + describe(value));
        } else if (text == null) {
            notes.problem("id", "", "the item has no id; CSL-JSON requires one");
        } else if (text.isBlank()) {
            notes.problem("id", "", "id must not be blank");
        } else {
            return ReportId.of(text);
        }
        return ReportId.of(fallbackId);
    }

    /** Sets the type from {@code type} and {@code genre}; answers the type the genre names, if it names one. */
    private static @Nullable ReportType type(@Nullable String type, @Nullable String genre, Report.Builder b,
            CslNotes notes) {
        ReportType exact = type == null ? null : EXACT_TYPES.get(type);
        if (type == null) {
            notes.note("type", ConversionNote.Kind.INFO, "the item has no type; read as a research report");
        } else if (exact != null) {
            b.type(exact);
            notes.note("type", ConversionNote.Kind.INFO, "type '" + type + "' read as a report of type " + exact.label());
        } else if (!type.equals("report")) {
            ReportType read = type.startsWith("article") ? ReportType.ARTICLE : ReportType.OTHER;
            b.type(read);
            notes.note("type", ConversionNote.Kind.WARNING, "type '" + Snippets.clip(type) + "' read as a report of"
                    + " type " + read.label() + "; the model has no such type");
        }
        if (genre == null || !(type == null || type.equals("report"))) {
            return null;
        }
        ReportType byGenre = genreType(genre);
        if (byGenre != null) {
            b.type(byGenre);
            if (!byGenre.label().equalsIgnoreCase(genre.strip())) {
                notes.note("genre", ConversionNote.Kind.INFO, "genre '" + Snippets.clip(genre) + "' read as type "
                        + byGenre.label());
            }
        }
        return byGenre;
    }

    private static @Nullable ReportType genreType(String genre) {
        for (ReportType t : ReportType.values()) {
            if (t.label().equalsIgnoreCase(genre.strip())) {
                return t;
            }
        }
        return GENRE_KEYS.get(genre.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * Sets the report number from {@code number} (or {@code collection-number}) and its series from
     * {@code collection-title}, or else from the genre, as BibTeX's {@code type} names a report's series.
     */
    private static void number(CslItem item, @Nullable String genre, @Nullable ReportType genreType, Report.Builder b,
            CslNotes notes) {
        String number = text(item, "number", notes, Function.identity());
        String collectionNumber = text(item, "collection-number", notes, Function.identity());
        String series = text(item, "collection-title", notes, Function.identity());
        if (number == null) {
            number = collectionNumber;
        } else if (collectionNumber != null) {
            notes.note("collection-number", ConversionNote.Kind.WARNING, "collection-number '"
                    + Snippets.clip(collectionNumber) + "' is not kept: the report keeps its number '"
                    + Snippets.clip(number) + "'");
        }
        boolean genreIsSeries = false;
        if (series == null && number != null && genre != null) {
            series = genreType != null ? genreType.label() : genre.strip();
            genreIsSeries = true;
        }
        if (number != null && series != null) {
            b.number(new ReportNumber(series, number, "No." + number, null));
        } else if (number != null) {
            notes.note("number", ConversionNote.Kind.WARNING, "number '" + Snippets.clip(number) + "' is not kept:"
                    + " the model holds a number only with its series (collection-title or genre)");
        } else if (series != null) {
            notes.note("collection-title", ConversionNote.Kind.WARNING, "collection-title '" + Snippets.clip(series)
                    + "' is not kept: the model holds a series only with a number");
        }
        if (genre != null && genreType == null && !genreIsSeries) {
            notes.note("genre", ConversionNote.Kind.WARNING, "genre '" + Snippets.clip(genre) + "' is not kept:"
                    + " it is no report type of the model and there is no number whose series it could name");
        }
    }

    private static @Nullable Organization publisher(String text, CslNotes notes) {
        List<String> parts = new ArrayList<>();
        for (String part : PUBLISHER_SPLIT.split(text)) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        Organization org = null;
        for (int i = parts.size() - 1; i >= 0; i--) {
            org = Organization.of(parts.get(i)).withParent(org);
        }
        if (parts.size() > 1) {
            notes.note("publisher", ConversionNote.Kind.INFO, "publisher '" + Snippets.clip(text) + "' read as the"
                    + " unit '" + Snippets.clip(parts.get(0)) + "' of '" + Snippets.clip(parts.get(1)) + "'");
        }
        return org;
    }

    private static void identifier(CslItem item, String variable, CslNotes notes,
            Function<String, Identifier> parse, Report.Builder b) {
        Identifier id = text(item, variable, notes, parse);
        if (id != null) {
            b.identifier(id);
        }
    }

    private static void names(String variable, Object value, Role role, Report.Builder b, CslNotes notes) {
        List<?> list;
        if (value instanceof String s && s.isBlank()) {
            return;
        } else if (value instanceof List<?> l) {
            list = l;
        } else if (value instanceof Map<?, ?>) {
            list = List.of(value);
            notes.note(variable, ConversionNote.Kind.INFO, variable + " is one name object, not an array of names;"
                    + " read as a list of one");
        } else {
            notes.problem(variable, "", variable + " must be an array of names, but was " + describe(value));
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> n)) {
                notes.problem(variable, "/" + i, "a name must be an object, but was " + describe(list.get(i)));
                continue;
            }
            Author a = name(variable, "/" + i, n, role, notes);
            if (a != null) {
                b.author(a);
            }
        }
    }

    private static @Nullable Author name(String variable, String path, Map<?, ?> n, Role role, CslNotes notes) {
        Map<String, String> parts = new LinkedHashMap<>();
        boolean familyFirst = false;
        for (Map.Entry<?, ?> e : n.entrySet()) {
            String key = (String) e.getKey();
            Object v = e.getValue();
            if (!NAME_PARTS.contains(key)) {
                notes.problem(variable, path + "/" + key, "unknown name property '" + Snippets.clip(key)
                        + "': expected family, given, dropping-particle, non-dropping-particle, suffix or literal");
            } else if (key.equals("static-ordering")) {
                familyFirst = truthy(v);
            } else if (key.equals("comma-suffix") || key.equals("parse-names")) {
                if (truthy(v)) {
                    notes.note(variable, ConversionNote.Kind.WARNING, variable + " " + key + " '" + scalarOrRender(v)
                            + "' of '" + Snippets.clip(render(n)) + "' is not kept: the model's names have no such flag");
                }
            } else if (v instanceof String || v instanceof Long || v instanceof BigDecimal) {
                String s = scalar(v);
                if (!s.isBlank()) {
                    parts.put(key, s);
                }
            } else {
                notes.problem(variable, path + "/" + key, key + " must be a string, but was " + describe(v));
            }
        }
        String literal = parts.get("literal");
        if (literal != null) {
            parts.remove("literal");
            if (!parts.isEmpty()) {
                notes.note(variable, ConversionNote.Kind.WARNING, variable + " '" + Snippets.clip(String.join(" ",
                        parts.values())) + "' is not kept: the name's literal form '" + Snippets.clip(literal)
                        + "' is");
            }
            return new Author(Organization.of(literal), role == Role.AUTHOR ? Role.RESEARCH_TEAM : role);
        }
        String family = parts.get("family");
        String given = parts.get("given");
        String dropping = parts.get("dropping-particle");
        String nonDropping = parts.get("non-dropping-particle");
        String particle = dropping == null ? nonDropping : nonDropping == null ? dropping : dropping + " " + nonDropping;
        if (family == null && given == null) {
            if (!parts.isEmpty() || n.isEmpty()) {
                notes.problem(variable, path, "a name needs a family name, a given name or a literal form, but had "
                        + (parts.isEmpty() ? "none" : "only '" + Snippets.clip(String.join(" ", parts.values())) + "'"));
            }
            return null;
        }
        PersonName name = new PersonName(family, given, particle, parts.get("suffix"),
                familyFirst ? NameOrder.FAMILY_FIRST : NameOrder.GIVEN_FIRST, null, null);
        return new Author(Person.of(name), role);
    }

    private static boolean truthy(@Nullable Object v) {
        if (v instanceof Boolean bool) {
            return bool;
        }
        if (v instanceof String s) {
            return !s.isEmpty() && !s.equals("false") && !s.equals("0");
        }
        if (v instanceof Long l) {
            return l != 0;
        }
        return v instanceof BigDecimal d && d.signum() != 0;
    }

    private static @Nullable PartialDate date(CslItem item, String variable, CslNotes notes) {
        Object value = item.take(variable);
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return parseDate(variable, "", s, notes);
        }
        if (!(value instanceof Map<?, ?> m)) {
            notes.problem(variable, "", variable + " must be a date object, but was " + describe(value));
            return null;
        }
        PartialDate result = null;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            String key = (String) e.getKey();
            Object v = e.getValue();
            switch (key) {
                case "date-parts" -> result = dateParts(variable, v, notes);
                case "raw", "literal" -> {
                    if (!(v instanceof String s)) {
                        notes.problem(variable, "/" + key, key + " must be a string, but was " + describe(v));
                    } else if (m.containsKey("date-parts")) {
                        notes.note(variable, ConversionNote.Kind.WARNING, variable + " " + key + " '" + Snippets.clip(s)
                                + "' is not kept: the date is read from date-parts");
                    } else {
                        result = parseDate(variable, "/" + key, s, notes);
                    }
                }
                case "season", "circa" -> notes.note(variable, ConversionNote.Kind.WARNING, variable + " " + key + " '"
                        + Snippets.clip(render(v)) + "' is not kept: the model's dates have no " + key);
                default -> notes.problem(variable, "/" + key, "unknown date property '" + Snippets.clip(key)
                        + "': expected date-parts, season, circa, literal or raw");
            }
        }
        return result;
    }

    private static @Nullable PartialDate parseDate(String variable, String path, String text, CslNotes notes) {
        String s = text.strip();
        if (DATE_FORM.matcher(s).matches()) {
            try {
                return PartialDate.parse(s);
            } catch (InvalidValueException e) {
                notes.problem(variable, path, variable + ": " + e.getMessage());
                return null;
            }
        }
        notes.note(variable, ConversionNote.Kind.WARNING, variable + " '" + Snippets.clip(text) + "' is not kept: the"
                + " model holds a date as a year, a year and month, or a full date (YYYY, YYYY-MM, YYYY-MM-DD)");
        return null;
    }

    private static @Nullable PartialDate dateParts(String variable, @Nullable Object value, CslNotes notes) {
        if (!(value instanceof List<?> ranges) || ranges.isEmpty() || !(ranges.get(0) instanceof List<?> first)) {
            notes.problem(variable, "/date-parts", "date-parts must be an array of one or two arrays of numbers, but"
                    + " was " + describe(value));
            return null;
        }
        if (ranges.size() > 1) {
            notes.note(variable, ConversionNote.Kind.WARNING, variable + " date-parts end '" + Snippets.clip(render(
                    ranges.subList(1, ranges.size()))) + "' is not kept: the model's dates are single dates");
        }
        if (first.isEmpty() || first.size() > 3) {
            notes.problem(variable, "/date-parts/0", "a date must have a year, and a month and a day if any, but was "
                    + describe(first));
            return null;
        }
        int[] parts = new int[3];
        for (int i = 0; i < first.size(); i++) {
            Object p = first.get(i);
            String text = p instanceof String || p instanceof Long ? scalar(p).strip() : null;
            if (text == null || !text.matches("-?\\d{1,4}")) {
                notes.problem(variable, "/date-parts/0/" + i, "a date part must be a whole number, but was "
                        + describe(p));
                return null;
            }
            parts[i] = Integer.parseInt(text);
        }
        try {
            return first.size() == 1 ? PartialDate.of(parts[0]) : first.size() == 2 ? PartialDate.of(parts[0], parts[1])
                    : PartialDate.of(parts[0], parts[1], parts[2]);
        } catch (InvalidValueException e) {
            notes.problem(variable, "/date-parts/0", variable + ": " + e.getMessage());
            return null;
        }
    }

    /** A string variable's value, parsed; numbers are taken as their text; a blank string is no value. */
    private static <T> @Nullable T text(CslItem item, String variable, CslNotes notes, Function<String, T> parse) {
        Object value = item.take(variable);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String || value instanceof Long || value instanceof BigDecimal)) {
            notes.problem(variable, "", variable + " must be a string, but was " + describe(value));
            return null;
        }
        String text = scalar(value);
        if (text.isBlank()) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (InvalidValueException e) {
            notes.problem(variable, "", variable + ": " + e.getMessage());
            return null;
        }
    }

    private static String scalar(Object value) {
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }

    private static String scalarOrRender(Object value) {
        return Snippets.clip(render(value));
    }

    /** A value as a note quotes it: strings as they are, arrays joined by "; ", objects by their values. */
    static String render(@Nullable Object value) {
        if (value instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            list.forEach(v -> parts.add(render(v)));
            return String.join("; ", parts);
        }
        if (value instanceof Map<?, ?> map) {
            List<String> parts = new ArrayList<>();
            map.values().forEach(v -> parts.add(render(v)));
            return String.join(" ", parts);
        }
        return value == null ? "null" : scalar(value);
    }

    /** What kind of JSON value a value is, with the value itself when it is short. */
    static String describe(@Nullable Object value) {
        if (value instanceof List<?>) {
            return "an array";
        }
        if (value instanceof Map<?, ?>) {
            return "an object";
        }
        if (value instanceof String s) {
            return "the string '" + Snippets.clip(s) + "'";
        }
        if (value instanceof Boolean) {
            return "the boolean " + value;
        }
        return value == null ? "null" : "the number " + Snippets.clip(scalar(value));
    }


    /**
     * The fields a write drops: the item is mapped back and every field that differs is a loss, named by its JSON
     * Pointer in the report. Authors are compared with their own read-back, which comes grouped by role: a changed
     * order is one loss of {@code /authors}, and each author's changes are named at its own index.
     */
    static List<String> lostFields(Report r, Report back) {
        List<String> lost = new ArrayList<>();
        for (Method m : ACCESSORS.get(Report.class)) {
            if (m.getName().equals("authors")) {
                authorsLost(r.authors(), back.authors(), lost);
            } else {
                diff(invoke(m, r), invoke(m, back), "/" + m.getName(), lost);
            }
        }
        return lost;
    }

    private static void authorsLost(List<Author> written, List<Author> read, List<String> lost) {
        List<Integer> order = new ArrayList<>();
        for (String variable : NAME_ROLES.keySet()) {
            for (int i = 0; i < written.size(); i++) {
                if (variableOf(written.get(i).role()).equals(variable)) {
                    order.add(i);
                }
            }
        }
        if (read.size() != written.size()) {
            diff(written, read, "/authors", lost);
            return;
        }
        for (int k = 0; k < order.size(); k++) {
            if (order.get(k) != k) {
                lost.add("/authors");
                break;
            }
        }
        for (int k = 0; k < order.size(); k++) {
            int i = order.get(k);
            diff(written.get(i), read.get(k), "/authors/" + i, lost);
        }
    }

    private static @Nullable Object invoke(Method accessor, Object record) {
        try {
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + accessor.getName() + " of "
                    + record.getClass().getSimpleName(), e);
        }
    }

    /** The reason of a loss: the {@link #LOSSES} entry of its field path, or of the nearest enclosing one. */
    static String reason(String pointer) {
        String field = withoutParents(withoutIndexes(pointer));
        for (String f = field; !f.isEmpty(); f = f.contains("/") ? f.substring(0, f.lastIndexOf('/')) : "") {
            String reason = LOSSES.get(f);
            if (reason != null) {
                return reason;
            }
        }
        return "CSL-JSON cannot carry " + pointer + " as it is (see docs/formats/citation.md)";
    }

    /**
     * A field path with the parents of organisations taken out, but for a last {@code parent}: the acronym of the
     * publisher's parent ({@code publisher/parent/acronym}) is lost for the same reason as the publisher's own.
     */
    static String withoutParents(String field) {
        String f = field;
        while (f.contains("/parent/")) {
            f = f.replace("/parent/", "/");
        }
        return f;
    }

    /** The pointer without its list indexes and without the leading slash: {@code /authors/0/role} gives {@code authors/role}. */
    static String withoutIndexes(String pointer) {
        List<String> kept = new ArrayList<>();
        for (String segment : pointer.split("/")) {
            if (!segment.isEmpty() && !segment.chars().allMatch(c -> c >= '0' && c <= '9')) {
                kept.add(segment);
            }
        }
        return String.join("/", kept);
    }

    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components == null ? 0 : components.length];
            for (int i = 0; i < accessors.length; i++) {
                accessors[i] = components[i].getAccessor();
            }
            return accessors;
        }
    };

    private static void diff(@Nullable Object a, @Nullable Object b, String pointer, List<String> lost) {
        if (Objects.equals(a, b)) {
            return;
        }
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            int common = Math.min(la.size(), lb.size());
            for (int i = 0; i < common; i++) {
                diff(la.get(i), lb.get(i), pointer + "/" + i, lost);
            }
            for (int i = common; i < Math.max(la.size(), lb.size()); i++) {
                lost.add(pointer + "/" + i);
            }
            return;
        }
        if (a instanceof Record && b != null && a.getClass() == b.getClass()) {
            for (Method m : ACCESSORS.get(a.getClass())) {
                diff(invoke(m, a), invoke(m, b), pointer + "/" + m.getName(), lost);
            }
            return;
        }
        lost.add(pointer);
    }
}
