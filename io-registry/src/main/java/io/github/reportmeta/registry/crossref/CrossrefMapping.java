package io.github.reportmeta.registry.crossref;

import io.github.reportmeta.Author;
import io.github.reportmeta.Doi;
import io.github.reportmeta.Identifier;
import io.github.reportmeta.Isbn;
import io.github.reportmeta.Issn;
import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.NameOrder;
import io.github.reportmeta.Organization;
import io.github.reportmeta.PartialDate;
import io.github.reportmeta.Person;
import io.github.reportmeta.PersonName;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportMetadataException;
import io.github.reportmeta.ReportNumber;
import io.github.reportmeta.ReportType;
import io.github.reportmeta.Role;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.internal.ModelTexts;
import io.github.reportmeta.xml.internal.DocumentWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The mapping of one report to a {@code report-paper} element: refuses what Crossref requires and the report lacks,
 * maps the rest, and lists what Crossref cannot hold as loss notes, all before anything is written. The table it
 * implements is in {@code docs/formats/registries.md}.
 */
final class CrossrefMapping {

    /** The values of the schema's {@code language} attribute (ISO 639-1 codes, as the schema lists them). */
    static final Set<String> LANGUAGES = Set.of(("aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs"
            + " ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he"
            + " hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jw ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la"
            + " lb lg li ln lo lt lu lv mg mu mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa"
            + " pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl"
            + " tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh").split(" "));

    private static final Pattern DOI = Pattern.compile("10\\.[0-9]{4,9}/[^\\n\\r]{1,200}");
    private static final Pattern RESOURCE = Pattern.compile("(?i:https?|ftp)://.*");
    /** The schema's pattern of {@code surname} and {@code given_name}, on the collapsed value. */
    private static final Pattern NAME_PART = Pattern.compile("[^\\p{Nd}?]*[^?\\x20\\t\\n\\r]+[^\\p{Nd}]*");
    private static final Pattern ORCID = Pattern.compile("https?://orcid\\.org/[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[X0-9]");
    private static final Pattern PID = Pattern.compile("https://.{1,50}");
    /** The values of {@code xml:lang} ({@code xsd:language}). */
    private static final Pattern XML_LANG = Pattern.compile("[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*");

    private final Report r;
    private final List<ConversionNote> notes = new ArrayList<>();

    private CrossrefMapping(Report report) {
        this.r = report;
    }

    /** A report mapped to its {@code report-paper}, and the losses of the mapping. */
    record Mapped(Node reportPaper, List<ConversionNote> losses) {}

    /**
     * Maps a report.
     *
     * @param report the report
     * @return its {@code report-paper} and what Crossref cannot hold of it
     * @throws ReportMetadataException naming the field when Crossref requires what the report lacks, or a text holds
     *     what XML cannot carry
     */
    static Mapped map(Report report) {
        CrossrefMapping m = new CrossrefMapping(report);
        Node paper = m.reportPaper();
        return new Mapped(paper, List.copyOf(m.notes));
    }

    private Node reportPaper() {
        int doiAt = required();
        List<Node> issns = issns();
        boolean inSeries = !issns.isEmpty();
        Node metadata = Node.of(inSeries ? "report-paper_series_metadata" : "report-paper_metadata");
        if (inSeries) {
            Node series = Node.of("series_metadata")
                    .add(Node.of("titles").add(text("title", "/number/series", number().series())));
            series.children.addAll(issns);
            metadata.add(series);
        }
        language(metadata);
        contributors(metadata);
        titles(metadata);
        abstracts(metadata);
        metadata.add(publicationDate(r.issued()));
        isbns(metadata);
        publisher(metadata);
        publisherItem(metadata, inSeries);
        identifiers(doiAt);
        metadata.add(Node.of("doi_data")
                .add(text("doi", "/identifiers/" + doiAt, ((Doi) r.identifiers().get(doiAt)).value()))
                .add(text("resource", "/landingPage", r.landingPage().value())));
        lost();
        return Node.of("report-paper").add(metadata);
    }

    /** Refuses a report without what a deposit requires; returns the index of the DOI to register. */
    private int required() {
        int doiAt = -1;
        for (int i = 0; i < r.identifiers().size() && doiAt < 0; i++) {
            if (r.identifiers().get(i) instanceof Doi) {
                doiAt = i;
            }
        }
        if (doiAt < 0) {
            throw refused("/identifiers", "has no DOI; a Crossref deposit registers the report's DOI, so expected a doi"
                    + " identifier");
        }
        String doi = ((Doi) r.identifiers().get(doiAt)).value();
        if (!DOI.matcher(doi).matches()) {
            throw refused("/identifiers/" + doiAt, "is DOI " + ModelTexts.quote(doi) + "; Crossref expects 10., a"
                    + " prefix of 4 to 9 digits, a slash and a suffix of 1 to 200 characters");
        }
        if (r.landingPage() == null) {
            throw refused("/landingPage", "is missing; a Crossref deposit registers the DOI with the address it"
                    + " resolves to, so expected the report's landing page");
        }
        String page = r.landingPage().value();
        if (!RESOURCE.matcher(page).matches() || page.length() > 2048) {
            throw refused("/landingPage", "is " + ModelTexts.quote(page) + "; Crossref expects an http, https or ftp"
                    + " address of at most 2048 characters");
        }
        if (r.titles().isEmpty()) {
            throw refused("/titles", "is empty; Crossref expects a title");
        }
        PartialDate issued = r.issued();
        if (issued == null) {
            throw refused("/issued", "is missing; Crossref expects a publication date");
        }
        if (issued.year() < 1400 || issued.year() > 2200) {
            throw refused("/issued", "is the year " + issued.year() + "; Crossref expects a year from 1400 to 2200");
        }
        return doiAt;
    }

    private void language(Node metadata) {
        LanguageTag tag = r.language();
        if (tag == null) {
            return;
        }
        String code = languageCode(tag);
        if (code == null) {
            lose("/language", "Crossref takes a language from ISO 639-1 only; " + ModelTexts.quote(tag.value())
                    + " has none");
            return;
        }
        if (!code.equals(tag.value())) {
            lose("/language", "Crossref takes a two-letter ISO 639-1 language only; " + ModelTexts.quote(tag.value())
                    + " is written as " + code);
        }
        metadata.attribute("language", code);
    }

    /** The two-letter code of a tag that the schema's language attribute accepts, or null. */
    static @Nullable String languageCode(LanguageTag tag) {
        String primary = tag.value().split("-", 2)[0].toLowerCase(Locale.ROOT);
        return LANGUAGES.contains(primary) ? primary : null;
    }

    private void contributors(Node metadata) {
        Node contributors = Node.of("contributors");
        for (int i = 0; i < r.authors().size(); i++) {
            Author a = r.authors().get(i);
            String at = "/authors/" + i;
            Node n = a.agent() instanceof Person p ? person(p, at + "/agent") : organization((Organization) a.agent(), at + "/agent");
            if (n == null) {
                continue;
            }
            n.attribute("sequence", contributors.children.isEmpty() ? "first" : "additional");
            n.attribute("contributor_role", role(a.role(), at + "/role"));
            contributors.add(n);
        }
        if (!contributors.children.isEmpty()) {
            metadata.add(contributors);
        }
    }

    private String role(Role role, String at) {
        return switch (role) {
            case AUTHOR -> "author";
            case EDITOR -> "editor";
            case TRANSLATOR -> "translator";
            case REVIEWER -> "reviewer";
            case RESEARCH_TEAM, CONTRIBUTOR, SUPERVISOR -> {
                lose(at, "Crossref has no contributor role " + role.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + "; written as author");
                yield "author";
            }
        };
    }

    private @Nullable Node person(Person p, String at) {
        PersonName n = p.name();
        String name = at + "/name";
        String surname;
        if (n.literal() != null) {
            surname = n.literal();
            lose(name + "/literal", "Crossref has no unsplit name; the literal form is written as the surname");
        } else if (n.family() != null) {
            surname = n.particle() == null ? n.family() : checked(name + "/particle", n.particle()) + " " + n.family();
            if (n.particle() != null) {
                lose(name + "/particle", "Crossref has no name particle; it is written before the surname");
            }
        } else {
            surname = n.given();
            lose(name + "/given", "Crossref requires a surname; the given name alone is written as the surname");
        }
        surname = collapse(surname);
        if (!namePart(surname)) {
            lose(name, "Crossref takes a surname of 1 to 60 characters without '?', digits only inside a word, but"
                    + " it would be " + ModelTexts.quote(surname) + "; the person is left out");
            return null;
        }
        Node person = Node.of("person_name");
        if (n.literal() == null) {
            person.attribute("name-style", n.order() == NameOrder.FAMILY_FIRST ? "eastern" : "western");
        }
        if (n.family() != null && n.given() != null) {
            String given = collapse(n.given());
            if (namePart(given)) {
                person.add(text("given_name", name + "/given", given));
            } else {
                lose(name + "/given", "Crossref takes a given name of 1 to 60 characters without '?', digits only"
                        + " inside a word, but it is " + ModelTexts.quote(given));
            }
        }
        person.add(text("surname", name + (n.literal() != null ? "/literal" : n.family() != null ? "/family" : "/given"), surname));
        if (n.suffix() != null) {
            if (n.suffix().codePointCount(0, n.suffix().length()) <= 10) {
                person.add(text("suffix", name + "/suffix", n.suffix()));
            } else {
                lose(name + "/suffix", "Crossref takes a suffix of at most 10 characters");
            }
        }
        if (!p.affiliations().isEmpty()) {
            Node affiliations = Node.of("affiliations");
            for (int j = 0; j < p.affiliations().size(); j++) {
                Node institution = institution(p.affiliations().get(j), at + "/affiliations/" + j);
                if (institution != null) {
                    affiliations.add(institution);
                }
            }
            if (!affiliations.children.isEmpty()) {
                person.add(affiliations);
            }
        }
        if (p.orcid() != null) {
            if (ORCID.matcher(p.orcid().uri()).matches()) {
                person.add("ORCID", p.orcid().uri());
            } else {
                lose(at + "/orcid", "Crossref takes an ORCID iD of 16 digits (or X last), but it is "
                        + ModelTexts.quote(p.orcid().value()));
            }
        }
        LocalizedText original = n.original();
        if (original != null) {
            Node string = text("string-name", name + "/original/text", original.text());
            if (original.language() != null) {
                String code = languageCode(original.language());
                if (code != null) {
                    string.attribute("language", code);
                }
                if (!original.language().value().equals(code)) {
                    lose(name + "/original/language", "Crossref takes a two-letter ISO 639-1 language only; "
                            + ModelTexts.quote(original.language().value())
                            + (code == null ? " is not written" : " is written as " + code));
                }
            }
            person.add(Node.of("alt-name").add(string));
        }
        return person;
    }

    private @Nullable Node organization(Organization o, String at) {
        String name = collapse(o.name());
        if (name.isEmpty() || name.codePointCount(0, name.length()) > 511) {
            lose(at, "Crossref takes a contributing organisation's name of 1 to 511 characters; the organisation"
                    + " is left out");
            return null;
        }
        if (o.acronym() != null) {
            lose(at + "/acronym", "Crossref has no acronym for a contributing organisation");
        }
        if (o.parent() != null) {
            lose(at + "/parent", "Crossref has no parent organisation for a contributing organisation");
        }
        if (o.ror() != null) {
            lose(at + "/ror", "Crossref has no identifier for a contributing organisation");
        }
        if (o.isni() != null) {
            lose(at + "/isni", "Crossref has no identifier for a contributing organisation");
        }
        return text("organization", at + "/name", name);
    }

    /**
     * An organisation as an {@code institution}: the top of its chain, and the units below as departments; null, with
     * a note, when the top's name is longer than Crossref takes.
     */
    private @Nullable Node institution(Organization o, String at) {
        List<Organization> chain = o.hierarchy();
        Organization top = chain.get(0);
        String topAt = at + "/parent".repeat(chain.size() - 1);
        if (top.name().isEmpty() || top.name().codePointCount(0, top.name().length()) > 1024) {
            lose(at, "Crossref takes an institution's name of 1 to 1024 characters; the organisation is left out");
            return null;
        }
        Node institution = Node.of("institution").add(text("institution_name", topAt + "/name", top.name()));
        if (top.ror() != null && PID.matcher(top.ror().uri()).matches()) {
            institution.add(Node.leaf("institution_id", top.ror().uri()).attribute("type", "ror"));
        }
        if (top.isni() != null) {
            String isni = "https://isni.org/isni/" + top.isni().value();
            if (PID.matcher(isni).matches()) {
                institution.add(Node.leaf("institution_id", isni).attribute("type", "isni"));
            }
        }
        if (top.acronym() != null) {
            if (top.acronym().codePointCount(0, top.acronym().length()) <= 255) {
                institution.add(text("institution_acronym", topAt + "/acronym", top.acronym()));
            } else {
                lose(topAt + "/acronym", "Crossref takes an acronym of at most 255 characters");
            }
        }
        int departments = 0;
        for (int k = 1; k < chain.size(); k++) {
            Organization unit = chain.get(k);
            String unitAt = at + "/parent".repeat(chain.size() - 1 - k);
            int length = unit.name().codePointCount(0, unit.name().length());
            if (departments == 6) {
                lose(unitAt, "Crossref takes at most 6 departments of an institution");
                continue;
            }
            if (length < 2 || length > 255) {
                lose(unitAt + "/name", "Crossref takes a department's name of 2 to 255 characters");
            } else {
                institution.add(text("institution_department", unitAt + "/name", unit.name()));
                departments++;
            }
            if (unit.acronym() != null) {
                lose(unitAt + "/acronym", "Crossref has no acronym for a department");
            }
            if (unit.ror() != null) {
                lose(unitAt + "/ror", "Crossref has no identifier for a department");
            }
            if (unit.isni() != null) {
                lose(unitAt + "/isni", "Crossref has no identifier for a department");
            }
        }
        return institution;
    }

    private void titles(Node metadata) {
        Node titles = Node.of("titles");
        LocalizedText main = r.titles().get(0);
        titles.add(text("title", "/titles/0/text", main.text()));
        if (main.language() != null && (r.language() == null || !main.language().sameAs(r.language()))) {
            lose("/titles/0/language", "Crossref gives the main title the report's language only");
        }
        if (r.titles().size() > 1) {
            LocalizedText other = r.titles().get(1);
            Node original = text("original_language_title", "/titles/1/text", other.text());
            if (other.language() != null) {
                String code = languageCode(other.language());
                if (code != null) {
                    original.attribute("language", code);
                }
                if (!other.language().value().equals(code)) {
                    lose("/titles/1/language", "Crossref takes a two-letter ISO 639-1 language only; "
                            + ModelTexts.quote(other.language().value())
                            + (code == null ? " is not written" : " is written as " + code));
                }
            }
            titles.add(original);
        }
        for (int k = 2; k < r.titles().size(); k++) {
            lose("/titles/" + k, "Crossref holds a title and one title in another language only");
        }
        metadata.add(titles);
    }

    private void abstracts(Node metadata) {
        for (int k = 0; k < r.abstracts().size(); k++) {
            LocalizedText a = r.abstracts().get(k);
            Node p = new Node(CrossrefFormat.JATS, "p");
            p.text = checked("/abstracts/" + k + "/text", a.text());
            Node jats = new Node(CrossrefFormat.JATS, "abstract").add(p);
            if (a.language() != null) {
                if (XML_LANG.matcher(a.language().value()).matches()) {
                    jats.attribute("xml:lang", a.language().value());
                } else {
                    lose("/abstracts/" + k + "/language", "xml:lang takes a language tag of 1 to 8 letters and parts"
                            + " of 1 to 8 letters or digits, but it is " + ModelTexts.quote(a.language().value()));
                }
            }
            metadata.add(jats);
        }
    }

    private static Node publicationDate(PartialDate issued) {
        Node date = Node.of("publication_date").attribute("media_type", "online");
        if (issued.precision() != PartialDate.Precision.YEAR) {
            date.add("month", String.format(Locale.ROOT, "%02d", issued.month()));
        }
        if (issued.precision() == PartialDate.Precision.DAY) {
            date.add("day", String.format(Locale.ROOT, "%02d", issued.day()));
        }
        return date.add("year", String.valueOf(issued.year()));
    }

    private void isbns(Node metadata) {
        int written = 0;
        for (int i = 0; i < r.identifiers().size(); i++) {
            if (r.identifiers().get(i) instanceof Isbn isbn) {
                if (written++ < 6) {
                    metadata.add("isbn", isbn.compact().toUpperCase(Locale.ROOT));
                } else {
                    lose("/identifiers/" + i, "Crossref takes at most 6 ISBNs");
                }
            }
        }
    }

    /** The ISSNs of the report's series, when it has a series; an ISSN without a series is lost. */
    private List<Node> issns() {
        List<Node> issns = new ArrayList<>();
        for (int i = 0; i < r.identifiers().size(); i++) {
            if (r.identifiers().get(i) instanceof Issn issn) {
                if (r.number() == null) {
                    lose("/identifiers/" + i, "Crossref holds an ISSN only with the title of the report's series,"
                            + " and the report has no series");
                } else if (issns.size() == 6) {
                    lose("/identifiers/" + i, "Crossref takes at most 6 ISSNs");
                } else {
                    issns.add(Node.leaf("issn", issn.value()));
                }
            }
        }
        return issns;
    }

    private void publisher(Node metadata) {
        Organization publisher = r.publisher();
        if (publisher == null) {
            return;
        }
        Organization top = publisher.hierarchy().get(0);
        if (top.name().codePointCount(0, top.name().length()) <= 255) {
            metadata.add(Node.of("publisher").add(text("publisher_name",
                    "/publisher" + "/parent".repeat(publisher.hierarchy().size() - 1) + "/name", top.name())));
        }
        Node institution = institution(publisher, "/publisher");
        if (institution != null) {
            metadata.add(institution);
        }
    }

    private void publisherItem(Node metadata, boolean inSeries) {
        Node item = Node.of("publisher_item");
        ReportNumber number = r.number();
        if (number != null) {
            int digits = number.number().codePointCount(0, number.number().length());
            if (digits >= 1 && digits <= 32) {
                item.add(text("item_number", "/number/number", number.number()).attribute("item_number_type", "report-number"));
            } else {
                lose("/number/number", "Crossref takes an item number of 1 to 32 characters; the number is in"
                        + " the report-number identifier only");
            }
            checked("/number/series", number.series());
            checked("/number/raw", number.raw());
            String full = number.toString();
            if (full.codePointCount(0, full.length()) <= 255) {
                item.add(text("identifier", "/number", full).attribute("id_type", "report-number"));
            } else {
                item.add(text("identifier", "/number/raw", number.raw()).attribute("id_type", "report-number"));
                if (!inSeries) {
                    lose("/number/series", "Crossref takes a report number of at most 255 characters and holds the"
                            + " series apart only with its ISSN; the number is written without its series");
                }
                Integer year = number.year();
                if (year != null && year != r.issued().year()) {
                    lose("/number/year", "Crossref takes a report number of at most 255 characters; the number is"
                            + " written without its year, which differs from the publication date's");
                }
            }
        }
        if (!r.id().value().isEmpty() && r.id().value().codePointCount(0, r.id().value().length()) <= 255) {
            item.add(text("identifier", "/id", r.id().value()).attribute("id_type", "other"));
        } else {
            lose("/id", "Crossref takes a publisher's identifier of 1 to 255 characters");
        }
        metadata.add(item);
    }

    /** Notes the identifiers that have no element: a second DOI, handles, URNs, URLs and local identifiers. */
    private void identifiers(int doiAt) {
        for (int i = 0; i < r.identifiers().size(); i++) {
            Identifier id = r.identifiers().get(i);
            if (id instanceof Doi && i != doiAt) {
                lose("/identifiers/" + i, "Crossref registers one DOI per report");
            } else if (!(id instanceof Doi || id instanceof Isbn || id instanceof Issn)) {
                lose("/identifiers/" + i, "Crossref has no element for a " + id.scheme().code() + " identifier");
            }
        }
    }

    /** Notes the components that have no element in a {@code report-paper}. */
    private void lost() {
        if (r.type() != ReportType.RESEARCH_REPORT) {
            lose("/type", "Crossref's report-paper does not record the kind of report (" + r.type().label() + ")");
        }
        lostIf(!r.dates().isEmpty(), "/dates", "Crossref has no element for dates other than the publication date");
        lostIf(!r.keywords().isEmpty(), "/keywords", "Crossref has no element for keywords in a report-paper");
        lostIf(r.fullText() != null, "/fullText", "Crossref has no element for the full text's address here");
        lostIf(r.rights() != null, "/rights", "Crossref has no element for a rights statement");
        lostIf(r.license() != null, "/license", "Crossref has no element for a licence here");
        lostIf(!r.formats().isEmpty(), "/formats", "Crossref has no element for media types and extents");
        lostIf(!r.sources().isEmpty(), "/sources", "Crossref has no element for sources");
        lostIf(!r.coverage().isEmpty(), "/coverage", "Crossref has no element for coverage");
        lostIf(!r.relations().isEmpty(), "/relations", "Crossref relations are not written by reportmeta");
        lostIf(!r.metrics().isEmpty(), "/metrics", "Crossref has no element for usage counts");
    }

    private void lostIf(boolean present, String pointer, String reason) {
        if (present) {
            lose(pointer, reason);
        }
    }

    private void lose(String pointer, String reason) {
        notes.add(ConversionNote.loss(r.id(), pointer, reason));
    }

    private Node text(String name, String pointer, String value) {
        return Node.leaf(name, checked(pointer, value));
    }

    private String checked(String pointer, String value) {
        DocumentWriter.check(r.id(), pointer, value);
        return value;
    }

    private ReportNumber number() {
        ReportNumber number = r.number();
        if (number == null) {
            throw new IllegalStateException("a report in a series has a number");
        }
        return number;
    }

    private static boolean namePart(String value) {
        return value.codePointCount(0, value.length()) <= 60 && NAME_PART.matcher(value).matches();
    }

    /** The value as the schema's {@code whiteSpace="collapse"} sees it. */
    private static String collapse(String value) {
        String collapsed = value.replaceAll("[\\x20\\t\\n\\r]+", " ");
        int start = collapsed.startsWith(" ") ? 1 : 0;
        int end = collapsed.endsWith(" ") && collapsed.length() > start ? collapsed.length() - 1 : collapsed.length();
        return collapsed.substring(start, end);
    }

    private ReportMetadataException refused(String pointer, String what) {
        return new ReportMetadataException("report " + ModelTexts.quote(r.id().value()) + " cannot be written as"
                + " crossref: " + pointer + " " + what);
    }
}
