package io.github.reportmeta.dc;

import io.github.reportmeta.Agent;
import io.github.reportmeta.Author;
import io.github.reportmeta.Coverage;
import io.github.reportmeta.Identifier;
import io.github.reportmeta.InvalidValueException;
import io.github.reportmeta.Keyword;
import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.MediaFormat;
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
import io.github.reportmeta.Url;
import io.github.reportmeta.format.ConversionNote;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The mapping between the model and Dublin Core, in both directions, as {@code docs/formats/dublin-core.md}
 * describes it. Simple DC ({@code oai_dc}) uses the 15 elements only; qualified DC ({@code dcterms}) adds
 * refinements and encoding schemes. What a write drops is defined by mapping the statements back and comparing
 * field by field, so that the loss list and the reader can never disagree; {@link DcLosses} finds the same list
 * by one walk of the report and leaves to the map-back only what it cannot tell.
 */
final class DcMapping {

    /** The series form written to {@code dc:relation} / {@code dcterms:isPartOf}: "Research Report; No. 215 (2018)". */
    private static final Pattern SERIES = Pattern.compile("(?<series>.+); No\\. (?<number>\\S+)(?: \\((?<year>\\d{4})\\))?");
    private static final Pattern W3CDTF_START = Pattern.compile("(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)(?:T.*)?");
    private static final Pattern XS_LANGUAGE = Pattern.compile("[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*");
    private static final String TEXT = "Text";
    /** A media type, such as {@code application/pdf} or {@code text/html; charset=UTF-8}. */
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            "[A-Za-z0-9][\\w!#$&^.+-]*/[A-Za-z0-9][\\w!#$&^.+-]*(?:\\s*;.*)?");
    /** A media type and the address of the file, as EUR DSpace writes {@code dc:format}: "application/pdf https://…". */
    private static final Pattern MEDIA_TYPE_AND_FILE = Pattern.compile(
            "(?s)(?<type>[A-Za-z0-9][\\w!#$&^.+-]*/[A-Za-z0-9][\\w!#$&^.+-]*)\\s+(?<address>https?://.+)");
    private static final Pattern PDF = Pattern.compile("(?i).*\\.pdf(?:[?#].*)?");

    /** The DC terms of the dates other than the issued date; accessioned and other dates are plain {@code dc:date}s. */
    private static final Map<ReportDate.Kind, String> DATE_TERMS = Map.of(
            ReportDate.Kind.CREATED, "created",
            ReportDate.Kind.SUBMITTED, "dateSubmitted",
            ReportDate.Kind.ACCEPTED, "dateAccepted",
            ReportDate.Kind.AVAILABLE, "available",
            ReportDate.Kind.MODIFIED, "modified",
            ReportDate.Kind.COPYRIGHTED, "dateCopyrighted");

    private static final Map<RelationType, String> QUALIFIED_RELATIONS = Map.of(
            RelationType.HAS_VERSION, "hasVersion",
            RelationType.IS_VERSION_OF, "isVersionOf",
            RelationType.IS_PART_OF, "isPartOf",
            RelationType.HAS_PART, "hasPart",
            RelationType.REPLACES, "replaces",
            RelationType.IS_REPLACED_BY, "isReplacedBy",
            RelationType.REFERENCES, "references");

    private final boolean qualified;
    private final String formatName;
    /** This mapping's reasons, in the order of {@link #REASONS}, made once: a write gives one per lost field. */
    private final String[] reasons;

    DcMapping(boolean qualified) {
        this.qualified = qualified;
        this.formatName = qualified ? "dcterms" : "oai_dc";
        this.reasons = new String[REASONS.length];
        for (int i = 0; i < REASONS.length; i++) {
            reasons[i] = formatName + REASONS[i][1];
        }
    }

    /** The statements of a report, in a fixed order. */
    List<DcStatement> statements(Report r) {
        List<DcStatement> out = new ArrayList<>(statementCount(r));
        for (int i = 0; i < r.titles().size(); i++) {
            LocalizedText t = r.titles().get(i);
            out.add(qualified && i > 0 ? DcStatement.terms("alternative", t.text(), lang(t.language()), null)
                    : DcStatement.dc("title", t.text(), lang(t.language())));
        }
        for (Author a : r.authors()) {
            if (a.role() == Role.AUTHOR) {
                out.add(DcStatement.dc("creator", agentName(a.agent())));
            }
        }
        for (Keyword k : r.keywords()) {
            out.add(DcStatement.dc("subject", k.term(), lang(k.language())));
        }
        for (LocalizedText t : r.abstracts()) {
            out.add(qualified ? DcStatement.terms("abstract", t.text(), lang(t.language()), null)
                    : DcStatement.dc("description", t.text(), lang(t.language())));
        }
        if (r.publisher() != null) {
            out.add(DcStatement.dc("publisher", organizationName(r.publisher())));
        }
        for (Author a : r.authors()) {
            if (a.role() != Role.AUTHOR) {
                out.add(DcStatement.dc("contributor", agentName(a.agent())));
            }
        }
        if (r.issued() != null) {
            out.add(qualified ? DcStatement.terms("issued", r.issued().toString(), null, "W3CDTF")
                    : DcStatement.dc("date", r.issued().toString()));
        }
        for (ReportDate d : r.dates()) {
            String term = qualified ? DATE_TERMS.get(d.kind()) : null;
            out.add(term != null ? DcStatement.terms(term, d.value(), null, null) : DcStatement.dc("date", d.value()));
        }
        out.add(qualified ? new DcStatement("type", false, TEXT, null, "DCMIType") : DcStatement.dc("type", TEXT));
        out.add(DcStatement.dc("type", r.type().label()));
        if (r.landingPage() != null) {
            out.add(qualified ? new DcStatement("identifier", false, r.landingPage().value(), null, "URI")
                    : DcStatement.dc("identifier", r.landingPage().value()));
        }
        if (r.fullText() != null) {
            out.add(qualified ? new DcStatement("identifier", false, r.fullText().value(), null, "URI")
                    : DcStatement.dc("identifier", r.fullText().value()));
        }
        for (Identifier i : r.identifiers()) {
            out.add(DcStatement.dc("identifier", identifierText(i)));
        }
        if (r.language() != null) {
            String tag = r.language().value();
            out.add(qualified && XS_LANGUAGE.matcher(tag).matches()
                    ? new DcStatement("language", false, tag, null, "RFC4646") : DcStatement.dc("language", tag));
        }
        if (r.number() != null) {
            String series = seriesText(r.number());
            out.add(qualified ? DcStatement.terms("isPartOf", series, null, null) : DcStatement.dc("relation", series));
        }
        for (Relation rel : r.relations()) {
            String term = qualified ? qualifiedRelation(rel.type()) : null;
            out.add(term != null ? DcStatement.terms(term, identifierText(rel.target()), null, null)
                    : DcStatement.dc("relation", identifierText(rel.target())));
        }
        if (r.rights() != null) {
            out.add(DcStatement.dc("rights", r.rights()));
        }
        if (r.license() != null) {
            out.add(qualified ? DcStatement.terms("license", r.license().value(), null, "URI")
                    : DcStatement.dc("rights", r.license().value()));
        }
        for (MediaFormat f : r.formats()) {
            out.add(!qualified || f.kind() == MediaFormat.Kind.MEDIA_TYPE ? DcStatement.dc("format", f.text())
                    : DcStatement.terms(f.kind() == MediaFormat.Kind.EXTENT ? "extent" : "medium", f.text(), null, null));
        }
        for (String source : r.sources()) {
            out.add(DcStatement.dc("source", source));
        }
        for (Coverage c : r.coverage()) {
            out.add(!qualified || c.kind() == Coverage.Kind.UNSPECIFIED ? DcStatement.dc("coverage", c.text())
                    : DcStatement.terms(c.kind() == Coverage.Kind.SPATIAL ? "spatial" : "temporal", c.text(), null, null));
        }
        String citation = citation(out);
        if (citation != null) {
            out.add(qualified ? DcStatement.terms("bibliographicCitation", citation, null, null)
                    : DcStatement.dc("identifier", citation));
        }
        return out;
    }

    /** How many statements {@link #statements} makes of a report, so that their list is made at its size. */
    private static int statementCount(Report r) {
        return r.titles().size() + r.authors().size() + r.keywords().size() + r.abstracts().size()
                + (r.publisher() != null ? 1 : 0) + (r.issued() != null ? 1 : 0) + r.dates().size() + 2
                + (r.landingPage() != null ? 1 : 0) + (r.fullText() != null ? 1 : 0) + r.identifiers().size()
                + (r.language() != null ? 1 : 0) + (r.number() != null ? 1 : 0) + r.relations().size()
                + (r.rights() != null ? 1 : 0) + (r.license() != null ? 1 : 0) + r.formats().size() + r.sources().size()
                + r.coverage().size() + (r.titles().isEmpty() ? 0 : 1);
    }

    /**
     * The citation of a record, made from its statements alone, so that a reader recognises it by making it
     * again: "Creator; Creator. Title. Series; No. N (Y). Publisher, date." The pieces are joined once, at the
     * citation's length.
     */
    @Nullable String citation(List<DcStatement> statements) {
        int creators = 0;
        String title = null;
        String series = null;
        String publisher = null;
        String date = null;
        for (DcStatement s : statements) {
            switch (s.term()) {
                case "creator" -> creators++;
                case "title" -> title = title == null ? s.value() : title;
                case "publisher" -> publisher = publisher == null ? s.value() : publisher;
                case "date", "issued" -> date = date == null ? s.value() : date;
                case "relation", "isPartOf" -> series = series == null && isSeries(s.value()) ? s.value() : series;
                default -> { }
            }
        }
        if (title == null) {
            return null;
        }
        boolean end = publisher != null || date != null;
        String[] pieces = new String[2 * creators + 2 + (series != null ? 3 : 0)
                + (end ? 2 + (publisher != null ? 1 : 0) + (date != null ? 1 : 0) + (publisher != null && date != null ? 1 : 0) : 0)];
        int n = 0;
        if (creators > 0) {
            for (DcStatement s : statements) {
                if (s.term().equals("creator")) {
                    pieces[n++] = s.value();
                    pieces[n++] = "; ";
                }
            }
            pieces[n - 1] = ". ";
        }
        pieces[n++] = title;
        pieces[n++] = ".";
        if (series != null) {
            pieces[n++] = " ";
            pieces[n++] = series;
            pieces[n++] = ".";
        }
        if (end) {
            pieces[n++] = " ";
            if (publisher != null) {
                pieces[n++] = publisher;
            }
            if (publisher != null && date != null) {
                pieces[n++] = ", ";
            }
            if (date != null) {
                pieces[n++] = date;
            }
            pieces[n++] = ".";
        }
        return String.join("", pieces);
    }

    /**
     * Whether a text is in the series form {@code SERIES} matches, walked: text without a line end, then
     * "; No. ", then the number (no white space) and optionally " (" four digits ")", to the end.
     */
    static boolean isSeries(String v) {
        for (int at = v.indexOf("; No. ", 1); at > 0; at = v.indexOf("; No. ", at + 1)) {
            if (DcValues.hasLineEnd(v, 0, at)) {
                return false;
            }
            int start = at + 6;
            int end = start;
            while (end < v.length() && !regexSpace(v.charAt(end))) {
                end++;
            }
            if (end > start && (end == v.length() || year(v, end))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code v} ends at {@code at} with " (" four ASCII digits ")". */
    private static boolean year(String v, int at) {
        if (v.length() != at + 7 || v.charAt(at) != ' ' || v.charAt(at + 1) != '(' || v.charAt(at + 6) != ')') {
            return false;
        }
        for (int i = at + 2; i < at + 6; i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** What {@code \s} matches: {@code [ \t\n\x0B\f\r]}. */
    private static boolean regexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** {@code SERIES} as the pattern it is defined by, for the tests. */
    static boolean isSeriesByPattern(String v) {
        return SERIES.matcher(v).matches();
    }

    /** Reads statements back into a report, as far as Dublin Core allows, saying nothing of what it changes. */
    Report report(ReportId id, List<DcStatement> statements) {
        return report(id, statements, DcNotes.NONE);
    }

    /**
     * Reads statements back into a report, as far as Dublin Core allows: every value either lands in the report
     * or is named in a note, and so is every value that reading changes.
     */
    Report report(ReportId id, List<DcStatement> statements, DcNotes notes) {
        Report.Builder b = Report.builder(id).type(ReportType.OTHER);
        List<LocalizedText> alternatives = new ArrayList<>();
        List<Author> creators = new ArrayList<>();
        List<Author> contributors = new ArrayList<>();
        List<DcStatement> identifiers = new ArrayList<>();
        List<DcStatement> dates = new ArrayList<>();
        DcStatement publisher = null;
        DcStatement language = null;
        DcStatement rights = null;
        DcStatement license = null;
        DcStatement typed = null;
        List<FileLink> files = new ArrayList<>();
        boolean formatted = false;
        String citation = citation(statements);
        for (DcStatement s : statements) {
            String v = s.value().strip();
            if (v.isEmpty()) {
                continue;
            }
            LanguageTag lang = textLanguage(s, notes);
            switch (s.term()) {
                case "title" -> b.title(new LocalizedText(v, lang));
                case "alternative" -> alternatives.add(new LocalizedText(v, lang));
                case "creator" -> creators.add(author(s, v, Role.AUTHOR, notes));
                case "contributor" -> contributors.add(author(s, v, Role.CONTRIBUTOR, notes));
                case "subject" -> b.keyword(new Keyword(v, lang, null));
                case "description", "abstract" -> b.abstractText(new LocalizedText(v, lang));
                case "publisher" -> {
                    if (publisher == null) {
                        b.publisher(organization(v));
                        publisher = s;
                    } else {
                        notes.note(s, ConversionNote.Kind.WARNING, DcNotes.describe(s)
                                + " not kept: the model has one publisher, " + DcNotes.describe(publisher));
                    }
                }
                case "date", "issued", "created", "available", "modified", "dateAccepted", "dateSubmitted",
                        "dateCopyrighted" -> dates.add(s);
                case "format" -> {
                    formatted = true;
                    format(b, s, v, files, notes);
                }
                case "extent" -> b.format(MediaFormat.extent(v));
                case "medium" -> b.format(new MediaFormat(MediaFormat.Kind.MEDIUM, v));
                case "source" -> b.source(v);
                case "coverage" -> b.coverage(new Coverage(Coverage.Kind.UNSPECIFIED, v));
                case "spatial" -> b.coverage(new Coverage(Coverage.Kind.SPATIAL, v));
                case "temporal" -> b.coverage(new Coverage(Coverage.Kind.TEMPORAL, v));
                case "type" -> {
                    ReportType t = reportType(v);
                    if (t != null && typed == null) {
                        b.type(t);
                        typed = s;
                    } else if (v.equalsIgnoreCase(TEXT)) {
                        notes.note(s, ConversionNote.Kind.INFO, DcNotes.describe(s)
                                + " not kept: every report is a text (DCMI type Text)");
                    } else {
                        notes.note(s, ConversionNote.Kind.WARNING, DcNotes.describe(s) + " not kept: "
                                + (t == null ? "it is not a report type the model knows" : "the report is already typed by "
                                + DcNotes.describe(typed)));
                    }
                }
                case "identifier", "bibliographicCitation" -> {
                    if (!v.equals(citation)) {
                        identifiers.add(s);
                    }
                }
                case "language" -> {
                    if (language != null) {
                        notes.note(s, ConversionNote.Kind.WARNING, DcNotes.describe(s)
                                + " not kept: the model has one language, " + DcNotes.describe(language));
                        continue;
                    }
                    DcValues.Language read = DcValues.language(v);
                    if (read.change() != null) {
                        notes.note(s, ConversionNote.Kind.WARNING, DcNotes.describe(s) + (read.tag() == null
                                ? " not kept: " + read.change() : ": " + read.change()));
                    }
                    if (read.tag() != null) {
                        b.language(read.tag());
                        language = s;
                    }
                }
                case "rights", "license" -> {
                    boolean address = Url.isWebAddress(v);
                    if (address && license == null) {
                        b.license(new Url(v));
                        license = s;
                    } else if (!address && rights == null) {
                        b.rights(v);
                        rights = s;
                    } else {
                        notes.note(s, ConversionNote.Kind.WARNING, DcNotes.describe(s) + " not kept: the model has one "
                                + (address ? "licence, " + DcNotes.describe(license) : "rights statement, "
                                + DcNotes.describe(rights)));
                    }
                }
                default -> {
                    if (!relation(b, s.term(), v)) {
                        notes.note(s, ConversionNote.Kind.WARNING, DcNotes.describe(s)
                                + " not kept: the model has no field for it yet");
                    }
                }
            }
        }
        issued(b, dates, notes);
        for (LocalizedText t : alternatives) {
            b.title(t);
        }
        creators.addAll(contributors);
        b.authors(creators);
        boolean landed = false;
        // The full text: a file named beside its media type in dc:format, the PDF first; else a file identifier.
        FileLink full = files.stream().filter(f -> f.mediaType().equalsIgnoreCase("application/pdf")).findFirst()
                .orElse(files.isEmpty() ? null : files.get(0));
        Url fullText = full == null ? null : full.address();
        b.fullText(fullText);
        for (int i = 0; i < identifiers.size(); i++) {
            DcStatement s = identifiers.get(i);
            Identifier ident = identifier(s.value().strip());
            // Qualified DC marks the landing page as a dcterms:URI; simple DC can only put it first.
            boolean candidate = qualified ? s.scheme() != null && s.scheme().endsWith("URI") : i == 0;
            if (!landed && candidate && ident instanceof Url url && !isResolverAddress(url.value())
                    && !DcValues.isFile(url.value())) {
                b.landingPage(url);
                landed = true;
            } else if (fullText == null && ident instanceof Url url && DcValues.isFile(url.value())
                    && (formatted || PDF.matcher(url.value()).matches())) {
                b.fullText(url);
                fullText = url;
            } else {
                b.identifier(ident);
            }
        }
        for (FileLink f : files) {
            if (f != full) {
                b.identifier(f.address());
            }
        }
        return b.build();
    }

    /**
     * Reads the dates: the issued date is {@code dcterms:issued} before {@code dc:date}, and among them a plain
     * date ({@code 2007}, {@code 2007-03}, {@code 2007-03-21}) before a date-time, whose time is dropped with a
     * note; every other W3CDTF date is kept with the kind its term says ({@code other} for a {@code dc:date},
     * except DSpace's timestamps before a plain date of issue: accessioned, then available); the rest is noted.
     */
    private static void issued(Report.Builder b, List<DcStatement> dates, DcNotes notes) {
        DcStatement chosen = null;
        for (boolean plain : new boolean[] {true, false}) {
            for (String term : List.of("issued", "date")) {
                for (DcStatement s : dates) {
                    String v = s.value().strip();
                    if (chosen == null && s.term().equals(term) && DcValues.PLAIN_DATE.matcher(v).matches() == plain
                            && date(v) != null) {
                        chosen = s;
                    }
                }
            }
        }
        int before = chosen == null || !DcValues.PLAIN_DATE.matcher(chosen.value().strip()).matches() ? -1
                : dates.indexOf(chosen);
        int stamps = 0;
        for (int i = 0; i < dates.size(); i++) {
            DcStatement s = dates.get(i);
            String v = s.value().strip();
            if (s != chosen && ReportDate.isW3cdtf(v)) {
                ReportDate.Kind kind = dateKind(s.term());
                // DSpace sends its accession and availability timestamps as dc:date before the date of issue.
                if (kind == ReportDate.Kind.OTHER && s.term().equals("date") && i < before && v.indexOf('T') > 0) {
                    kind = stamps == 0 ? ReportDate.Kind.ACCESSIONED : stamps == 1 ? ReportDate.Kind.AVAILABLE : kind;
                    stamps++;
                }
                b.date(ReportDate.of(kind, v));
            } else if (s == chosen) {
                PartialDate d = date(v);
                b.issued(d);
                if (d != null && !d.toString().equals(v)) {
                    notes.note(s, ConversionNote.Kind.WARNING, DcNotes.describe(s) + ": read as the issued date " + d
                            + ", its time dropped");
                }
            } else {
                notes.note(s, ConversionNote.Kind.WARNING, DcNotes.describe(s) + " not kept: not a W3CDTF date");
            }
        }
    }

    /** The kind of a date from its DC term: {@code dcterms:created} is created, a further {@code dc:date} other. */
    private static ReportDate.Kind dateKind(String term) {
        for (Map.Entry<ReportDate.Kind, String> e : DATE_TERMS.entrySet()) {
            if (e.getValue().equals(term)) {
                return e.getKey();
            }
        }
        return ReportDate.Kind.OTHER;
    }

    /** A file of the record, named in {@code dc:format} beside its media type. */
    private record FileLink(String mediaType, Url address) {}

    /**
     * A {@code dc:format}: a media type, an extent (it has a digit: "48 pages", "913361 bytes") or a medium
     * ("photograph", "VHS"); a media type followed by the address of the file gives the file too.
     */
    private static void format(Report.Builder b, DcStatement s, String v, List<FileLink> files, DcNotes notes) {
        Matcher m = MEDIA_TYPE_AND_FILE.matcher(v);
        if (!m.matches()) {
            b.format(new MediaFormat(formatKind(v), v));
            return;
        }
        String type = m.group("type");
        b.format(MediaFormat.mediaType(type));
        String written = m.group("address").strip();
        String address = written.replace(" ", "%20");
        if (Url.isWebAddress(address)) {
            files.add(new FileLink(type, new Url(address)));
            if (!address.equals(written)) {
                notes.note(s, ConversionNote.Kind.WARNING, DcNotes.describe(s) + ": the spaces of the address '"
                        + DcNotes.quote(written) + "' written as %20");
            }
        } else {
            notes.note(s, ConversionNote.Kind.WARNING, DcNotes.describe(s) + ": the address '" + DcNotes.quote(written)
                    + "' not kept: not a web address");
        }
    }

    /** What a {@code dc:format} text says: a media type, an extent (it has a digit) or a medium. */
    static MediaFormat.Kind formatKind(String v) {
        if (isMediaType(v)) {
            return MediaFormat.Kind.MEDIA_TYPE;
        }
        for (int i = 0; i < v.length(); i++) {
            if (Character.isDigit(v.charAt(i))) {
                return MediaFormat.Kind.EXTENT;
            }
        }
        return MediaFormat.Kind.MEDIUM;
    }

    /**
     * {@code MEDIA_TYPE}, walked: a letter or digit, token characters, a slash, a letter or digit, token
     * characters, then the end or white space and a semicolon with parameters (no line end after it).
     */
    static boolean isMediaType(String v) {
        int n = v.length();
        int i = 0;
        for (int part = 0; part < 2; part++) {
            if (i >= n || !alphanumeric(v.charAt(i))) {
                return false;
            }
            i++;
            while (i < n && tokenChar(v.charAt(i))) {
                i++;
            }
            if (part == 0) {
                if (i >= n || v.charAt(i) != '/') {
                    return false;
                }
                i++;
            }
        }
        if (i == n) {
            return true;
        }
        while (i < n && " \t\n\u000B\f\r".indexOf(v.charAt(i)) >= 0) {
            i++;
        }
        return i < n && v.charAt(i) == ';' && !DcValues.hasLineEnd(v, i + 1, n);
    }

    private static boolean alphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean tokenChar(char c) {
        return alphanumeric(c) || c == '_' || "!#$&^.+-".indexOf(c) >= 0;
    }

    /** {@code MEDIA_TYPE} as the pattern it is defined by, for the tests. */
    static boolean isMediaTypeByPattern(String v) {
        return MEDIA_TYPE.matcher(v).matches();
    }

    /**
     * A creator or contributor: life dates after the name are noted and dropped; an organisation is recognised by
     * its name (a contributor that says it is a team is a research team); anyone else is a person.
     */
    private static Author author(DcStatement s, String v, Role role, DcNotes notes) {
        DcValues.Name name = DcValues.withoutLifeDates(v);
        if (name.lifeDates() != null) {
            notes.note(s, ConversionNote.Kind.WARNING, DcNotes.describe(s) + ": the life dates '"
                    + DcNotes.quote(name.lifeDates()) + "' not kept, the model has no field for them");
        }
        return author(name, role);
    }

    /** A creator's or contributor's text as {@link #report} reads it, without its notes. */
    static Author author(String v, Role role) {
        return author(DcValues.withoutLifeDates(v), role);
    }

    private static Author author(DcValues.Name name, Role role) {
        if (role == Role.CONTRIBUTOR && DcValues.isTeam(name.name())) {
            return new Author(organization(name.name()), Role.RESEARCH_TEAM);
        }
        if (DcValues.isOrganisation(name.name())) {
            return new Author(organization(name.name()), role);
        }
        return new Author(DcValues.person(name.name()), role);
    }

    /** The language of a text from its {@code xml:lang}, read like {@code dc:language} and noted when changed or dropped. */
    private static @Nullable LanguageTag textLanguage(DcStatement s, DcNotes notes) {
        if (s.language() == null || s.language().isBlank()) {
            return null;
        }
        DcValues.Language read = DcValues.language(s.language());
        if (read.change() != null) {
            notes.note(s, ConversionNote.Kind.WARNING, DcNotes.describe(s) + ": xml:lang '" + DcNotes.quote(s.language())
                    + (read.tag() == null ? "' not kept: " : "': ") + read.change());
        }
        return read.tag();
    }

    /** DCMI terms has no translation relation; a translation is written as the version it is (and reported). */
    static @Nullable String qualifiedRelation(RelationType type) {
        return switch (type) {
            case HAS_TRANSLATION -> "hasVersion";
            case IS_TRANSLATION_OF -> "isVersionOf";
            default -> QUALIFIED_RELATIONS.get(type);
        };
    }

    /** Reads a relation or the report number; false when the term is no relation. */
    private static boolean relation(Report.Builder b, String term, String v) {
        Matcher m = SERIES.matcher(v);
        if ((term.equals("relation") || term.equals("isPartOf")) && m.matches()) {
            String year = m.group("year");
            b.number(ReportNumber.of(m.group("series"), m.group("number"), year == null ? null : Integer.valueOf(year)));
            return true;
        }
        if (term.equals("relation") || QUALIFIED_RELATIONS.containsValue(term)) {
            b.relation(new Relation(relationType(term), identifier(v)));
            return true;
        }
        return false;
    }

    /** The relation type a term reads as: its DCMI relation, {@code references} for {@code dc:relation}. */
    static RelationType relationType(String term) {
        RelationType type = RelationType.REFERENCES;
        for (Map.Entry<RelationType, String> e : QUALIFIED_RELATIONS.entrySet()) {
            if (e.getValue().equals(term)) {
                type = e.getKey();
            }
        }
        return type;
    }

    /** Whether qualified DC has a term of its own for dates of this kind. */
    static boolean hasDateTerm(ReportDate.Kind kind) {
        return DATE_TERMS.containsKey(kind);
    }

    /** Whether an address ends in {@code .pdf}, which makes a file identifier the full text without a dc:format. */
    static boolean isPdf(String url) {
        return PDF.matcher(url).matches();
    }

    /**
     * The fields a write drops, named by their JSON Pointers: the fields whose statements read back differently,
     * found by a walk of the report ({@link DcLosses}) or, for what the walk cannot tell, by mapping back; the id
     * is always lost, as DC has no element for it.
     */
    List<String> lostFields(Report r, List<DcStatement> statements) {
        List<String> lost = DcLosses.of(qualified, r, statements);
        return lost != null ? lost : lostFieldsByMappingBack(r, statements);
    }

    /**
     * The fields a write drops, by definition: the report is mapped to statements and back, and every field that
     * differs is a loss; the id is always lost.
     */
    List<String> lostFieldsByMappingBack(Report r, List<DcStatement> statements) {
        Report back = report(r.id(), statements);
        List<String> lost = new ArrayList<>();
        lost.add("/id");
        diff(r, back, "", lost);
        return lost;
    }

    /** The fields whose loss has a reason of its own, as {@link #withoutIndexes} names them, and their reasons. */
    private static final String[][] REASONS = {
        {"id", " has no element for the report id; OAI-PMH readers take the header identifier"},
        {"metrics", " has no element for usage counts"},
        {"authors/agent/orcid", " has no element for ORCID iDs"},
        {"authors/agent/affiliations", " has no element for affiliations"},
        {"authors/agent/name/order", " writes names as \"Family, Given\" and loses the name order"},
        {"authors/agent/name/original", " has no place for a name in its original script"},
        {"keywords/vocabulary", " has no element for the vocabulary of a keyword"},
        {"relations/type", " cannot say this kind of relation"},
        {"dates/kind", " has no element for this kind of date; it reads back as another kind"},
        {"formats/kind", " writes media types, extents and media alike in dc:format; the kind is read back from the text"},
        {"coverage/kind", " writes places and periods alike in dc:coverage"},
    };

    /** The {@code hashCode} of each field of {@link #REASONS}. */
    private static final int[] REASON_HASHES = reasonHashes();

    private static int[] reasonHashes() {
        int[] hashes = new int[REASONS.length];
        for (int i = 0; i < REASONS.length; i++) {
            hashes[i] = REASONS[i][0].hashCode();
        }
        return hashes;
    }

    /** Why a field is lost: the reason of its kind of field, or that the format cannot carry it. */
    String reason(String pointer) {
        int hash = fieldHash(pointer);
        for (int i = 0; i < REASONS.length; i++) {
            if (REASON_HASHES[i] == hash && isField(pointer, REASONS[i][0])) {
                return reasons[i];
            }
        }
        return formatName + " cannot carry " + pointer + " as it is (see docs/formats/dublin-core.md)";
    }

    /** The {@code hashCode} of {@link #withoutIndexes} of the pointer, found without making it. */
    static int fieldHash(String pointer) {
        int hash = 0;
        boolean empty = true;
        int i = 0;
        while (i < pointer.length()) {
            int end = segmentEnd(pointer, i);
            if (!isIndex(pointer, i, end)) {
                if (!empty) {
                    hash = 31 * hash + '/';
                }
                for (int k = i + 1; k < end; k++) {
                    hash = 31 * hash + pointer.charAt(k);
                    empty = false;
                }
            }
            i = end;
        }
        return hash;
    }

    /** Whether {@link #withoutIndexes} of the pointer is the field, found without making it. */
    static boolean isField(String pointer, String field) {
        int at = 0;
        int i = 0;
        while (i < pointer.length()) {
            int end = segmentEnd(pointer, i);
            if (!isIndex(pointer, i, end)) {
                if (at > 0) {
                    if (at >= field.length() || field.charAt(at) != '/') {
                        return false;
                    }
                    at++;
                }
                if (at + end - i - 1 > field.length()) {
                    return false;
                }
                for (int k = i + 1; k < end; k++) {
                    if (field.charAt(at++) != pointer.charAt(k)) {
                        return false;
                    }
                }
            }
            i = end;
        }
        return at == field.length();
    }

    /** The end of the pointer's segment whose '/' is at {@code start}: the next '/', or the pointer's end. */
    private static int segmentEnd(String pointer, int start) {
        int end = pointer.indexOf('/', start + 1);
        return end < 0 ? pointer.length() : end;
    }

    /** Whether the segment after the '/' at {@code start}, up to {@code end}, is a list index: digits, at least one. */
    private static boolean isIndex(String pointer, int start, int end) {
        for (int k = start + 1; k < end; k++) {
            char c = pointer.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return end > start + 1;
    }

    /** The pointer without its list indexes and without the leading slash: {@code /authors/0/role} gives {@code authors/role}. */
    static String withoutIndexes(String pointer) {
        StringBuilder field = new StringBuilder(pointer.length());
        int i = 0;
        while (i < pointer.length()) {
            int end = segmentEnd(pointer, i);
            if (!isIndex(pointer, i, end)) {
                if (field.length() > 0) {
                    field.append('/');
                }
                field.append(pointer, i + 1, end);
            }
            i = end;
        }
        return field.toString();
    }

    /** Each record class's components and accessors, looked up once: reflection per report is what made this slow. */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            return components == null ? new RecordComponent[0] : components;
        }
    };

    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = COMPONENTS.get(type);
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
            }
            return accessors;
        }
    };

    static void diff(@Nullable Object a, @Nullable Object b, String pointer, List<String> lost) {
        if (Objects.equals(a, b)) {
            return;
        }
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            if (la.size() == lb.size()) {
                for (int i = 0; i < la.size(); i++) {
                    diff(la.get(i), lb.get(i), pointer + "/" + i, lost);
                }
                return;
            }
            lost.add(pointer);
            return;
        }
        if (a instanceof Record ra && b != null && a.getClass() == b.getClass() && !(a instanceof PartialDate)) {
            RecordComponent[] components = COMPONENTS.get(ra.getClass());
            if (components.length > 1) {
                Method[] accessors = ACCESSORS.get(ra.getClass());
                for (int i = 0; i < components.length; i++) {
                    diff(component(accessors[i], a), component(accessors[i], b), pointer + "/" + components[i].getName(), lost);
                }
                return;
            }
        }
        lost.add(pointer.isEmpty() ? "/" : pointer);
    }

    private static @Nullable Object component(Method accessor, Object record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor.getName() + " of " + record.getClass().getName(), e);
        }
    }

    static String agentName(Agent agent) {
        if (agent instanceof Person p) {
            return invertedName(p.name());
        }
        return organizationName((Organization) agent);
    }

    /**
     * {@link PersonName#invertedName()}, in one concatenation: "Long, Haibo", "Beethoven, Ludwig van",
     * "King, Martin Luther, Jr.".
     */
    static String invertedName(PersonName name) {
        if (name.literal() != null) {
            return name.literal();
        }
        String family = name.family() == null ? "" : name.family();
        String given = name.given() == null ? "" : name.given();
        String particle = name.particle() == null ? "" : name.particle();
        String rest = given.isEmpty() ? particle : particle.isEmpty() ? given : given + " " + particle;
        String inverted = rest.isEmpty() ? family : family.isEmpty() ? rest : family + ", " + rest;
        return name.suffix() == null ? inverted : inverted + ", " + name.suffix();
    }

    /** An organisation from the largest unit to the smallest, separated by ". ". */
    static String organizationName(Organization o) {
        if (o.parent() == null) {
            return o.name();
        }
        int levels = 0;
        for (Organization level = o; level != null; level = level.parent()) {
            levels++;
        }
        String[] names = new String[levels];
        for (Organization level = o; level != null; level = level.parent()) {
            names[--levels] = level.name();
        }
        return String.join(". ", names);
    }

    static String seriesText(ReportNumber n) {
        return n.series() + "; No. " + n.number() + (n.year() == null ? "" : " (" + n.year() + ")");
    }

    static String identifierText(Identifier i) {
        return switch (i.scheme()) {
            case DOI -> "https://doi.org/" + i.value();
            case HANDLE -> "https://hdl.handle.net/" + i.value();
            case ISBN -> "ISBN " + i.value();
            case ISSN -> "ISSN " + i.value();
            default -> i.value();
        };
    }

    /** The addresses of the DOI and Handle resolvers, in lower case. */
    private static final List<String> RESOLVERS = List.of("https://doi.org/", "http://doi.org/", "https://dx.doi.org/",
            "http://dx.doi.org/", "https://hdl.handle.net/", "http://hdl.handle.net/");

    /**
     * Whether an address is a DOI or Handle resolver's, in any case. ASCII letters are compared in either case:
     * of what is not ASCII, lower case makes ASCII only of U+0130 (followed by U+0307) and of the Kelvin sign,
     * neither of which can complete these prefixes.
     */
    static boolean isResolverAddress(String url) {
        for (String resolver : RESOLVERS) {
            if (url.length() >= resolver.length() && DcValues.asciiIgnoreCase(url, 0, resolver)) {
                return true;
            }
        }
        return false;
    }

    /** {@link #isResolverAddress} by lower-casing the address, for the tests. */
    static boolean isResolverAddressByLowerCase(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return RESOLVERS.stream().anyMatch(lower::startsWith);
    }

    static Identifier identifier(String v) {
        return DcValues.identifier(v);
    }

    static Organization organization(String v) {
        return DcValues.organization(v);
    }

    static @Nullable PartialDate date(String v) {
        Matcher m = W3CDTF_START.matcher(v);
        if (!m.matches()) {
            return null;
        }
        try {
            return PartialDate.parse(m.group(1));
        } catch (InvalidValueException e) {
            return null;
        }
    }

    static @Nullable ReportType reportType(String v) {
        for (ReportType t : ReportType.values()) {
            if (t.label().equalsIgnoreCase(v)) {
                return t;
            }
        }
        return null;
    }

    private static @Nullable String lang(@Nullable LanguageTag t) {
        return t == null ? null : t.value();
    }
}
