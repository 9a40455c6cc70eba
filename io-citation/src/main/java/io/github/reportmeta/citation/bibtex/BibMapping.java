package io.github.reportmeta.citation.bibtex;

import io.github.reportmeta.Agent;
import io.github.reportmeta.Author;
import io.github.reportmeta.Doi;
import io.github.reportmeta.Identifier;
import io.github.reportmeta.Isbn;
import io.github.reportmeta.Issn;
import io.github.reportmeta.Keyword;
import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.Organization;
import io.github.reportmeta.PartialDate;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportId;
import io.github.reportmeta.ReportMetadataException;
import io.github.reportmeta.ReportNumber;
import io.github.reportmeta.ReportType;
import io.github.reportmeta.Role;
import io.github.reportmeta.Url;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.SourceLocation;
import io.github.reportmeta.internal.messages.Quoting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one mapping between a report and a BibTeX entry, both ways (see {@code docs/formats/citation.md}): the writer
 * maps a report to an entry and reads that entry back with {@link #report} to find, component by component, what
 * the format could not hold.
 */
final class BibMapping {

    /** The series a {@code @techreport} number belongs to when the entry gives no {@code type}: BibTeX's own label. */
    static final String DEFAULT_SERIES = "Technical Report";

    /** Where reading says what it changed or did not keep. */
    @FunctionalInterface
    interface Notes {
        /** Notes that go nowhere, for the writer's read-back. */
        Notes NONE = (kind, pointer, message, at) -> { };

        /**
         * Says what happened to a field.
         *
         * @param kind {@link ConversionNote.Kind#WARNING} when a value was dropped or changed, INFO otherwise
         * @param pointer the model component concerned, or the empty string
         * @param message what happened, naming the field
         * @param at where the field is
         */
        void note(ConversionNote.Kind kind, String pointer, String message, SourceLocation at);
    }

    /** The biblatex {@code type} values that name a kind of report rather than a series. */
    private static final Set<String> GENRES = Set.of("techreport", "resreport", "report", "mathesis", "phdthesis",
            "candthesis", "software", "datacd", "audiocd", "patent");

    private static final Map<String, String> LANGUAGES = Map.ofEntries(Map.entry("english", "en"),
            Map.entry("american", "en-US"), Map.entry("british", "en-GB"), Map.entry("german", "de"),
            Map.entry("ngerman", "de"), Map.entry("french", "fr"), Map.entry("chinese", "zh"),
            Map.entry("spanish", "es"), Map.entry("italian", "it"), Map.entry("russian", "ru"),
            Map.entry("japanese", "ja"), Map.entry("portuguese", "pt"), Map.entry("dutch", "nl"),
            Map.entry("polish", "pl"), Map.entry("swedish", "sv"), Map.entry("czech", "cs"),
            Map.entry("greek", "el"), Map.entry("korean", "ko"), Map.entry("norwegian", "no"),
            Map.entry("danish", "da"), Map.entry("finnish", "fi"), Map.entry("turkish", "tr"));

    private static final Map<String, ReportType> TYPES = Map.ofEntries(Map.entry("techreport", ReportType.RESEARCH_REPORT),
            Map.entry("report", ReportType.RESEARCH_REPORT), Map.entry("article", ReportType.ARTICLE),
            Map.entry("book", ReportType.BOOK), Map.entry("inproceedings", ReportType.CONFERENCE_PAPER),
            Map.entry("conference", ReportType.CONFERENCE_PAPER));

    private static final Pattern YEAR = Pattern.compile("\\d{1,4}");
    private static final Pattern ACRONYM = Pattern.compile("(.+) \\(([^()\\s]{1,64})\\)");

    private BibMapping() {}

    // ---------------------------------------------------------------- writing

    /**
     * The entry of a report: a {@code @techreport} with the fields of the mapping table.
     *
     * @param r the report
     * @param key its citation key
     * @return the entry
     */
    static BibEntry entry(Report r, String key, SourceLocation at) {
        List<BibEntry.Field> f = new ArrayList<>();
        List<String> authors = new ArrayList<>();
        List<String> editors = new ArrayList<>();
        for (Author a : r.authors()) {
            switch (a.role()) {
                case AUTHOR, RESEARCH_TEAM -> authors.add(BibNames.format(a.agent()));
                case EDITOR -> editors.add(BibNames.format(a.agent()));
                default -> { }
            }
        }
        add(f, "author", authors.isEmpty() ? null : String.join(" and ", authors), at);
        add(f, "editor", editors.isEmpty() ? null : String.join(" and ", editors), at);
        // Braced whole, so that styles and pandoc keep the title's case as the report gives it.
        add(f, "title", r.titles().isEmpty() ? null : "{" + Latex.encode(r.titles().get(0).text()) + "}", at);
        add(f, "institution", r.publisher() == null ? null : institution(r.publisher()), at);
        if (r.number() != null) {
            add(f, "type", Latex.encode(r.number().series()), at);
            add(f, "number", Latex.encode(r.number().number()), at);
        }
        PartialDate issued = r.issued();
        if (issued != null) {
            add(f, "year", String.valueOf(issued.year()), at);
            if (issued.month() != 0) {
                f.add(new BibEntry.Field("month", BibParser.monthName(issued.month()),
                        BibParser.monthMacro(issued.month()), at));
            }
            if (issued.day() != 0) {
                add(f, "date", issued.toString(), at);
            }
        }
        add(f, "abstract", r.abstracts().isEmpty() ? null : Latex.encode(r.abstracts().get(0).text()), at);
        if (!r.keywords().isEmpty()) {
            List<String> terms = new ArrayList<>();
            for (Keyword k : r.keywords()) {
                String e = Latex.encode(k.term());
                terms.add(k.term().indexOf(',') >= 0 ? "{" + e + "}" : e);
            }
            add(f, "keywords", String.join(", ", terms), at);
        }
        add(f, "language", r.language() == null ? null : r.language().value(), at);
        add(f, "doi", first(r, Doi.class), at);
        add(f, "isbn", first(r, Isbn.class), at);
        add(f, "issn", first(r, Issn.class), at);
        add(f, "url", r.landingPage() == null ? null : verbatim(r.landingPage().value()), at);
        return new BibEntry("techreport", key, f, at);
    }

    private static @Nullable String first(Report r, Class<? extends Identifier> type) {
        for (Identifier i : r.identifiers()) {
            if (type.isInstance(i)) {
                return verbatim(i.value());
            }
        }
        return null;
    }

    /** A value written as it is, as biblatex reads {@code doi} and {@code url}, unless it holds LaTeX's specials. */
    private static String verbatim(String value) {
        return value.indexOf('{') >= 0 || value.indexOf('}') >= 0 || value.indexOf('\\') >= 0
                ? Latex.encode(value) : value;
    }

    /**
     * The institution: each organisation of the chain in braces, the issuing unit first, its parents after it, and
     * the top organisation's acronym in parentheses: {@code {Research Department}, {Development Research Center
     * (DRC)}}.
     */
    private static String institution(Organization publisher) {
        List<Organization> chain = new ArrayList<>(publisher.hierarchy());
        java.util.Collections.reverse(chain);
        List<String> parts = new ArrayList<>();
        for (Organization o : chain) {
            String name = o.acronym() == null ? o.name() : o.name() + " (" + o.acronym() + ")";
            parts.add("{" + Latex.encode(name) + "}");
        }
        return String.join(", ", parts);
    }

    private static void add(List<BibEntry.Field> fields, String name, @Nullable String raw, SourceLocation at) {
        if (raw != null) {
            fields.add(new BibEntry.Field(name, raw, null, at));
        }
    }

    // ---------------------------------------------------------------- reading

    /**
     * The report an entry describes, with a note for every field or value not kept.
     *
     * @param e the entry
     * @param id the report's id
     * @param lenient whether a value that is no value of its type is dropped with a warning rather than refused
     * @param notes where notes go
     * @return the report
     * @throws ReportMetadataException when a value is refused
     */
    static Report report(BibEntry e, ReportId id, boolean lenient, Notes notes) {
        Map<String, BibEntry.Field> fields = new LinkedHashMap<>();
        for (BibEntry.Field f : e.fields()) {
            BibEntry.Field was = fields.putIfAbsent(f.name(), f);
            if (was != null) {
                notes.note(ConversionNote.Kind.WARNING, "", "the second field '" + f.name() + "' = '"
                        + Quoting.clip(f.raw()) + "' not kept: an entry holds each field once", f.location());
            }
        }
        Reading read = new Reading(e, fields, lenient, notes);
        Report.Builder b = Report.builder(id);
        ReportType type = TYPES.get(e.type());
        BibEntry.Field genre = e.type().equals("report") ? fields.get("type") : null;
        if (genre != null) {
            String g = Latex.decode(genre.raw(), c -> { }).toLowerCase(Locale.ROOT);
            type = g.equals("techreport") ? ReportType.TECHNICAL_REPORT : g.equals("resreport")
                    ? ReportType.RESEARCH_REPORT : GENRES.contains(g) ? ReportType.OTHER : type;
        }
        b.type(type == null ? ReportType.OTHER : type);
        if (!e.type().equals("techreport") && !e.type().equals("report")) {
            notes.note(ConversionNote.Kind.INFO, "/type", "the @" + e.type() + " entry read as a report of type "
                    + (type == null ? ReportType.OTHER : type).code(), e.location());
        }
        LanguageTag language = read.language();
        b.language(language);
        String title = read.text("title");
        if (title != null) {
            b.title(new LocalizedText(title, language));
        }
        for (Author a : read.names("author", null)) {
            b.author(a);
        }
        for (Author a : read.names("editor", Role.EDITOR)) {
            b.author(a);
        }
        PartialDate issued = read.issued();
        b.issued(issued);
        b.publisher(read.publisher());
        b.number(read.number(issued));
        String abstractText = read.text("abstract");
        if (abstractText != null) {
            b.abstractText(new LocalizedText(abstractText, language));
        }
        for (String term : read.keywords()) {
            b.keyword(new Keyword(term, language, null));
        }
        read.identifier("doi", Doi::parse, b);
        read.identifier("isbn", Isbn::parse, b);
        read.identifier("issn", Issn::parse, b);
        Url url = read.value("url", Url::parse);
        b.landingPage(url);
        for (BibEntry.Field f : fields.values()) {
            if (!read.used.contains(f.name())) {
                notes.note(ConversionNote.Kind.WARNING, "", "the field '" + f.name() + "' = '" + Quoting.clip(f.raw())
                        + "' not kept: the bibtex mapping has no report component for it", f.location());
            }
        }
        return b.build();
    }

    /** The state of reading one entry: its fields, and which of them were used. */
    private static final class Reading {
        private final BibEntry entry;
        private final Map<String, BibEntry.Field> fields;
        private final boolean lenient;
        private final Notes notes;
        final Set<String> used = new java.util.HashSet<>();

        Reading(BibEntry entry, Map<String, BibEntry.Field> fields, boolean lenient, Notes notes) {
            this.entry = entry;
            this.fields = fields;
            this.lenient = lenient;
            this.notes = notes;
        }

        private BibEntry.@Nullable Field take(String name) {
            BibEntry.Field f = fields.get(name);
            if (f != null) {
                used.add(name);
            }
            return f;
        }

        private String decode(BibEntry.Field f, String raw) {
            return Latex.decode(raw, change -> notes.note(ConversionNote.Kind.WARNING, "", "field '" + f.name()
                    + "': " + change, f.location()));
        }

        @Nullable String text(String name) {
            BibEntry.Field f = take(name);
            if (f == null) {
                return null;
            }
            String t = decode(f, f.raw());
            return t.isEmpty() ? null : t;
        }

        @Nullable LanguageTag language() {
            LanguageTag tag = null;
            BibEntry.Field given = null;
            for (String name : List.of("language", "langid")) {
                BibEntry.Field f = take(name);
                if (f == null) {
                    continue;
                }
                String t = decode(f, f.raw());
                LanguageTag read = tag(t);
                if (read == null) {
                    notes.note(ConversionNote.Kind.WARNING, "/language", "the field '" + name + "' = '"
                            + Quoting.clip(t) + "' not kept: expected a BCP 47 tag or a babel language name",
                            f.location());
                } else if (tag == null) {
                    tag = read;
                    given = f;
                } else if (!tag.sameAs(read)) {
                    notes.note(ConversionNote.Kind.WARNING, "/language", "the field '" + name + "' = '"
                            + Quoting.clip(t) + "' not kept: the field '" + given.name() + "' gives the language",
                            f.location());
                }
            }
            return tag;
        }

        private static @Nullable LanguageTag tag(String text) {
            String t = LANGUAGES.getOrDefault(text.toLowerCase(Locale.ROOT), text);
            if (!t.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
                return null;
            }
            return LanguageTag.parse(t);
        }

        List<Author> names(String name, @Nullable Role role) {
            BibEntry.Field f = take(name);
            List<Author> authors = new ArrayList<>();
            if (f == null) {
                return authors;
            }
            for (String raw : BibNames.split(f.raw())) {
                if (raw.equals("others")) {
                    notes.note(ConversionNote.Kind.WARNING, "/authors", "field '" + name
                            + "': 'and others' not kept: the names it stands for are not given", f.location());
                    continue;
                }
                Agent agent = BibNames.agent(raw, change -> notes.note(ConversionNote.Kind.WARNING, "/authors",
                        "field '" + name + "': " + change, f.location()));
                if (agent == null) {
                    notes.note(ConversionNote.Kind.WARNING, "/authors", "field '" + name + "': the name '"
                            + Quoting.clip(raw) + "' not kept: it has no text", f.location());
                    continue;
                }
                Role r = role != null ? role : agent instanceof Organization ? Role.RESEARCH_TEAM : Role.AUTHOR;
                authors.add(new Author(agent, r));
            }
            return authors;
        }

        @Nullable PartialDate issued() {
            BibEntry.Field yearField = take("year");
            BibEntry.Field monthField = take("month");
            BibEntry.Field dateField = take("date");
            PartialDate date = null;
            if (dateField != null) {
                String t = decode(dateField, dateField.raw());
                try {
                    date = PartialDate.parse(t);
                } catch (ReportMetadataException ex) {
                    date = refuse(dateField, t, "a date YYYY, YYYY-MM or YYYY-MM-DD", ex);
                }
            }
            Integer year = null;
            if (yearField != null) {
                String t = decode(yearField, yearField.raw());
                if (YEAR.matcher(t).matches() && Integer.parseInt(t) >= 1) {
                    year = Integer.valueOf(t);
                } else {
                    refuse(yearField, t, "a year of up to four digits", null);
                }
            }
            int month = 0;
            if (monthField != null) {
                String t = decode(monthField, monthField.raw());
                month = month(t);
                if (month == 0) {
                    refuse(monthField, t, "a month: jan to dec, a month's English name, or 1 to 12", null);
                } else if (year == null && date == null) {
                    notes.note(ConversionNote.Kind.WARNING, "/issued", "field 'month' = '" + Quoting.clip(t)
                            + "' not kept: a month needs a year", monthField.location());
                }
            }
            if (date != null) {
                if ((year != null && year != date.year()) || (month != 0 && month != date.month())) {
                    notes.note(ConversionNote.Kind.WARNING, "/issued", "the fields 'year' and 'month' not kept: "
                            + "they disagree with the field 'date' = '" + date + "', which is read", dateField.location());
                }
                return date;
            }
            if (year == null) {
                return null;
            }
            return month == 0 ? PartialDate.of(year) : PartialDate.of(year, month);
        }

        private static int month(String t) {
            String s = t.strip().toLowerCase(Locale.ROOT);
            if (s.matches("\\d{1,2}")) {
                int m = Integer.parseInt(s);
                return m >= 1 && m <= 12 ? m : 0;
            }
            for (int m = 1; m <= 12; m++) {
                String full = BibParser.monthName(m).toLowerCase(Locale.ROOT);
                if (s.equals(full) || s.equals(full.substring(0, 3)) || s.equals(full.substring(0, 3) + ".")) {
                    return m;
                }
            }
            return 0;
        }

        @Nullable Organization publisher() {
            BibEntry.Field f = null;
            for (String name : List.of("institution", "publisher", "school", "organization")) {
                BibEntry.Field g = take(name);
                if (g == null) {
                    continue;
                }
                if (f == null) {
                    f = g;
                } else {
                    notes.note(ConversionNote.Kind.WARNING, "/publisher", "the field '" + name + "' = '"
                            + Quoting.clip(g.raw()) + "' not kept: the field '" + f.name()
                            + "' gives the issuing organisation", g.location());
                }
            }
            if (f == null) {
                return null;
            }
            List<String> groups = groups(f.raw().strip());
            if (groups.isEmpty()) {
                String name = decode(f, f.raw());
                return name.isEmpty() ? null : Organization.of(name);
            }
            Organization parent = null;
            for (int i = groups.size() - 1; i >= 0; i--) {
                String name = decode(f, groups.get(i));
                if (name.isEmpty()) {
                    continue;
                }
                Matcher m = ACRONYM.matcher(name);
                Organization o = i == groups.size() - 1 && m.matches()
                        ? Organization.of(m.group(1), m.group(2)) : Organization.of(name);
                parent = o.withParent(parent);
            }
            return parent;
        }

        /** The brace groups of a value made only of brace groups joined by commas, or none. */
        private static List<String> groups(String raw) {
            List<String> groups = new ArrayList<>();
            int i = 0;
            while (i < raw.length()) {
                if (raw.charAt(i) != '{') {
                    return List.of();
                }
                int end = BibNames.groupEnd(raw, i);
                if (end < 0) {
                    return List.of();
                }
                groups.add(raw.substring(i + 1, end));
                i = end + 1;
                if (i < raw.length()) {
                    if (!raw.startsWith(", ", i)) {
                        return List.of();
                    }
                    i += 2;
                }
            }
            return groups;
        }

        @Nullable ReportNumber number(@Nullable PartialDate issued) {
            BibEntry.Field numberField = take("number");
            BibEntry.Field typeField = take("type");
            boolean report = entry.type().equals("techreport") || entry.type().equals("report");
            String series = null;
            if (typeField != null) {
                String t = decode(typeField, typeField.raw());
                String genre = t.toLowerCase(Locale.ROOT);
                if (entry.type().equals("report") && (genre.equals("techreport") || genre.equals("resreport"))) {
                    notes.note(ConversionNote.Kind.INFO, "/type", "field 'type' = '" + Quoting.clip(t)
                            + "' read as the kind of report, not as a series", typeField.location());
                } else if (entry.type().equals("report") && GENRES.contains(genre)) {
                    notes.note(ConversionNote.Kind.WARNING, "/type", "the field 'type' = '" + Quoting.clip(t)
                            + "' not kept: the report is read as of type other", typeField.location());
                } else if (!report) {
                    notes.note(ConversionNote.Kind.WARNING, "", "the field 'type' = '" + Quoting.clip(t)
                            + "' not kept: only a report's type names its series", typeField.location());
                } else if (!t.isEmpty()) {
                    series = t;
                }
            }
            if (!report) {
                BibEntry.Field seriesField = numberField == null || entry.type().equals("article") ? null : take("series");
                if (seriesField != null) {
                    String t = decode(seriesField, seriesField.raw());
                    series = t.isEmpty() ? null : t;
                }
            }
            if (numberField == null) {
                if (series != null && typeField != null) {
                    notes.note(ConversionNote.Kind.WARNING, "/number", "the field 'type' = '" + Quoting.clip(series)
                            + "' not kept: a series is kept with a number, and the entry has no field 'number'",
                            typeField.location());
                }
                return null;
            }
            String number = decode(numberField, numberField.raw());
            if (number.isEmpty()) {
                return null;
            }
            if (series == null) {
                if (!report) {
                    notes.note(ConversionNote.Kind.WARNING, "/number", "the field 'number' = '"
                            + Quoting.clip(number) + "' not kept: in a @" + entry.type()
                            + " without a series it is no report number", numberField.location());
                    return null;
                }
                series = DEFAULT_SERIES;
                notes.note(ConversionNote.Kind.INFO, "/number", "the number '" + Quoting.clip(number)
                        + "' read in the series '" + DEFAULT_SERIES + "', BibTeX's label for a report without a type",
                        numberField.location());
            }
            try {
                return ReportNumber.of(series, number, issued == null ? null : issued.year());
            } catch (ReportMetadataException ex) {
                return refuse(numberField, number, "a report number", ex);
            }
        }

        List<String> keywords() {
            BibEntry.Field f = take("keywords");
            List<String> terms = new ArrayList<>();
            if (f == null) {
                return terms;
            }
            String raw = f.raw();
            char separator = topLevel(raw, ',') || !topLevel(raw, ';') ? ',' : ';';
            int depth = 0;
            int start = 0;
            for (int i = 0; i <= raw.length(); i++) {
                char c = i < raw.length() ? raw.charAt(i) : separator;
                if (c == '\\' && i + 1 < raw.length()) {
                    i++;
                } else if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                } else if (c == separator && depth == 0) {
                    String part = raw.substring(start, Math.min(i, raw.length())).strip();
                    if (BibNames.isOneGroup(part) && part.indexOf(separator) >= 0) {
                        part = part.substring(1, part.length() - 1);
                    }
                    String term = decode(f, part);
                    if (!term.isEmpty()) {
                        terms.add(term);
                    }
                    start = i + 1;
                }
            }
            return terms;
        }

        private static boolean topLevel(String raw, char wanted) {
            int depth = 0;
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                } else if (c == wanted && depth == 0) {
                    return true;
                }
            }
            return false;
        }

        <T> @Nullable T value(String name, java.util.function.Function<String, T> parse) {
            BibEntry.Field f = take(name);
            if (f == null) {
                return null;
            }
            String raw = f.raw().strip();
            String t = raw.indexOf('\\') >= 0 || raw.indexOf('{') >= 0 ? decode(f, raw) : raw;
            if (t.isEmpty()) {
                return null;
            }
            try {
                return parse.apply(t);
            } catch (ReportMetadataException ex) {
                return refuse(f, t, "a " + name.toUpperCase(Locale.ROOT).replace("URL", "web address"), ex);
            }
        }

        void identifier(String name, java.util.function.Function<String, Identifier> parse, Report.Builder b) {
            Identifier i = value(name, parse);
            if (i != null) {
                b.identifier(i);
            }
        }

        private <T> @Nullable T refuse(BibEntry.Field f, String value, String expected, @Nullable Exception cause) {
            String problem = "field '" + f.name() + "': expected " + expected + ", but was '" + Quoting.clip(value) + "'";
            if (!lenient) {
                throw cause == null ? new BibValueException(problem, f.location())
                        : new BibValueException(problem + " (" + cause.getMessage() + ")", f.location());
            }
            notes.note(ConversionNote.Kind.WARNING, "", problem + "; not kept", f.location());
            return null;
        }
    }

    /** A value that is no value of its field's type, with the field's location. */
    static final class BibValueException extends ReportMetadataException {
        private static final long serialVersionUID = 1L;

        /** Where the field is. */
        final transient SourceLocation location;

        BibValueException(String problem, SourceLocation location) {
            super(problem);
            this.location = location;
        }
    }
}
