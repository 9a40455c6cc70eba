package io.github.reportmeta.registry.datacite;

import io.github.reportmeta.Agent;
import io.github.reportmeta.Author;
import io.github.reportmeta.Coverage;
import io.github.reportmeta.Doi;
import io.github.reportmeta.Identifier;
import io.github.reportmeta.IdentifierScheme;
import io.github.reportmeta.Isni;
import io.github.reportmeta.Issn;
import io.github.reportmeta.Keyword;
import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.LocalIdentifier;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.MediaFormat;
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
import io.github.reportmeta.format.SourceLocation;
import io.github.reportmeta.xml.internal.XmlCursor;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The mapping between the model and a DataCite 4.6 {@code <resource>}, in both directions, as the {@code datacite}
 * section of {@code docs/formats/registries.md} describes it. A write's losses are found by mapping the written
 * element back and comparing component by component, so that the loss notes and the reader can never disagree.
 */
final class DataCiteMapping {

    /** Where reading says what it changed or did not keep. */
    @FunctionalInterface
    interface Notes {
        /** Notes that go nowhere, for mapping a written record back. */
        Notes NONE = (kind, at, message) -> { };

        void note(ConversionNote.Kind kind, @Nullable SourceLocation at, String message);
    }

    /** The alternate identifier type of the report id. */
    static final String ID_TYPE = "reportmeta:id";
    static final String NUMBER_TYPE = "ReportNumber";
    static final String LANDING_PAGE_TYPE = "LandingPage";
    static final String FULL_TEXT_TYPE = "FullText";
    static final String LOCAL_TYPE = "Local";
    /** The producer contributors that carry the issuing unit and the units between it and the publisher. */
    static final String UNIT_TYPE = "Producer";

    /** DataCite's standard values for unknown information, which a required element holds when the model has nothing. */
    static final String UNAVAILABLE = ":unav";
    private static final Set<String> UNKNOWN_VALUES = Set.of(":unac", ":unal", ":unap", ":unas", ":unav", ":unkn",
            ":none", ":null", ":tba", ":etal");

    private static final String ORCID_URI = "https://orcid.org";
    private static final String ROR_URI = "https://ror.org";
    private static final String ISNI_URI = "https://isni.org";
    private static final Pattern URI = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:\\S+");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            "[A-Za-z0-9][\\w!#$&^.+-]*/[A-Za-z0-9][\\w!#$&^.+-]*(?:\\s*;.*)?");

    private static final Map<Role, String> CONTRIBUTOR_TYPES = new EnumMap<>(Map.of(
            Role.EDITOR, "Editor",
            Role.TRANSLATOR, "Translator",
            Role.SUPERVISOR, "Supervisor",
            Role.RESEARCH_TEAM, "ResearchGroup",
            Role.CONTRIBUTOR, "Other",
            Role.REVIEWER, "Other"));
    private static final Map<String, Role> ROLES = Map.of(
            "Editor", Role.EDITOR,
            "Translator", Role.TRANSLATOR,
            "Supervisor", Role.SUPERVISOR,
            "ResearchGroup", Role.RESEARCH_TEAM,
            "Other", Role.CONTRIBUTOR);

    private static final Map<ReportDate.Kind, String> DATE_TYPES = new EnumMap<>(Map.of(
            ReportDate.Kind.CREATED, "Created",
            ReportDate.Kind.SUBMITTED, "Submitted",
            ReportDate.Kind.ACCEPTED, "Accepted",
            ReportDate.Kind.AVAILABLE, "Available",
            ReportDate.Kind.MODIFIED, "Updated",
            ReportDate.Kind.COPYRIGHTED, "Copyrighted",
            ReportDate.Kind.ACCESSIONED, "Other",
            ReportDate.Kind.OTHER, "Other"));
    private static final String ACCESSIONED = "accessioned";

    private static final Map<RelationType, String> RELATION_TYPES = new EnumMap<>(Map.of(
            RelationType.HAS_TRANSLATION, "HasTranslation",
            RelationType.IS_TRANSLATION_OF, "IsTranslationOf",
            RelationType.HAS_VERSION, "HasVersion",
            RelationType.IS_VERSION_OF, "IsVersionOf",
            RelationType.IS_PART_OF, "IsPartOf",
            RelationType.HAS_PART, "HasPart",
            RelationType.REPLACES, "Obsoletes",
            RelationType.IS_REPLACED_BY, "IsObsoletedBy",
            RelationType.REFERENCES, "References"));

    /** The identifier types of alternate and related identifiers, for the model's schemes (local ids are alternate only). */
    private static final Map<IdentifierScheme, String> IDENTIFIER_TYPES = new EnumMap<>(Map.of(
            IdentifierScheme.DOI, "DOI",
            IdentifierScheme.ISBN, "ISBN",
            IdentifierScheme.ISSN, "ISSN",
            IdentifierScheme.HANDLE, "Handle",
            IdentifierScheme.URN, "URN",
            IdentifierScheme.URL, "URL",
            IdentifierScheme.LOCAL, LOCAL_TYPE));

    private static final Map<ReportType, String> GENERAL_TYPES = new EnumMap<>(Map.of(
            ReportType.BOOK, "Book",
            ReportType.ARTICLE, "JournalArticle",
            ReportType.CONFERENCE_PAPER, "ConferencePaper"));

    DataCiteMapping() {}

    /** The {@code <resource>} of a report, without the DOI when it has none (the writer decides what that means). */
    DataCiteElement resource(Report r) {
        DataCiteElement res = DataCiteElement.of("resource");
        Doi doi = primaryDoi(r);
        if (doi != null) {
            res.add(DataCiteElement.of("identifier", doi.value()).attribute("identifierType", "DOI"));
        }
        DataCiteElement creators = DataCiteElement.of("creators");
        DataCiteElement contributors = DataCiteElement.of("contributors");
        for (Author a : r.authors()) {
            if (isCreator(a)) {
                creators.add(agent("creator", a.agent()));
            } else {
                contributors.add(agent("contributor", a.agent()).attribute("contributorType", CONTRIBUTOR_TYPES.get(a.role())));
            }
        }
        if (creators.children().isEmpty()) {
            creators.add(DataCiteElement.of("creator")).add(DataCiteElement.of("creatorName", UNAVAILABLE));
        }
        res.add(creators);
        DataCiteElement titles = res.add(DataCiteElement.of("titles"));
        LocalizedText first = r.mainTitle();
        for (int i = 0; i < r.titles().size(); i++) {
            LocalizedText t = r.titles().get(i);
            DataCiteElement title = titles.add(DataCiteElement.of("title", t.text()));
            if (i > 0) {
                boolean translated = first != null && first.language() != null && t.language() != null
                        && !first.language().sameAs(t.language());
                title.attribute("titleType", translated ? "TranslatedTitle" : "AlternativeTitle");
            }
            title.attribute("xml:lang", lang(t.language()));
        }
        if (r.titles().isEmpty()) {
            titles.add(DataCiteElement.of("title", UNAVAILABLE));
        }
        List<Organization> chain = r.publisher() == null ? List.of() : r.publisher().hierarchy();
        if (chain.isEmpty()) {
            res.add(DataCiteElement.of("publisher", UNAVAILABLE));
        } else {
            Organization top = chain.get(0);
            DataCiteElement publisher = res.add(DataCiteElement.of("publisher", top.name()));
            if (top.ror() != null) {
                publisher.attribute("publisherIdentifier", top.ror().uri()).attribute("publisherIdentifierScheme", "ROR")
                        .attribute("schemeURI", ROR_URI);
            } else if (top.isni() != null) {
                publisher.attribute("publisherIdentifier", top.isni().value())
                        .attribute("publisherIdentifierScheme", "ISNI").attribute("schemeURI", ISNI_URI);
            }
            for (int i = 1; i < chain.size(); i++) {
                DataCiteElement unit = agent("contributor", chain.get(i).withParent(null));
                unit.attribute("contributorType", UNIT_TYPE);
                unit.add(DataCiteElement.of("affiliation", chain.get(i - 1).name()));
                contributors.add(unit);
            }
        }
        if (r.issued() != null) {
            res.add(DataCiteElement.of("publicationYear", String.format(Locale.ROOT, "%04d", r.issued().year())));
        }
        res.add(DataCiteElement.of("resourceType", r.type().label())
                .attribute("resourceTypeGeneral", GENERAL_TYPES.getOrDefault(r.type(), "Report")));
        DataCiteElement subjects = DataCiteElement.of("subjects");
        for (Keyword k : r.keywords()) {
            DataCiteElement subject = subjects.add(DataCiteElement.of("subject", k.term()));
            if (k.vocabulary() != null) {
                subject.attribute(URI.matcher(k.vocabulary()).matches() ? "schemeURI" : "subjectScheme", k.vocabulary());
            }
            subject.attribute("xml:lang", lang(k.language()));
        }
        res.addIfFilled(subjects);
        res.addIfFilled(contributors);
        DataCiteElement dates = DataCiteElement.of("dates");
        if (r.issued() != null) {
            dates.add(DataCiteElement.of("date", r.issued().toString()).attribute("dateType", "Issued"));
        }
        for (ReportDate d : r.dates()) {
            dates.add(DataCiteElement.of("date", d.value()).attribute("dateType", DATE_TYPES.get(d.kind()))
                    .attribute("dateInformation", d.kind() == ReportDate.Kind.ACCESSIONED ? ACCESSIONED : null));
        }
        for (Coverage c : r.coverage()) {
            if (c.kind() == Coverage.Kind.TEMPORAL) {
                dates.add(DataCiteElement.of("date", c.text()).attribute("dateType", "Coverage"));
            }
        }
        res.addIfFilled(dates);
        if (r.language() != null) {
            res.add(DataCiteElement.of("language", r.language().value()));
        }
        DataCiteElement alternates = res.add(DataCiteElement.of("alternateIdentifiers"));
        alternates.add(alternate(ID_TYPE, r.id().value()));
        if (r.number() != null) {
            alternates.add(alternate(NUMBER_TYPE, r.number().toString()));
        }
        DataCiteElement related = DataCiteElement.of("relatedIdentifiers");
        for (Identifier i : r.identifiers()) {
            if (i != doi) {
                alternates.add(alternate(IDENTIFIER_TYPES.get(i.scheme()), i.value()));
            }
            if (i instanceof Issn issn) {
                related.add(DataCiteElement.of("relatedIdentifier", issn.value()).attribute("relatedIdentifierType", "ISSN")
                        .attribute("relationType", "IsPartOf"));
            }
        }
        if (r.landingPage() != null) {
            alternates.add(alternate(LANDING_PAGE_TYPE, r.landingPage().value()));
        }
        if (r.fullText() != null) {
            alternates.add(alternate(FULL_TEXT_TYPE, r.fullText().value()));
        }
        for (Relation rel : r.relations()) {
            if (rel.target().scheme() != IdentifierScheme.LOCAL) {
                related.add(DataCiteElement.of("relatedIdentifier", rel.target().value())
                        .attribute("relatedIdentifierType", IDENTIFIER_TYPES.get(rel.target().scheme()))
                        .attribute("relationType", RELATION_TYPES.get(rel.type())));
            }
        }
        res.addIfFilled(related);
        DataCiteElement sizes = DataCiteElement.of("sizes");
        DataCiteElement formats = DataCiteElement.of("formats");
        for (MediaFormat f : r.formats()) {
            (f.kind() == MediaFormat.Kind.EXTENT ? sizes : formats).add(DataCiteElement.of(
                    f.kind() == MediaFormat.Kind.EXTENT ? "size" : "format", f.text()));
        }
        res.addIfFilled(sizes);
        res.addIfFilled(formats);
        if (r.rights() != null || r.license() != null) {
            res.add(DataCiteElement.of("rightsList")).add(DataCiteElement.of("rights", r.rights() == null ? "" : r.rights())
                    .attribute("rightsURI", r.license() == null ? null : r.license().value()));
        }
        DataCiteElement descriptions = DataCiteElement.of("descriptions");
        for (LocalizedText t : r.abstracts()) {
            descriptions.add(DataCiteElement.of("description", t.text()).attribute("descriptionType", "Abstract")
                    .attribute("xml:lang", lang(t.language())));
        }
        if (r.number() != null) {
            descriptions.add(DataCiteElement.of("description", r.number().toString())
                    .attribute("descriptionType", "SeriesInformation"));
        }
        res.addIfFilled(descriptions);
        DataCiteElement places = DataCiteElement.of("geoLocations");
        for (Coverage c : r.coverage()) {
            if (c.kind() == Coverage.Kind.SPATIAL) {
                places.add(DataCiteElement.of("geoLocation")).add(DataCiteElement.of("geoLocationPlace", c.text()));
            }
        }
        res.addIfFilled(places);
        return res;
    }

    /** The components of a report that a write may lose, each with its {@link #reason}. */
    static final Set<String> LOSSY_COMPONENTS = Set.of("authors", "publisher", "identifiers", "relations", "formats",
            "coverage", "sources", "metrics", "number", "titles", "abstracts", "keywords");

    /**
     * Why a component of a report does not come back as it was from a DataCite record; the loss notes of a write say
     * this, and {@code docs/formats/registries.md} lists the same reasons.
     *
     * @param component the name of the component
     * @return the reason
     */
    static String reason(String component) {
        return switch (component) {
            case "authors" -> "DataCite keeps neither the name order, the original script, particles and suffixes of a"
                    + " person, nor an organisation's acronym, parents above the first and second ROR or ISNI of an"
                    + " affiliation; lists creators before contributors, and has one type (Other) for contributors and"
                    + " reviewers";
            case "publisher" -> "DataCite keeps the acronyms of the publisher and its units, and the identifiers of the"
                    + " units' affiliations, nowhere";
            case "identifiers" -> "DataCite writes the first DOI as the record's identifier, before the other"
                    + " identifiers, so that their order changes";
            case "relations" -> "DataCite has no related identifier type for a local id, and a relation IsPartOf to one"
                    + " of the report's own ISSNs reads back as the series";
            case "formats" -> "DataCite keeps sizes apart from formats, so that their order changes, and reads a"
                    + " medium that looks like a media type as one";
            case "coverage" -> "DataCite has places (geoLocationPlace) and periods (date Coverage) apart and nothing"
                    + " for coverage of unknown kind";
            case "sources" -> "DataCite has no element for the citation of a source";
            case "metrics" -> "DataCite has no element for usage counts";
            case "number" -> "the report number is read back from its text form 'Series, No.215, 2018', which keeps"
                    + " another label than No./Nr./Number only as written";
            case "titles", "abstracts", "keywords" -> "DataCite reads text without leading and trailing white space";
            default -> "DataCite cannot carry the " + component + " as it is (see docs/formats/registries.md)";
        };
    }

    /** The DOI written as the record's identifier: the report's first DOI. */
    static @Nullable Doi primaryDoi(Report r) {
        for (Identifier i : r.identifiers()) {
            if (i instanceof Doi d) {
                return d;
            }
        }
        return null;
    }

    /** Creators are the authors proper and the research teams credited as organisations; the rest contribute. */
    private static boolean isCreator(Author a) {
        return a.role() == Role.AUTHOR || (a.role() == Role.RESEARCH_TEAM && a.agent() instanceof Organization);
    }

    private static DataCiteElement agent(String element, Agent agent) {
        DataCiteElement e = DataCiteElement.of(element);
        if (agent instanceof Person p) {
            PersonName n = p.name();
            e.add(DataCiteElement.of(element + "Name", n.invertedName()).attribute("nameType", "Personal"));
            if (n.given() != null) {
                e.add(DataCiteElement.of("givenName", n.given()));
            }
            if (n.family() != null) {
                e.add(DataCiteElement.of("familyName", n.family()));
            }
            if (p.orcid() != null) {
                e.add(DataCiteElement.of("nameIdentifier", p.orcid().uri()).attribute("nameIdentifierScheme", "ORCID")
                        .attribute("schemeURI", ORCID_URI));
            }
            for (Organization o : p.affiliations()) {
                e.add(affiliation(o));
            }
        } else {
            Organization o = (Organization) agent;
            e.add(DataCiteElement.of(element + "Name", o.name()).attribute("nameType", "Organizational"));
            if (o.ror() != null) {
                e.add(DataCiteElement.of("nameIdentifier", o.ror().uri()).attribute("nameIdentifierScheme", "ROR")
                        .attribute("schemeURI", ROR_URI));
            }
            if (o.isni() != null) {
                e.add(DataCiteElement.of("nameIdentifier", o.isni().value()).attribute("nameIdentifierScheme", "ISNI")
                        .attribute("schemeURI", ISNI_URI));
            }
            if (o.parent() != null) {
                e.add(affiliation(o.parent()));
            }
        }
        return e;
    }

    private static DataCiteElement affiliation(Organization o) {
        DataCiteElement e = DataCiteElement.of("affiliation", o.name());
        if (o.ror() != null) {
            e.attribute("affiliationIdentifier", o.ror().uri()).attribute("affiliationIdentifierScheme", "ROR")
                    .attribute("schemeURI", ROR_URI);
        } else if (o.isni() != null) {
            e.attribute("affiliationIdentifier", o.isni().value()).attribute("affiliationIdentifierScheme", "ISNI")
                    .attribute("schemeURI", ISNI_URI);
        }
        return e;
    }

    private static DataCiteElement alternate(String type, String value) {
        return DataCiteElement.of("alternateIdentifier", value).attribute("alternateIdentifierType", type);
    }

    private static @Nullable String lang(@Nullable LanguageTag tag) {
        return tag == null ? null : tag.value();
    }

    /**
     * The report a {@code <resource>} describes; every value not kept is named in a note, and so is every value the
     * mapping leaves unread.
     *
     * @param res the resource element
     * @param fallback the id when the record has neither a reportmeta id nor a DOI
     * @param notes where to say what was not kept
     * @return the report
     */
    Report report(DataCiteElement res, ReportId fallback, Notes notes) {
        Reading reading = new Reading(notes);
        Report report = reading.report(res, fallback);
        reading.unread(res, "resource");
        return report;
    }

    /** One record being read, with its notes. */
    private static final class Reading {
        private final Notes notes;
        /** The ISSNs read as identifiers, which a relatedIdentifier IsPartOf repeats as the series. */
        private final Set<String> issns = new HashSet<>();

        Reading(Notes notes) {
            this.notes = notes;
        }

        private void drop(DataCiteElement e, String message) {
            e.noted();
            notes.note(ConversionNote.Kind.WARNING, e.location(), message);
        }

        private void dropAttribute(DataCiteElement e, String key, String message) {
            e.noted(key);
            notes.note(ConversionNote.Kind.WARNING, e.location(), message);
        }

        private static String quote(String value) {
            return "'" + XmlCursor.clip(value) + "'";
        }

        Report report(DataCiteElement res, ReportId fallback) {
            res.keep("xsi:schemaLocation");
            Report.Builder b = Report.builder();
            List<DataCiteElement> alternates = new ArrayList<>();
            DataCiteElement alternatesWrapper = res.child("alternateIdentifiers");
            if (alternatesWrapper != null) {
                alternates.addAll(alternatesWrapper.children("alternateIdentifier"));
            }
            ReportId id = null;
            for (DataCiteElement a : alternates) {
                if (ID_TYPE.equals(a.peek("alternateIdentifierType")) && id == null) {
                    id = value(a, "the report id", ReportId::of);
                    if (id != null) {
                        a.keep("alternateIdentifierType");
                    }
                }
            }
            Doi doi = null;
            for (DataCiteElement identifier : res.children("identifier")) {
                String type = identifier.peek("identifierType");
                if (doi == null && "DOI".equalsIgnoreCase(type)) {
                    doi = value(identifier, "the DOI", Doi::parse);
                    if (doi != null) {
                        identifier.keep("identifierType");
                        b.identifier(doi);
                    }
                } else {
                    drop(identifier, "<identifier identifierType=" + quote(String.valueOf(type)) + "> "
                            + quote(identifier.peek()) + " not kept: expected one identifier, of type DOI");
                    identifier.noted("identifierType");
                }
            }
            if (id == null && doi != null && doi.value().length() <= 256) {
                id = ReportId.of(doi.value());
                notes.note(ConversionNote.Kind.INFO, res.location(), "the DOI " + doi.value() + " is the report id");
            }
            b.id(id != null ? id : fallback);
            titles(res, b);
            agents(res, b);
            PartialDate issued = dates(res, b);
            b.issued(issued);
            publicationYear(res, b, issued);
            type(res, b);
            keywords(res, b);
            DataCiteElement language = res.child("language");
            if (language != null) {
                b.language(value(language, "the language", LanguageTag::parse));
            }
            ReportNumber number = alternates(alternates, b);
            related(res, b);
            formats(res, b);
            rights(res, b);
            number = descriptions(res, b, number);
            b.number(number);
            places(res, b);
            return b.build();
        }

        /** A value parsed from an element's text, or {@code null} with a note when it is unknown or cannot be read. */
        private <T> @Nullable T value(DataCiteElement e, String what, java.util.function.Function<String, T> parse) {
            String text = e.peek();
            if (text.isEmpty()) {
                e.keep();
                return null;
            }
            if (UNKNOWN_VALUES.contains(text)) {
                e.keep();
                notes.note(ConversionNote.Kind.INFO, e.location(), "<" + e.name() + "> " + quote(text)
                        + " is DataCite's value for unknown information: " + what + " is left empty");
                return null;
            }
            try {
                T value = parse.apply(text);
                e.keep();
                return value;
            } catch (ReportMetadataException | IllegalArgumentException ex) {
                drop(e, "<" + e.name() + "> " + quote(text) + " not kept as " + what + ": " + XmlCursor.clip(ex.getMessage()));
                return null;
            }
        }

        private void titles(DataCiteElement res, Report.Builder b) {
            DataCiteElement titles = res.child("titles");
            if (titles == null) {
                return;
            }
            for (DataCiteElement t : titles.children("title")) {
                String text = t.peek();
                String type = t.peek("titleType");
                if (text.isEmpty() || UNKNOWN_VALUES.contains(text)) {
                    value(t, "a title", s -> s);
                    continue;
                }
                LanguageTag lang = language(t);
                b.title(new LocalizedText(t.keep(), lang));
                if (type == null || type.equals("TranslatedTitle") || type.equals("AlternativeTitle")) {
                    t.keep("titleType");
                } else {
                    dropAttribute(t, "titleType", "titleType " + quote(type) + " of the title " + quote(text)
                            + " not kept: read as a further title");
                }
            }
        }

        private @Nullable LanguageTag language(DataCiteElement e) {
            String lang = e.peek("xml:lang");
            if (lang == null) {
                return null;
            }
            try {
                LanguageTag tag = LanguageTag.parse(lang);
                e.keep("xml:lang");
                return tag;
            } catch (ReportMetadataException ex) {
                dropAttribute(e, "xml:lang", "xml:lang " + quote(lang) + " of <" + e.name() + "> not kept: "
                        + XmlCursor.clip(ex.getMessage()));
                return null;
            }
        }

        private void agents(DataCiteElement res, Report.Builder b) {
            DataCiteElement creators = res.child("creators");
            if (creators != null) {
                for (DataCiteElement c : creators.children("creator")) {
                    Agent agent = agent(c, "creatorName");
                    if (agent != null) {
                        b.author(new Author(agent, agent instanceof Organization ? Role.RESEARCH_TEAM : Role.AUTHOR));
                    }
                }
            }
            Organization publisher = publisher(res);
            DataCiteElement contributors = res.child("contributors");
            List<DataCiteElement> others = new ArrayList<>();
            if (contributors != null) {
                List<DataCiteElement> units = new ArrayList<>();
                for (DataCiteElement c : contributors.children("contributor")) {
                    (UNIT_TYPE.equals(c.peek("contributorType")) && isUnit(c) ? units : others).add(c);
                }
                publisher = units(publisher, units, others);
            }
            b.publisher(publisher);
            for (DataCiteElement c : others) {
                String type = c.peek("contributorType");
                Role role = type == null ? null : ROLES.get(type);
                Agent agent = agent(c, "contributorName");
                if (agent == null) {
                    continue;
                }
                if (role == null) {
                    role = Role.CONTRIBUTOR;
                    if (type != null) {
                        dropAttribute(c, "contributorType", "contributorType " + quote(type) + " of the contributor "
                                + quote(agent.displayName()) + " not kept: read as a contributor");
                    }
                } else {
                    c.keep("contributorType");
                }
                b.author(new Author(agent, role));
            }
        }

        /** An organisational producer with one affiliation and nothing else: a unit of the publisher, as written. */
        private static boolean isUnit(DataCiteElement c) {
            DataCiteElement name = c.child("contributorName");
            return name != null && "Organizational".equals(name.peek("nameType")) && c.children("affiliation").size() == 1
                    && c.children("givenName").isEmpty() && c.children("familyName").isEmpty();
        }

        /** Hangs the units below the publisher, each under the one its affiliation names; the others are contributors. */
        private @Nullable Organization units(@Nullable Organization publisher, List<DataCiteElement> units,
                List<DataCiteElement> others) {
            Organization current = publisher;
            List<DataCiteElement> left = new ArrayList<>(units);
            boolean found = current != null;
            while (found) {
                found = false;
                for (DataCiteElement u : left) {
                    DataCiteElement affiliation = u.children("affiliation").get(0);
                    if (affiliation.peek().equals(current.name()) && affiliation.attributes().isEmpty()) {
                        affiliation.keep();
                        u.keep("contributorType");
                        Organization unit = organization(u, "contributorName");
                        current = unit.withParent(current);
                        left.remove(u);
                        found = true;
                        break;
                    }
                }
            }
            others.addAll(left);
            return current;
        }

        private @Nullable Organization publisher(DataCiteElement res) {
            DataCiteElement p = res.child("publisher");
            if (p == null) {
                return null;
            }
            String name = value(p, "the publisher", s -> s);
            if (name == null) {
                return null;
            }
            Organization o = Organization.of(name);
            String id = p.peek("publisherIdentifier");
            String scheme = p.peek("publisherIdentifierScheme");
            if (id != null) {
                Organization identified = identified(o, p, id, scheme, "publisherIdentifier", "publisherIdentifierScheme");
                if (identified != null) {
                    o = identified;
                }
            }
            return o;
        }

        /** The organisation with a ROR or ISNI given by a pair of attributes, or {@code null} with a note. */
        private @Nullable Organization identified(Organization o, DataCiteElement e, String id, @Nullable String scheme,
                String idKey, String schemeKey) {
            try {
                Organization identified = null;
                if ("ROR".equalsIgnoreCase(scheme)) {
                    identified = o.withIdentifiers(Ror.parse(id), o.isni());
                } else if ("ISNI".equalsIgnoreCase(scheme)) {
                    identified = o.withIdentifiers(o.ror(), Isni.parse(id));
                }
                if (identified != null) {
                    e.keep(idKey);
                    e.keep(schemeKey);
                    e.keep("schemeURI");
                    return identified;
                }
            } catch (ReportMetadataException ex) {
                // noted below
            }
            dropAttribute(e, idKey, idKey + " " + quote(id) + (scheme == null ? "" : " (" + schemeKey + " "
                    + quote(scheme) + ")") + " of " + quote(o.name()) + " not kept: expected a ROR id or an ISNI");
            e.noted(schemeKey);
            e.noted("schemeURI");
            return null;
        }

        private @Nullable Agent agent(DataCiteElement c, String nameElement) {
            DataCiteElement name = c.child(nameElement);
            if (name == null) {
                drop(c, "<" + c.name() + "> without <" + nameElement + "> not kept");
                c.notedWhole();
                return null;
            }
            String text = name.peek();
            if (text.isEmpty() || UNKNOWN_VALUES.contains(text)) {
                value(name, "the name", s -> s);
                name.keep("nameType");
                if (c.children().size() > 1) {
                    for (DataCiteElement other : c.children()) {
                        if (other != name) {
                            other.notedWhole();
                        }
                    }
                    notes.note(ConversionNote.Kind.WARNING, c.location(), "the details of an unnamed <" + c.name()
                            + "> not kept");
                }
                return null;
            }
            String type = name.peek("nameType");
            if ("Organizational".equals(type)) {
                return organization(c, nameElement);
            }
            name.keep("nameType");
            DataCiteElement given = c.child("givenName");
            DataCiteElement family = c.child("familyName");
            PersonName personName;
            if (given != null || family != null) {
                String g = given == null ? null : blankToNull(given.keep());
                String f = family == null ? null : blankToNull(family.keep());
                if (g == null && f == null) {
                    personName = PersonName.literal(name.keep());
                } else {
                    personName = new PersonName(f, g, null, null, NameOrder.GIVEN_FIRST, null, null);
                    if (text.equals(personName.invertedName()) || text.equals(personName.displayName())) {
                        name.keep();
                    } else {
                        drop(name, "<" + nameElement + "> " + quote(text) + " not kept: the name is read from "
                                + "<givenName> and <familyName> as " + quote(personName.invertedName()));
                    }
                }
            } else {
                personName = PersonName.literal(name.keep());
            }
            if (name.peek("xml:lang") != null) {
                dropAttribute(name, "xml:lang", "xml:lang " + quote(name.peek("xml:lang")) + " of the name "
                        + quote(text) + " not kept: reportmeta keeps no language for a person's name");
            }
            Person person = Person.of(personName);
            for (DataCiteElement id : c.children("nameIdentifier")) {
                String scheme = id.peek("nameIdentifierScheme");
                if ("ORCID".equalsIgnoreCase(scheme) && person.orcid() == null) {
                    Orcid orcid = value(id, "an ORCID iD", Orcid::parse);
                    if (orcid != null) {
                        id.keep("nameIdentifierScheme");
                        id.keep("schemeURI");
                        person = person.withOrcid(orcid);
                    }
                } else {
                    dropNameIdentifier(id, person.displayName());
                }
            }
            List<Organization> affiliations = new ArrayList<>();
            for (DataCiteElement a : c.children("affiliation")) {
                Organization o = affiliationOf(a);
                if (o != null) {
                    affiliations.add(o);
                }
            }
            return person.withAffiliations(affiliations);
        }

        private void dropNameIdentifier(DataCiteElement id, String whose) {
            drop(id, "<nameIdentifier> " + quote(id.peek()) + " (scheme " + quote(String.valueOf(id.peek("nameIdentifierScheme")))
                    + ") of " + quote(whose) + " not kept: reportmeta keeps one ORCID iD of a person, ROR ids and ISNIs "
                    + "of an organisation");
            id.noted("nameIdentifierScheme");
            id.noted("schemeURI");
        }

        private @Nullable Organization affiliationOf(DataCiteElement a) {
            String name = value(a, "an affiliation", s -> s);
            if (name == null) {
                a.notedWhole();
                return null;
            }
            Organization o = Organization.of(name);
            String id = a.peek("affiliationIdentifier");
            if (id != null) {
                Organization identified = identified(o, a, id, a.peek("affiliationIdentifierScheme"),
                        "affiliationIdentifier", "affiliationIdentifierScheme");
                if (identified != null) {
                    o = identified;
                }
            }
            return o;
        }

        private Organization organization(DataCiteElement c, String nameElement) {
            DataCiteElement name = c.child(nameElement);
            name.keep("nameType");
            Organization o = Organization.of(name.keep());
            for (DataCiteElement id : c.children("nameIdentifier")) {
                String scheme = id.peek("nameIdentifierScheme");
                try {
                    if ("ROR".equalsIgnoreCase(scheme) && o.ror() == null) {
                        o = o.withIdentifiers(Ror.parse(id.peek()), o.isni());
                    } else if ("ISNI".equalsIgnoreCase(scheme) && o.isni() == null) {
                        o = o.withIdentifiers(o.ror(), Isni.parse(id.peek()));
                    } else {
                        dropNameIdentifier(id, o.name());
                        continue;
                    }
                    id.keep();
                    id.keep("nameIdentifierScheme");
                    id.keep("schemeURI");
                } catch (ReportMetadataException ex) {
                    dropNameIdentifier(id, o.name());
                }
            }
            List<DataCiteElement> affiliations = c.children("affiliation");
            for (int i = 0; i < affiliations.size(); i++) {
                if (i == 0) {
                    Organization parent = affiliationOf(affiliations.get(0));
                    if (parent != null) {
                        o = o.withParent(parent);
                    }
                } else {
                    drop(affiliations.get(i), "<affiliation> " + quote(affiliations.get(i).peek()) + " of "
                            + quote(o.name()) + " not kept: an organisation has one parent, its first affiliation");
                    affiliations.get(i).notedWhole();
                }
            }
            if (name.peek("xml:lang") != null) {
                dropAttribute(name, "xml:lang", "xml:lang " + quote(name.peek("xml:lang")) + " of the organisation "
                        + quote(o.name()) + " not kept: reportmeta keeps no language for an organisation's name");
            }
            return o;
        }

        /** The Issued date (the first) and the other dates; returns the issued date. */
        private @Nullable PartialDate dates(DataCiteElement res, Report.Builder b) {
            DataCiteElement dates = res.child("dates");
            if (dates == null) {
                return null;
            }
            PartialDate issued = null;
            for (DataCiteElement d : dates.children("date")) {
                String type = d.peek("dateType");
                String text = d.peek();
                if ("Issued".equals(type) && issued == null) {
                    issued = value(d, "the issued date", s -> PartialDate.parse(s.length() > 10 && s.charAt(10) == 'T'
                            ? s.substring(0, 10) : s));
                    if (issued != null) {
                        d.keep("dateType");
                        if (text.length() > 10) {
                            notes.note(ConversionNote.Kind.WARNING, d.location(), "the time of the Issued date "
                                    + quote(text) + " not kept: the issued date is a day");
                        }
                    }
                    continue;
                }
                if ("Coverage".equals(type)) {
                    if (!text.isEmpty()) {
                        b.coverage(new Coverage(Coverage.Kind.TEMPORAL, d.keep()));
                        d.keep("dateType");
                    }
                    continue;
                }
                ReportDate.Kind kind = kind(type, d.peek("dateInformation"));
                if (kind == null) {
                    drop(d, "<date dateType=" + quote(String.valueOf(type)) + "> " + quote(text)
                            + " not kept: reportmeta has no date of that kind");
                    d.noted("dateType");
                    d.noted("dateInformation");
                    continue;
                }
                ReportDate date = value(d, "a date", s -> ReportDate.of(kind, s));
                if (date != null) {
                    b.date(date);
                    d.keep("dateType");
                    if (kind == ReportDate.Kind.ACCESSIONED) {
                        d.keep("dateInformation");
                    }
                } else {
                    d.noted("dateType");
                    d.noted("dateInformation");
                }
            }
            return issued;
        }

        private static ReportDate.@Nullable Kind kind(@Nullable String type, @Nullable String information) {
            if ("Other".equals(type) && ACCESSIONED.equals(information)) {
                return ReportDate.Kind.ACCESSIONED;
            }
            for (Map.Entry<ReportDate.Kind, String> e : DATE_TYPES.entrySet()) {
                if (e.getValue().equals(type) && e.getKey() != ReportDate.Kind.ACCESSIONED) {
                    return e.getKey();
                }
            }
            return null;
        }

        private void publicationYear(DataCiteElement res, Report.Builder b, @Nullable PartialDate issued) {
            DataCiteElement year = res.child("publicationYear");
            if (year == null) {
                return;
            }
            String text = year.peek();
            if (issued != null && text.equals(String.format(Locale.ROOT, "%04d", issued.year()))) {
                year.keep();
            } else if (issued == null && YEAR.matcher(text).matches()) {
                b.issued(value(year, "the publication year", s -> PartialDate.of(Integer.parseInt(s))));
            } else {
                drop(year, "<publicationYear> " + quote(text) + " not kept: "
                        + (issued != null ? "the Issued date " + issued + " is the issued date" : "expected four digits"));
            }
        }

        private void type(DataCiteElement res, Report.Builder b) {
            DataCiteElement type = res.child("resourceType");
            if (type == null) {
                b.type(ReportType.OTHER);
                return;
            }
            String text = type.peek();
            String general = type.peek("resourceTypeGeneral");
            for (ReportType t : ReportType.values()) {
                if (t.label().equalsIgnoreCase(text)) {
                    b.type(t);
                    type.keep();
                    type.keep("resourceTypeGeneral");
                    return;
                }
            }
            for (Map.Entry<ReportType, String> e : GENERAL_TYPES.entrySet()) {
                if (e.getValue().equals(general) && text.isEmpty()) {
                    b.type(e.getKey());
                    type.keep("resourceTypeGeneral");
                    return;
                }
            }
            b.type(ReportType.OTHER);
            if (text.isEmpty()) {
                dropAttribute(type, "resourceTypeGeneral", "resourceTypeGeneral " + quote(String.valueOf(general))
                        + " not kept: read as the type Other");
            } else {
                drop(type, "<resourceType resourceTypeGeneral=" + quote(String.valueOf(general)) + "> " + quote(text)
                        + " not kept: no report type has that name; read as the type Other");
                type.noted("resourceTypeGeneral");
            }
        }

        private void keywords(DataCiteElement res, Report.Builder b) {
            DataCiteElement subjects = res.child("subjects");
            if (subjects == null) {
                return;
            }
            for (DataCiteElement s : subjects.children("subject")) {
                if (s.peek().isEmpty()) {
                    s.keep();
                    continue;
                }
                String scheme = s.peek("subjectScheme");
                String schemeUri = s.peek("schemeURI");
                String vocabulary = scheme != null ? s.keep("subjectScheme") : schemeUri != null ? s.keep("schemeURI") : null;
                b.keyword(new Keyword(s.keep(), language(s), vocabulary));
            }
        }

        /** The alternate identifiers (the id is already read); returns the report number. */
        private @Nullable ReportNumber alternates(List<DataCiteElement> alternates, Report.Builder b) {
            ReportNumber number = null;
            for (DataCiteElement a : alternates) {
                String type = a.peek("alternateIdentifierType");
                if (ID_TYPE.equals(type) && a.textFate() == DataCiteElement.Fate.KEPT) {
                    continue;
                }
                if (NUMBER_TYPE.equals(type) && number == null) {
                    number = value(a, "the report number", ReportNumber::parse);
                    a.keep("alternateIdentifierType");
                    continue;
                }
                if (LANDING_PAGE_TYPE.equals(type)) {
                    b.landingPage(value(a, "the landing page", Url::parse));
                    a.keep("alternateIdentifierType");
                    continue;
                }
                if (FULL_TEXT_TYPE.equals(type)) {
                    b.fullText(value(a, "the full text", Url::parse));
                    a.keep("alternateIdentifierType");
                    continue;
                }
                IdentifierScheme scheme = scheme(type);
                if (scheme == null) {
                    LocalIdentifier local = value(a, "a local identifier", LocalIdentifier::parse);
                    if (local != null) {
                        b.identifier(local);
                        dropAttribute(a, "alternateIdentifierType", "alternateIdentifierType " + quote(String.valueOf(type))
                                + " of " + quote(local.value()) + " not kept: read as a local identifier");
                    }
                    continue;
                }
                Identifier id = value(a, "an identifier of type " + type, scheme::parse);
                if (id != null) {
                    b.identifier(id);
                    a.keep("alternateIdentifierType");
                    if (id instanceof Issn issn) {
                        issns.add(issn.value());
                    }
                } else {
                    a.noted("alternateIdentifierType");
                }
            }
            return number;
        }

        private static @Nullable IdentifierScheme scheme(@Nullable String type) {
            for (Map.Entry<IdentifierScheme, String> e : IDENTIFIER_TYPES.entrySet()) {
                if (e.getValue().equalsIgnoreCase(type)) {
                    return e.getKey();
                }
            }
            return null;
        }

        private void related(DataCiteElement res, Report.Builder b) {
            DataCiteElement related = res.child("relatedIdentifiers");
            if (related == null) {
                return;
            }
            Map<String, RelationType> relationTypes = new HashMap<>();
            RELATION_TYPES.forEach((k, v) -> relationTypes.put(v, k));
            for (DataCiteElement r : related.children("relatedIdentifier")) {
                String type = r.peek("relatedIdentifierType");
                String relation = r.peek("relationType");
                IdentifierScheme scheme = scheme(type);
                RelationType relationType = relation == null ? null : relationTypes.get(relation);
                if ("IsPartOf".equals(relation) && scheme == IdentifierScheme.ISSN
                        && issns.contains(r.peek())) {
                    r.keep();
                    r.keep("relatedIdentifierType");
                    r.keep("relationType");
                    continue;
                }
                if (scheme == null || scheme == IdentifierScheme.LOCAL || relationType == null) {
                    drop(r, "<relatedIdentifier relatedIdentifierType=" + quote(String.valueOf(type)) + " relationType="
                            + quote(String.valueOf(relation)) + "> " + quote(r.peek()) + " not kept: reportmeta has "
                            + (relationType == null ? "no relation of that type" : "no identifier of that type"));
                    r.notedWhole();
                    continue;
                }
                Identifier target = value(r, "the target of a relation", scheme::parse);
                if (target != null) {
                    b.relation(new Relation(relationType, target));
                    r.keep("relatedIdentifierType");
                    r.keep("relationType");
                } else {
                    r.notedWhole();
                }
            }
        }

        private void formats(DataCiteElement res, Report.Builder b) {
            DataCiteElement formats = res.child("formats");
            if (formats != null) {
                for (DataCiteElement f : formats.children("format")) {
                    String text = f.peek();
                    if (!text.isEmpty()) {
                        b.format(new MediaFormat(MEDIA_TYPE.matcher(text).matches() ? MediaFormat.Kind.MEDIA_TYPE
                                : MediaFormat.Kind.MEDIUM, f.keep()));
                    }
                }
            }
            DataCiteElement sizes = res.child("sizes");
            if (sizes != null) {
                for (DataCiteElement s : sizes.children("size")) {
                    if (!s.peek().isEmpty()) {
                        b.format(MediaFormat.extent(s.keep()));
                    }
                }
            }
        }

        private void rights(DataCiteElement res, Report.Builder b) {
            DataCiteElement list = res.child("rightsList");
            if (list == null) {
                return;
            }
            boolean statement = false;
            boolean license = false;
            String licenseUri = null;
            for (DataCiteElement r : list.children("rights")) {
                String text = r.peek();
                String uri = r.peek("rightsURI");
                if (!text.isEmpty()) {
                    if (statement) {
                        drop(r, "<rights> " + quote(text) + " not kept: reportmeta keeps one rights statement");
                    } else {
                        b.rights(r.keep());
                        statement = true;
                    }
                }
                if (uri != null) {
                    if (license && uri.equals(licenseUri)) {
                        r.keep("rightsURI");
                    } else if (license) {
                        dropAttribute(r, "rightsURI", "rightsURI " + quote(uri)
                                + " not kept: reportmeta keeps one licence address");
                    } else {
                        Url url = null;
                        try {
                            url = Url.parse(uri);
                        } catch (ReportMetadataException ex) {
                            dropAttribute(r, "rightsURI", "rightsURI " + quote(uri) + " not kept: "
                                    + XmlCursor.clip(ex.getMessage()));
                        }
                        if (url != null) {
                            b.license(url);
                            r.keep("rightsURI");
                            license = true;
                            licenseUri = uri;
                        }
                    }
                }
            }
        }

        private @Nullable ReportNumber descriptions(DataCiteElement res, Report.Builder b, @Nullable ReportNumber number) {
            DataCiteElement descriptions = res.child("descriptions");
            if (descriptions == null) {
                return number;
            }
            ReportNumber result = number;
            for (DataCiteElement d : descriptions.children("description")) {
                String type = d.peek("descriptionType");
                String text = d.peek();
                if (text.isEmpty()) {
                    continue;
                }
                if ("Abstract".equals(type)) {
                    b.abstractText(new LocalizedText(d.keep(), language(d)));
                    d.keep("descriptionType");
                } else if ("SeriesInformation".equals(type) && result != null && text.equals(result.toString())) {
                    d.keep();
                    d.keep("descriptionType");
                } else if ("SeriesInformation".equals(type) && result == null) {
                    result = value(d, "the report number", ReportNumber::parse);
                    if (result != null) {
                        d.keep("descriptionType");
                    } else {
                        d.noted("descriptionType");
                    }
                }
                if (d.markup() && d.textFate() == DataCiteElement.Fate.KEPT) {
                    notes.note(ConversionNote.Kind.WARNING, d.location(), "the markup (<br/>) inside <description> "
                            + quote(text) + " not kept: its text is kept without line breaks");
                }
            }
            return result;
        }

        private void places(DataCiteElement res, Report.Builder b) {
            DataCiteElement places = res.child("geoLocations");
            if (places == null) {
                return;
            }
            for (DataCiteElement g : places.children("geoLocation")) {
                for (DataCiteElement p : g.children("geoLocationPlace")) {
                    if (!p.peek().isEmpty()) {
                        b.coverage(new Coverage(Coverage.Kind.SPATIAL, p.keep()));
                    }
                }
            }
        }

        private static @Nullable String blankToNull(String s) {
            return s.isEmpty() ? null : s;
        }

        /** Notes every value of the element that the mapping left unread. */
        void unread(DataCiteElement e, String path) {
            if (!e.seen()) {
                int[] values = {0};
                String[] sample = {null};
                count(e, values, sample);
                if (values[0] > 0) {
                    e.notedWhole();
                    notes.note(ConversionNote.Kind.WARNING, e.location(), "<" + path + "> not kept (" + values[0]
                            + (values[0] == 1 ? " value" : " values") + (sample[0] == null ? "" : ", such as "
                            + quote(sample[0])) + "): reportmeta has no place for it");
                }
                return;
            }
            for (Map.Entry<String, String> a : e.attributes().entrySet()) {
                if (e.fate(a.getKey()) == DataCiteElement.Fate.UNREAD) {
                    e.noted(a.getKey());
                    notes.note(ConversionNote.Kind.WARNING, e.location(), "the attribute " + a.getKey() + "="
                            + quote(a.getValue()) + " of <" + path + "> not kept");
                }
            }
            if (e.textFate() == DataCiteElement.Fate.UNREAD) {
                e.noted();
                notes.note(ConversionNote.Kind.WARNING, e.location(), "the text " + quote(e.peek()) + " of <" + path
                        + "> not kept");
            }
            for (DataCiteElement c : e.children()) {
                unread(c, path + "/" + c.name());
            }
        }

        private static void count(DataCiteElement e, int[] values, String[] sample) {
            values[0] += e.attributes().size();
            if (!e.peek().isEmpty()) {
                values[0]++;
                if (sample[0] == null) {
                    sample[0] = e.peek();
                }
            }
            for (DataCiteElement c : e.children()) {
                count(c, values, sample);
            }
        }
    }
}
