package io.github.reportmeta.citation.ris;

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
import io.github.reportmeta.Person;
import io.github.reportmeta.PersonName;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportId;
import io.github.reportmeta.ReportMetadataException;
import io.github.reportmeta.ReportNumber;
import io.github.reportmeta.ReportType;
import io.github.reportmeta.Role;
import io.github.reportmeta.Url;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.internal.messages.Quoting;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one table between the model and RIS, both ways: which tag each component is written to, which tags each
 * component is read from, and why a component a write cannot keep is lost. {@code docs/formats/citation.md} prints
 * this table; {@code RisMappingTableTest} checks the two agree.
 */
final class RisMapping {

    /** Where reading says what it changed or dropped: one call per field. */
    @FunctionalInterface
    interface Notes {
        /** Notes that go nowhere, for reading a report's own record back when a write counts its losses. */
        Notes NONE = (line, kind, pointer, message) -> { };

        /**
         * Says what happened to one field.
         *
         * @param line the field as read
         * @param kind {@link ConversionNote.Kind#WARNING} when its value was dropped or changed,
         *     {@link ConversionNote.Kind#INFO} when it was kept in another place
         * @param pointer the model component concerned, or the empty string
         * @param message the message, naming the tag and quoting the value
         */
        void note(RisLine line, ConversionNote.Kind kind, String pointer, String message);
    }

    /** A field to write: a tag and its value. */
    record Field(String tag, String value) {}

    /** A component of the report, how a write keeps it, and why it may not come back as it was. */
    record Component(String name, Function<Report, Object> value, String tags, String loss) {}

    /** Every component of {@link Report}, in the record's order. */
    static final List<Component> COMPONENTS = List.of(
            new Component("id", Report::id, "ID",
                    "RIS ID keeps the id; surrounding white space and line breaks do not come back"),
            new Component("titles", Report::titles, "TI, TT",
                    "RIS has one language per record (LA): a title in another language, or a title without a"
                            + " language in a record that has one, comes back in the record's language; TT titles"
                            + " after the first"),
            new Component("number", Report::number, "SN (number), T2 (series)",
                    "RIS keeps the series (T2) and the number (SN); the written form comes back as 'No.' and the"
                            + " number, and the numbering year as the year of PY"),
            new Component("issued", Report::issued, "PY, DA", "never lost: PY holds the year, DA the month and day"),
            new Component("dates", Report::dates, "",
                    "RIS has no tag for created, submitted, accepted, available, modified or copyright dates"),
            new Component("authors", Report::authors, "AU, A2, A3, A4",
                    "RIS names are 'Family, Given, Suffix' or a literal name: the name order, the particle, the"
                            + " original script, ORCID iDs and affiliations are lost; a literal or family-only"
                            + " person name comes back as an organisation; roles other than author, research team,"
                            + " editor, contributor and translator come back as contributor"),
            new Component("publisher", Report::publisher, "PB",
                    "RIS PB holds one name: the organisation and its parents are written unit first, joined by"
                            + " ', ', and come back as one organisation of that name, without acronym, ROR or ISNI"),
            new Component("abstracts", Report::abstracts, "AB",
                    "RIS has one language per record (LA): an abstract in another language comes back in the"
                            + " record's language"),
            new Component("keywords", Report::keywords, "KW",
                    "RIS keywords have no language of their own and no vocabulary: they come back in the"
                            + " record's language (LA)"),
            new Component("language", Report::language, "LA",
                    "an ISO 639-2 code such as 'eng' comes back as its two-letter tag, as every LA value is read"),
            new Component("type", Report::type, "TY, M3",
                    "never lost: TY holds the kind of record, M3 the name of the report type"),
            new Component("identifiers", Report::identifiers, "DO, UR",
                    "RIS keeps DOIs (DO) and web addresses (UR after the landing page); ISBN, ISSN, Handle, URN"
                            + " and local identifiers have no tag in a report record"),
            new Component("landingPage", Report::landingPage, "UR",
                    "RIS UR is a list of addresses: without a landing page, the first web address identifier"
                            + " comes back as the landing page"),
            new Component("fullText", Report::fullText, "L1", "never lost: L1 holds the address of the full text"),
            new Component("rights", Report::rights, "", "RIS has no tag for rights"),
            new Component("license", Report::license, "", "RIS has no tag for a licence"),
            new Component("formats", Report::formats, "", "RIS has no tag for media types and extents"),
            new Component("sources", Report::sources, "", "RIS has no tag for sources"),
            new Component("coverage", Report::coverage, "", "RIS has no tag for coverage"),
            new Component("relations", Report::relations, "", "RIS has no tag for related reports"),
            new Component("metrics", Report::metrics, "", "RIS has no tag for counters such as views"));

    /** What the tags this reader does not keep mean, for the notes that name them. */
    private static final Map<String, String> DROPPED = dropped();

    /** The series a report number takes when the record gives none (no T2 or T3). */
    static final String DEFAULT_SERIES = "Report";

    private static final Pattern BCP47 = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern SMALL_NUMBER = Pattern.compile("\\d{1,2}");
    private static final Map<String, String> LANGUAGE_NAMES = languageNames();

    private RisMapping() {}

    private static Map<String, String> dropped() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("AD", "author address");
        m.put("AN", "accession number");
        m.put("AV", "availability");
        m.put("BT", "book title");
        m.put("C1", "custom field 1");
        m.put("C2", "custom field 2");
        m.put("C3", "custom field 3");
        m.put("C4", "custom field 4");
        m.put("C5", "custom field 5");
        m.put("C6", "custom field 6");
        m.put("C7", "custom field 7");
        m.put("C8", "custom field 8");
        m.put("CA", "caption");
        m.put("CN", "call number");
        m.put("CY", "place of publication");
        m.put("DB", "name of database");
        m.put("DP", "database provider");
        m.put("EP", "end page");
        m.put("ET", "edition");
        m.put("IS", "issue");
        m.put("J1", "periodical name");
        m.put("J2", "abbreviated title");
        m.put("JA", "abbreviated journal title");
        m.put("JF", "journal title");
        m.put("JO", "journal title");
        m.put("L3", "related records");
        m.put("L4", "image or other attachment");
        m.put("LB", "label");
        m.put("M2", "miscellaneous 2");
        m.put("N1", "notes");
        m.put("NV", "number of volumes");
        m.put("OP", "original publication");
        m.put("RI", "reviewed item");
        m.put("RN", "research notes");
        m.put("RP", "reprint edition");
        m.put("SE", "section");
        m.put("SP", "pages");
        m.put("ST", "short title");
        m.put("TA", "translated author");
        m.put("U1", "user field 1");
        m.put("U2", "user field 2");
        m.put("U3", "user field 3");
        m.put("U4", "user field 4");
        m.put("U5", "user field 5");
        m.put("Y2", "access date");
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, String> languageNames() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String code : Locale.getISOLanguages()) {
            Locale l = Locale.forLanguageTag(code);
            m.putIfAbsent(l.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
            try {
                m.putIfAbsent(l.getISO3Language(), code);
            } catch (java.util.MissingResourceException e) {
                // A language without a three-letter code is found by its name and two-letter code only.
                continue;
            }
        }
        return Collections.unmodifiableMap(m);
    }

    // ------------------------------------------------------------------ writing

    /**
     * The RIS type of a report type.
     *
     * @param type the report's type
     * @return the {@code TY} value
     */
    static String risType(ReportType type) {
        return switch (type) {
            case RESEARCH_REPORT, TECHNICAL_REPORT, WORKING_PAPER, POLICY_BRIEF, DISCUSSION_PAPER -> "RPRT";
            case CONFERENCE_PAPER -> "CPAPER";
            case BOOK -> "BOOK";
            case ARTICLE -> "JOUR";
            case OTHER -> "GEN";
        };
    }

    /**
     * The fields a report is written as, {@code TY} first and {@code ER} last.
     *
     * @param r the report
     * @return the fields
     */
    static List<Field> fields(Report r) {
        List<Field> out = new ArrayList<>();
        String ty = risType(r.type());
        out.add(new Field("TY", ty));
        out.add(new Field("ID", r.id().value()));
        for (int i = 0; i < r.titles().size(); i++) {
            out.add(new Field(i == 0 ? "TI" : "TT", r.titles().get(i).text()));
        }
        for (Author a : r.authors()) {
            out.add(new Field(authorTag(a.role()), name(a.agent())));
        }
        if (r.issued() != null) {
            PartialDate d = r.issued();
            out.add(new Field("PY", String.format(Locale.ROOT, "%04d", d.year())));
            if (d.precision() != PartialDate.Precision.YEAR) {
                out.add(new Field("DA", String.format(Locale.ROOT, "%04d/%02d/%s/", d.year(), d.month(),
                        d.precision() == PartialDate.Precision.DAY ? String.format(Locale.ROOT, "%02d", d.day()) : "")));
            }
        }
        for (LocalizedText t : r.abstracts()) {
            out.add(new Field("AB", t.text()));
        }
        for (Keyword k : r.keywords()) {
            out.add(new Field("KW", k.term()));
        }
        if (r.publisher() != null) {
            List<Organization> chain = new ArrayList<>(r.publisher().hierarchy());
            Collections.reverse(chain);
            out.add(new Field("PB", String.join(", ", chain.stream().map(Organization::name).toList())));
        }
        if (r.number() != null) {
            out.add(new Field("T2", r.number().series()));
            out.add(new Field("SN", r.number().number()));
        }
        if ("RPRT".equals(ty) && r.type() != ReportType.RESEARCH_REPORT) {
            out.add(new Field("M3", r.type().label()));
        }
        if (r.language() != null) {
            out.add(new Field("LA", r.language().value()));
        }
        for (Identifier id : r.identifiers()) {
            if (id instanceof Doi doi) {
                out.add(new Field("DO", doi.value()));
            }
        }
        if (r.landingPage() != null) {
            out.add(new Field("UR", r.landingPage().value()));
        }
        for (Identifier id : r.identifiers()) {
            if (id instanceof Url url) {
                out.add(new Field("UR", url.value()));
            }
        }
        if (r.fullText() != null) {
            out.add(new Field("L1", r.fullText().value()));
        }
        out.add(new Field("ER", ""));
        return out;
    }

    private static String authorTag(Role role) {
        return switch (role) {
            case AUTHOR, RESEARCH_TEAM -> "AU";
            case EDITOR -> "A2";
            case TRANSLATOR -> "A4";
            case CONTRIBUTOR, SUPERVISOR, REVIEWER -> "A3";
        };
    }

    /** A name as RIS writes it: "Family, Given, Suffix" for a person, the name for an organisation. */
    private static String name(Agent agent) {
        if (agent instanceof Organization o) {
            // A comma would make the name a person's; a trailing comma keeps it one name, as EndNote writes it.
            return o.name().contains(",") ? o.name() + "," : o.name();
        }
        PersonName n = ((Person) agent).name();
        if (n.literal() != null) {
            return n.literal();
        }
        String family = n.particle() == null ? Objects.toString(n.family(), "")
                : n.family() == null ? n.particle() : n.particle() + " " + n.family();
        StringBuilder b = new StringBuilder(family);
        b.append(", ").append(Objects.toString(n.given(), ""));
        if (n.suffix() != null) {
            b.append(", ").append(n.suffix());
        }
        return b.toString();
    }

    // ------------------------------------------------------------------ reading

    /**
     * Reads a record into a report; every field the model cannot hold is noted.
     *
     * @param fields the record's fields, {@code TY} first
     * @param fallbackId the id when the record has no {@code ID}
     * @param notes where dropped and changed values go
     * @return the report
     */
    static Report report(List<RisLine> fields, ReportId fallbackId, Notes notes) {
        RisLine tyLine = fields.get(0);
        String ty = tyLine.value();
        ReportId id = fallbackId;
        LanguageTag language = null;
        for (RisLine f : fields) {
            if (f.tag().equals("ID") && !f.value().isEmpty() && id == fallbackId) {
                id = new ReportId(f.value());
            } else if (f.tag().equals("LA") && !f.value().isEmpty() && language == null) {
                language = language(f.value());
            }
        }
        Report.Builder b = Report.builder(id);
        boolean report = ty.equals("RPRT");
        ReportType type = type(ty);
        if (type == null) {
            notes.note(tyLine, ConversionNote.Kind.WARNING, "/type",
                    "TY '" + Quoting.clip(ty) + "' has no report type of its own: read as " + ReportType.OTHER.label());
            type = ReportType.OTHER;
        }
        PartialDate py = null;
        PartialDate da = null;
        RisLine daLine = null;
        String series = null;
        RisLine seriesLine = null;
        String number = null;
        RisLine numberLine = null;
        List<RisLine> fallbackNumbers = new ArrayList<>();
        List<RisLine> secondaryTitles = new ArrayList<>();
        List<RisLine> seriesLines = new ArrayList<>();
        boolean idSeen = false;
        boolean languageSeen = false;
        boolean publisherSeen = false;
        boolean fullTextSeen = false;
        Addresses addresses = new Addresses();
        for (RisLine f : fields.subList(1, fields.size())) {
            String v = f.value();
            if (v.isEmpty() || f.tag().equals("ER")) {
                if (f.tag().equals("ER") && !v.isEmpty()) {
                    notes.note(f, ConversionNote.Kind.WARNING, "", "ER carries no value, but has '"
                            + Quoting.clip(v) + "': dropped");
                }
                continue;
            }
            switch (f.tag()) {
                case "ID" -> {
                    if (idSeen) {
                        notes.note(f, ConversionNote.Kind.WARNING, "/id", "a second " + f.describe() + ": dropped");
                    }
                    idSeen = true;
                }
                case "LA" -> {
                    if (languageSeen || language == null) {
                        notes.note(f, ConversionNote.Kind.WARNING, "/language", (languageSeen ? "a second " : "")
                                + f.describe() + " is not a language tag or name: dropped");
                    } else {
                        b.language(language);
                        if (!language.value().equals(v)) {
                            notes.note(f, ConversionNote.Kind.INFO, "/language",
                                    f.describe() + " read as the language tag " + language.value());
                        }
                    }
                    languageSeen = true;
                }
                case "TI", "T1", "TT", "CT", "BT" -> {
                    if (f.tag().equals("BT") && !ty.equals("BOOK")) {
                        secondaryTitles.add(f);
                    } else {
                        b.title(new LocalizedText(v, language));
                    }
                }
                case "AU", "A1" -> b.author(author(v, Role.AUTHOR));
                case "A2", "ED" -> b.author(author(v, Role.EDITOR));
                case "A3" -> b.author(author(v, Role.CONTRIBUTOR));
                case "A4" -> b.author(author(v, Role.TRANSLATOR));
                case "PY", "Y1" -> {
                    PartialDate d = date(f, notes);
                    if (d != null && py == null) {
                        py = d;
                    } else if (d != null) {
                        notes.note(f, ConversionNote.Kind.WARNING, "/issued", "a second " + f.describe() + ": dropped");
                    }
                }
                case "DA" -> {
                    PartialDate d = date(f, notes);
                    if (d != null && da == null) {
                        da = d;
                        daLine = f;
                    } else if (d != null) {
                        notes.note(f, ConversionNote.Kind.WARNING, "/issued", "a second " + f.describe() + ": dropped");
                    }
                }
                case "AB", "N2" -> b.abstractText(new LocalizedText(v, language));
                case "KW" -> b.keyword(new Keyword(v, language, null));
                case "PB" -> {
                    if (!publisherSeen) {
                        publisherSeen = true;
                        b.publisher(Organization.of(v));
                    } else {
                        notes.note(f, ConversionNote.Kind.WARNING, "/publisher",
                                "a second publisher " + f.describe() + ": dropped");
                    }
                }
                case "T2", "T3" -> {
                    if (f.tag().equals("T2") && !report) {
                        secondaryTitles.add(f);
                    } else {
                        seriesLines.add(f);
                    }
                }
                case "SN" -> {
                    if (report && number == null) {
                        number = v;
                        numberLine = f;
                    } else if (!report) {
                        standardNumber(f, b, notes);
                    } else {
                        notes.note(f, ConversionNote.Kind.WARNING, "/number", "a second report number "
                                + f.describe() + ": dropped");
                    }
                }
                case "VL", "M1" -> {
                    if (report) {
                        fallbackNumbers.add(f);
                    } else {
                        dropped(f, notes);
                    }
                }
                case "M3" -> {
                    ReportType labelled = typeLabelled(v);
                    if (labelled != null) {
                        type = labelled;
                    } else {
                        dropped(f, notes);
                    }
                }
                case "DO" -> {
                    try {
                        b.identifier(Doi.parse(v));
                    } catch (ReportMetadataException e) {
                        notes.note(f, ConversionNote.Kind.WARNING, "/identifiers", f.describe()
                                + " is not a DOI: dropped");
                    }
                }
                case "UR" -> urls(f, b, notes, addresses);
                case "L1", "L2" -> {
                    if (!Url.isWebAddress(v)) {
                        notes.note(f, ConversionNote.Kind.WARNING, f.tag().equals("L1") ? "/fullText" : "/identifiers",
                                f.describe() + " is not a web address (a file of the exporting program): dropped");
                    } else if (f.tag().equals("L1") && !fullTextSeen) {
                        fullTextSeen = true;
                        b.fullText(Url.parse(v));
                    } else {
                        b.identifier(Url.parse(v));
                        if (f.tag().equals("L1")) {
                            notes.note(f, ConversionNote.Kind.INFO, "/identifiers",
                                    "a second full text " + f.describe() + " read as a URL identifier");
                        }
                    }
                }
                case "TY" -> notes.note(f, ConversionNote.Kind.WARNING, "/type", "a second " + f.describe()
                        + ": dropped");
                default -> dropped(f, notes);
            }
        }
        b.type(type);
        PartialDate issued = issued(py, da, daLine, notes);
        b.issued(issued);
        for (RisLine f : secondaryTitles) {
            notes.note(f, ConversionNote.Kind.WARNING, "", f.describe()
                    + " is the title of a journal or book, which a report has no place for: dropped");
        }
        // A report's series is T2, as Zotero and EndNote write it; T3, the series of the older RIS specification,
        // when there is no T2.
        seriesLines.sort(java.util.Comparator.comparing(RisLine::tag));
        for (RisLine f : seriesLines) {
            if (series == null) {
                series = f.value();
                seriesLine = f;
            } else {
                notes.note(f, ConversionNote.Kind.WARNING, "/number", "a second series " + f.describe() + ": dropped");
            }
        }
        for (RisLine f : fallbackNumbers) {
            if (number == null) {
                number = f.value();
                numberLine = f;
                notes.note(f, ConversionNote.Kind.INFO, "/number", f.describe()
                        + " read as the report number, as older EndNote exports write it");
            } else {
                dropped(f, notes);
            }
        }
        if (number != null && numberLine != null) {
            if (series == null) {
                notes.note(numberLine, ConversionNote.Kind.INFO, "/number", "report number " + numberLine.describe()
                        + " has no series (T2): read in the series '" + DEFAULT_SERIES + "'");
                series = DEFAULT_SERIES;
            }
            b.number(new ReportNumber(series, number, "No." + number, issued == null ? null : issued.year()));
        } else if (series != null && seriesLine != null) {
            notes.note(seriesLine, ConversionNote.Kind.WARNING, "/number", "series " + seriesLine.describe()
                    + " without a report number (SN): the model keeps a series only with its number; dropped");
        }
        return b.build();
    }

    private static void dropped(RisLine f, Notes notes) {
        String meaning = DROPPED.get(f.tag());
        notes.note(f, ConversionNote.Kind.WARNING, "", f.describe() + (meaning == null
                ? " is a tag this reader does not know: dropped"
                : " (" + meaning + ") has no place in the model: dropped"));
    }

    private static @Nullable ReportType type(String ty) {
        return switch (ty) {
            case "RPRT" -> ReportType.RESEARCH_REPORT;
            case "CPAPER", "CONF" -> ReportType.CONFERENCE_PAPER;
            case "BOOK", "EBOOK", "EDBOOK" -> ReportType.BOOK;
            case "JOUR", "EJOUR", "MGZN", "NEWS", "JFULL" -> ReportType.ARTICLE;
            case "GEN" -> ReportType.OTHER;
            default -> null;
        };
    }

    private static @Nullable ReportType typeLabelled(String label) {
        for (ReportType t : ReportType.values()) {
            if (t.label().equalsIgnoreCase(label)) {
                return t;
            }
        }
        return null;
    }

    /** A name "Family, Given, Suffix" as a person; a name without a comma, or ending in one, as an organisation. */
    static Author author(String value, Role role) {
        int comma = value.indexOf(',');
        if (comma < 0 || value.endsWith(",")) {
            String name = comma < 0 ? value : value.substring(0, value.length() - 1).strip();
            return new Author(Organization.of(name.isEmpty() ? value : name),
                    role == Role.AUTHOR ? Role.RESEARCH_TEAM : role);
        }
        String family = value.substring(0, comma).strip();
        String rest = value.substring(comma + 1).strip();
        int second = rest.indexOf(',');
        String given = second < 0 ? rest : rest.substring(0, second).strip();
        String suffix = second < 0 ? null : rest.substring(second + 1).strip();
        PersonName name = new PersonName(family.isEmpty() ? null : family, given.isEmpty() ? null : given, null,
                suffix == null || suffix.isEmpty() ? null : suffix, io.github.reportmeta.NameOrder.GIVEN_FIRST, null, null);
        return new Author(Person.of(name), role);
    }

    /**
     * A RIS date: {@code YYYY/MM/DD/other}, any part after the year may be empty; an ISO date is read too.
     */
    private static @Nullable PartialDate date(RisLine f, Notes notes) {
        String v = f.value();
        String[] parts = v.split("/", -1);
        try {
            if (parts.length == 1) {
                if (YEAR.matcher(v).matches()) {
                    return PartialDate.of(Integer.parseInt(v));
                }
                return PartialDate.parse(v);
            }
            if (!YEAR.matcher(parts[0]).matches()) {
                throw new ReportMetadataException("no year");
            }
            int year = Integer.parseInt(parts[0]);
            String month = parts[1].strip();
            String day = parts.length > 2 ? parts[2].strip() : "";
            String other = parts.length > 3 ? String.join("/", java.util.Arrays.asList(parts).subList(3, parts.length)).strip() : "";
            PartialDate d;
            if (month.isEmpty()) {
                d = PartialDate.of(year);
                if (!day.isEmpty()) {
                    throw new ReportMetadataException("a day without a month");
                }
            } else if (!SMALL_NUMBER.matcher(month).matches() || (!day.isEmpty() && !SMALL_NUMBER.matcher(day).matches())) {
                throw new ReportMetadataException("month and day are numbers");
            } else if (day.isEmpty()) {
                d = PartialDate.of(year, Integer.parseInt(month));
            } else {
                d = PartialDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
            }
            if (!other.isEmpty()) {
                notes.note(f, ConversionNote.Kind.WARNING, "/issued", "the date information '" + Quoting.clip(other)
                        + "' after the date of " + f.describe() + " has no place in the model: dropped");
            }
            return d;
        } catch (ReportMetadataException | NumberFormatException e) {
            notes.note(f, ConversionNote.Kind.WARNING, "/issued", f.describe()
                    + " is not a date of the form YYYY/MM/DD/: dropped");
            return null;
        }
    }

    private static @Nullable PartialDate issued(@Nullable PartialDate py, @Nullable PartialDate da,
            @Nullable RisLine daLine, Notes notes) {
        if (py == null) {
            return da;
        }
        if (da == null || daLine == null) {
            return py;
        }
        if (da.year() == py.year()) {
            return da.precision().compareTo(py.precision()) > 0 ? da : py;
        }
        notes.note(daLine, ConversionNote.Kind.WARNING, "/issued", daLine.describe()
                + " disagrees with the year of PY, which wins: dropped");
        return py;
    }

    private static void standardNumber(RisLine f, Report.Builder b, Notes notes) {
        String v = f.value();
        for (Function<String, Identifier> parse : List.<Function<String, Identifier>>of(Isbn::parse, Issn::parse)) {
            try {
                b.identifier(parse.apply(v));
                return;
            } catch (ReportMetadataException e) {
                // Not this kind of number; the next kind, or the note below, says what became of it.
                continue;
            }
        }
        notes.note(f, ConversionNote.Kind.WARNING, "/identifiers", f.describe()
                + " is neither an ISBN nor an ISSN: dropped");
    }

    /** Whether a record's landing page was read. */
    private static final class Addresses {
        boolean landingPage;
    }

    private static void urls(RisLine f, Report.Builder b, Notes notes, Addresses addresses) {
        String v = f.value();
        List<String> parts = List.of(v);
        if (!Url.isWebAddress(v)) {
            List<String> split = List.of(v.split("\\s*;\\s*|\\s+"));
            if (split.stream().allMatch(Url::isWebAddress)) {
                parts = split;
                notes.note(f, ConversionNote.Kind.INFO, "/identifiers", f.describe() + " read as "
                        + split.size() + " addresses");
            } else {
                notes.note(f, ConversionNote.Kind.WARNING, "/landingPage", f.describe()
                        + " is not a web address: dropped");
                return;
            }
        }
        for (String u : parts) {
            if (!addresses.landingPage) {
                addresses.landingPage = true;
                b.landingPage(Url.parse(u));
            } else {
                b.identifier(Url.parse(u));
            }
        }
    }

    /** A language tag, or an English language name or ISO 639-2 code read as one; {@code null} when neither. */
    static @Nullable LanguageTag language(String value) {
        String v = value.strip();
        String named = LANGUAGE_NAMES.get(v.toLowerCase(Locale.ROOT));
        if (named != null && (v.length() > 3 || v.length() == 3 && !v.equals(named))) {
            return LanguageTag.parse(named);
        }
        if (BCP47.matcher(v).matches()) {
            return LanguageTag.parse(v.replace('_', '-'));
        }
        return null;
    }
}
