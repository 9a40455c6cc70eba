package io.github.reportmeta.dc;

import io.github.reportmeta.Author;
import io.github.reportmeta.Coverage;
import io.github.reportmeta.Doi;
import io.github.reportmeta.Handle;
import io.github.reportmeta.Identifier;
import io.github.reportmeta.Keyword;
import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.MediaFormat;
import io.github.reportmeta.NameOrder;
import io.github.reportmeta.Organization;
import io.github.reportmeta.Person;
import io.github.reportmeta.PersonName;
import io.github.reportmeta.Relation;
import io.github.reportmeta.RelationType;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportDate;
import io.github.reportmeta.ReportNumber;
import io.github.reportmeta.ReportType;
import io.github.reportmeta.Role;
import io.github.reportmeta.Url;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The fields a Dublin Core write drops, found by walking the report once: for each field, what
 * {@link DcMapping#report(io.github.reportmeta.ReportId, List)} would read back from its statements is worked
 * out from the field itself, with the reader's own rules for the values whose reading is a heuristic (names,
 * identifiers, languages, format texts), and compared with {@link DcMapping#diff}, so that pointers, order and
 * reasons are those of mapping back.
 *
 * <p>Where statements of different fields would meet in the reader (a relation that reads as the report
 * number, an identifier that is the citation, a format that names a file, a text with white space around it,
 * dates without an issued date) the walk gives up and returns {@code null}; the caller then maps back. The tests
 * hold the two equal on generated, maximal and real-world reports.
 */
final class DcLosses {

    /** What each report type reads back as: the first type whose label matches, and a "Text" type first of all. */
    private static final Map<ReportType, ReportType> TYPE_BACK = new EnumMap<>(ReportType.class);

    static {
        ReportType text = DcMapping.reportType("Text");
        for (ReportType t : ReportType.values()) {
            ReportType back = text != null ? text : DcMapping.reportType(t.label());
            TYPE_BACK.put(t, back == null ? ReportType.OTHER : back);
        }
    }

    private DcLosses() {}

    /**
     * The lost fields of a report, as {@link DcMapping#lostFieldsByMappingBack} finds them, or {@code null} when
     * the report has something that only mapping back can tell.
     */
    static @Nullable List<String> of(boolean qualified, Report r, List<DcStatement> statements) {
        String citation = null;
        for (int i = 0; i < statements.size(); i++) {
            String v = statements.get(i).value();
            if (!stripped(v)) {
                return null;
            }
        }
        if (!r.titles().isEmpty()) {
            citation = statements.get(statements.size() - 1).value();
        }
        List<String> lost = new ArrayList<>(16);
        lost.add("/id");
        for (int i = 0; i < r.titles().size(); i++) {
            if (!sameLanguage(r.titles().get(i).language())) {
                lost.add("/titles/" + i + "/language");
            }
        }
        ReportNumber number = r.number();
        if (number != null) {
            if (!seriesReadsBack(number)) {
                return null;
            }
            // Read back as ReportNumber.of(series, number, year): the same but for the written form, "No." number.
            String raw = number.raw();
            if (raw.length() != number.number().length() + 3 || !raw.startsWith("No.")
                    || !raw.endsWith(number.number())) {
                lost.add("/number/raw");
            }
        }
        if (r.issued() == null && !r.dates().isEmpty()) {
            return null;
        }
        for (int i = 0; i < r.dates().size(); i++) {
            ReportDate.Kind kind = r.dates().get(i).kind();
            ReportDate.Kind back = qualified && DcMapping.hasDateTerm(kind) ? kind : ReportDate.Kind.OTHER;
            if (kind != back) {
                lost.add("/dates/" + i + "/kind");
            }
        }
        authors(r.authors(), statements, lost);
        Organization publisher = r.publisher();
        if (publisher != null) {
            if (plainLevels(publisher)) {
                organizationAsWritten(publisher, "/publisher", lost);
            } else {
                organization(publisher, DcValues.organization(text(statements, "publisher")), "/publisher", lost);
            }
        }
        for (int i = 0; i < r.abstracts().size(); i++) {
            if (!sameLanguage(r.abstracts().get(i).language())) {
                lost.add("/abstracts/" + i + "/language");
            }
        }
        for (int i = 0; i < r.keywords().size(); i++) {
            Keyword k = r.keywords().get(i);
            if (!sameLanguage(k.language())) {
                lost.add("/keywords/" + i + "/language");
            }
            if (k.vocabulary() != null) {
                lost.add("/keywords/" + i + "/vocabulary");
            }
        }
        if (!sameLanguage(r.language())) {
            lost.add("/language");
        }
        if (TYPE_BACK.get(r.type()) != r.type()) {
            lost.add("/type");
        }
        if (!identifiers(qualified, r, citation, lost)) {
            return null;
        }
        rights(r, lost);
        for (int i = 0; i < r.formats().size(); i++) {
            MediaFormat f = r.formats().get(i);
            MediaFormat.Kind back = qualified && f.kind() != MediaFormat.Kind.MEDIA_TYPE ? f.kind() : DcMapping.formatKind(f.text());
            if (back != f.kind()) {
                lost.add("/formats/" + i + "/kind");
            }
        }
        if (!qualified) {
            for (int i = 0; i < r.coverage().size(); i++) {
                if (r.coverage().get(i).kind() != Coverage.Kind.UNSPECIFIED) {
                    lost.add("/coverage/" + i + "/kind");
                }
            }
        }
        if (!relations(qualified, r.relations(), lost)) {
            return null;
        }
        if (!r.metrics().isEmpty()) {
            lost.add("/metrics");
        }
        return lost;
    }

    /** The text of the first statement of a term. */
    private static String text(List<DcStatement> statements, String term) {
        for (DcStatement s : statements) {
            if (s.term().equals(term)) {
                return s.value();
            }
        }
        throw new IllegalStateException("no dc:" + term);
    }

    /** Whether a statement's text survives the reader's {@code strip()} and is not skipped as empty. */
    private static boolean stripped(String v) {
        return !v.isEmpty() && !Character.isWhitespace(v.charAt(0)) && !Character.isWhitespace(v.charAt(v.length() - 1));
    }

    /**
     * Whether the series text reads back as this number: the number has no white space (the reader's
     * {@code \S+}), the series no line end (its {@code .+}) and the year, if any, four digits.
     */
    private static boolean seriesReadsBack(ReportNumber n) {
        String num = n.number();
        for (int i = 0; i < num.length(); i++) {
            char c = num.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return false;
            }
        }
        String series = n.series();
        for (int i = 0; i < series.length(); i++) {
            char c = series.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return n.year() == null || (n.year() >= 1000 && n.year() <= 9999);
    }

    /** Whether an {@code xml:lang} or {@code dc:language} reads back as the tag it was written from. */
    static boolean sameLanguage(@Nullable LanguageTag tag) {
        if (tag == null) {
            return true;
        }
        String v = tag.value();
        if (simpleTag(v)) {
            return true;
        }
        return tag.equals(DcValues.language(v).tag());
    }

    /** Two ASCII letters, then {@code -} and one to eight ASCII letters or digits, any number of times: read as written. */
    private static boolean simpleTag(String v) {
        int n = v.length();
        if (n < 2 || !asciiLetter(v.charAt(0)) || !asciiLetter(v.charAt(1))) {
            return false;
        }
        int i = 2;
        while (i < n) {
            if (v.charAt(i) != '-') {
                return false;
            }
            int start = ++i;
            while (i < n && (asciiLetter(v.charAt(i)) || (v.charAt(i) >= '0' && v.charAt(i) <= '9'))) {
                i++;
            }
            if (i - start < 1 || i - start > 8) {
                return false;
            }
        }
        return true;
    }

    private static boolean asciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /**
     * Creators first, then the other contributors, each read with the reader's rules from the text of its
     * statement, and compared with the author at the same place. Where the statement was written from that very
     * author and its name is plain, what the reader gives back is decided from the name's parts
     * ({@link #asWritten}); otherwise the text is read as the reader reads it and the two are compared.
     */
    private static void authors(List<Author> authors, List<DcStatement> statements, List<String> lost) {
        if (authors.isEmpty()) {
            return;
        }
        int k = 0;
        for (Role role : new Role[] {Role.AUTHOR, Role.CONTRIBUTOR}) {
            String term = role == Role.AUTHOR ? "creator" : "contributor";
            // The statements of a term are written in the order of the authors they come from.
            int source = -1;
            for (int i = 0; i < statements.size(); i++) {
                DcStatement s = statements.get(i);
                if (s.term().equals(term)) {
                    source = next(authors, source, role == Role.AUTHOR);
                    Author a = authors.get(k);
                    if (source != k || !asWritten(a, s.value(), role, k, lost)) {
                        Author b = DcMapping.author(s.value(), role);
                        if (!a.equals(b)) {
                            author(a, b, "/authors/" + k, lost);
                        }
                    }
                    k++;
                }
            }
        }
    }

    /** The index of the next author after {@code from} that is written as a creator (or as a contributor). */
    private static int next(List<Author> authors, int from, boolean creator) {
        int i = from + 1;
        while (i < authors.size() && (authors.get(i).role() == Role.AUTHOR) != creator) {
            i++;
        }
        return i;
    }

    /**
     * The losses of an author read back from its own name, {@code text}, found from the author's parts without
     * reading the text: a person whose name the reader splits back into the same parts
     * ({@link DcValues#splitsBack}), an organisation whose levels it splits back ({@link #plainLevels}), each
     * only when the reader takes the text for what it is (no digits for life dates, no organisation or team
     * word in a person's name, one in an organisation's). False, having added nothing, when that cannot be told.
     */
    private static boolean asWritten(Author a, String text, Role role, int k, List<String> lost) {
        if (DcValues.hasAsciiDigit(text)) {
            return false;
        }
        boolean team = role == Role.CONTRIBUTOR && DcValues.isTeam(text);
        if (a.agent() instanceof Person p) {
            PersonName name = p.name();
            if (team || !DcValues.splitsBack(name) || DcValues.isOrganisation(text)) {
                return false;
            }
            // Read back as the same parts, given name first, without original, ORCID iD or affiliations.
            if (name.order() != NameOrder.GIVEN_FIRST) {
                lost.add("/authors/" + k + "/agent/name/order");
            }
            if (name.original() != null) {
                lost.add("/authors/" + k + "/agent/name/original");
            }
            if (p.orcid() != null) {
                lost.add("/authors/" + k + "/agent/orcid");
            }
            if (!p.affiliations().isEmpty()) {
                lost.add("/authors/" + k + "/agent/affiliations");
            }
        } else {
            Organization o = (Organization) a.agent();
            if (!plainLevels(o) || !(team || DcValues.isOrganisation(text))) {
                return false;
            }
            organizationAsWritten(o, "/authors/" + k + "/agent", lost);
        }
        Role back = team ? Role.RESEARCH_TEAM : role;
        if (a.role() != back) {
            lost.add("/authors/" + k + "/role");
        }
        return true;
    }

    /**
     * Whether {@link DcValues#organization} splits {@link DcMapping#organizationName} of this organisation back
     * into its levels: no level's name is blank or holds ". ".
     */
    private static boolean plainLevels(Organization o) {
        for (Organization level = o; level != null; level = level.parent()) {
            if (level.name().isBlank() || level.name().contains(". ")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The losses of an organisation whose levels read back by name alone ({@link #plainLevels}): each level's
     * acronym, ROR id and ISNI, as {@link #organization} finds them.
     */
    private static void organizationAsWritten(Organization o, String pointer, List<String> lost) {
        if (o.acronym() != null) {
            lost.add(pointer + "/acronym");
        }
        if (o.parent() != null) {
            organizationAsWritten(o.parent(), pointer + "/parent", lost);
        }
        if (o.ror() != null) {
            lost.add(pointer + "/ror");
        }
        if (o.isni() != null) {
            lost.add(pointer + "/isni");
        }
    }

    private static void author(Author a, Author b, String pointer, List<String> lost) {
        if (a.agent() instanceof Person pa && b.agent() instanceof Person pb) {
            person(pa, pb, pointer + "/agent", lost);
        } else if (a.agent() instanceof Organization oa && b.agent() instanceof Organization ob) {
            organization(oa, ob, pointer + "/agent", lost);
        } else {
            DcMapping.diff(a.agent(), b.agent(), pointer + "/agent", lost);
        }
        if (a.role() != b.role()) {
            lost.add(pointer + "/role");
        }
    }

    /** {@link DcMapping#diff} of two organisations, component by component, without reflection. */
    private static void organization(Organization a, Organization b, String pointer, List<String> lost) {
        if (a.equals(b)) {
            return;
        }
        same(a.name(), b.name(), pointer, "/name", lost);
        same(a.acronym(), b.acronym(), pointer, "/acronym", lost);
        if (a.parent() != null && b.parent() != null) {
            organization(a.parent(), b.parent(), pointer + "/parent", lost);
        } else {
            same(a.parent(), b.parent(), pointer, "/parent", lost);
        }
        same(a.ror(), b.ror(), pointer, "/ror", lost);
        same(a.isni(), b.isni(), pointer, "/isni", lost);
    }

    /** {@link DcMapping#diff} of two people, component by component, without reflection. */
    private static void person(Person a, Person b, String pointer, List<String> lost) {
        if (a.equals(b)) {
            return;
        }
        PersonName na = a.name();
        PersonName nb = b.name();
        if (!na.equals(nb)) {
            String name = pointer + "/name";
            same(na.family(), nb.family(), name, "/family", lost);
            same(na.given(), nb.given(), name, "/given", lost);
            same(na.particle(), nb.particle(), name, "/particle", lost);
            same(na.suffix(), nb.suffix(), name, "/suffix", lost);
            same(na.order(), nb.order(), name, "/order", lost);
            same(na.literal(), nb.literal(), name, "/literal", lost);
            if (!Objects.equals(na.original(), nb.original())) {
                DcMapping.diff(na.original(), nb.original(), name + "/original", lost);
            }
        }
        same(a.orcid(), b.orcid(), pointer, "/orcid", lost);
        if (!a.affiliations().equals(b.affiliations())) {
            DcMapping.diff(a.affiliations(), b.affiliations(), pointer + "/affiliations", lost);
        }
    }

    /** A value that is no record of several components: lost as a whole when it differs. */
    private static void same(@Nullable Object a, @Nullable Object b, String pointer, String component, List<String> lost) {
        if (!Objects.equals(a, b)) {
            lost.add(pointer + component);
        }
    }

    /**
     * The identifiers, the landing page and the full text as the reader sorts the {@code dc:identifier}s out;
     * false when an identifier is the citation or a format names a file.
     */
    private static boolean identifiers(boolean qualified, Report r, @Nullable String citation, List<String> lost) {
        boolean formatted = false;
        for (MediaFormat f : r.formats()) {
            if (f.text().contains("://")) {
                return false;
            }
            formatted |= !qualified || f.kind() == MediaFormat.Kind.MEDIA_TYPE;
        }
        Url landingPage = r.landingPage();
        Url fullText = r.fullText();
        List<Identifier> identifiers = r.identifiers();
        if (landingPage == null && fullText == null && identifiers.isEmpty()) {
            return true;
        }
        List<Identifier> backIdentifiers = new ArrayList<>(identifiers.size());
        Url[] pages = new Url[2];
        int i = 0;
        if (landingPage != null) {
            if (!sort(qualified, landingPage, landingPage.value(), qualified, i++, citation, formatted, pages, backIdentifiers)) {
                return false;
            }
        }
        if (fullText != null) {
            if (!sort(qualified, fullText, fullText.value(), qualified, i++, citation, formatted, pages, backIdentifiers)) {
                return false;
            }
        }
        for (Identifier ident : identifiers) {
            if (!sort(qualified, ident, DcMapping.identifierText(ident), false, i++, citation, formatted, pages,
                    backIdentifiers)) {
                return false;
            }
        }
        DcMapping.diff(identifiers, backIdentifiers, "/identifiers", lost);
        DcMapping.diff(landingPage, pages[0], "/landingPage", lost);
        DcMapping.diff(fullText, pages[1], "/fullText", lost);
        return true;
    }

    /** One {@code dc:identifier} as the reader places it: landing page, full text or identifier. */
    private static boolean sort(boolean qualified, Identifier written, String text, boolean uri, int index,
            @Nullable String citation, boolean formatted, Url[] pages, List<Identifier> backIdentifiers) {
        if (text.equals(citation)) {
            return false;
        }
        Identifier ident = identifier(written, text);
        boolean candidate = qualified ? uri : index == 0;
        if (pages[0] == null && candidate && ident instanceof Url url && !DcMapping.isResolverAddress(url.value())
                && !DcValues.isFile(url.value())) {
            pages[0] = url;
        } else if (pages[1] == null && ident instanceof Url url && DcValues.isFile(url.value())
                && (formatted || DcMapping.isPdf(url.value()))) {
            pages[1] = url;
        } else {
            backIdentifiers.add(ident);
        }
        return true;
    }

    /**
     * What the reader makes of an identifier's text: a DOI or Handle written as its resolver address reads back
     * as itself, a web address that is no resolver's as itself; anything else goes through the reader's rules.
     */
    static Identifier identifier(Identifier written, String text) {
        if (written instanceof Doi || written instanceof Handle) {
            // "https://doi.org/10.…" and "https://hdl.handle.net/…" are the prefixes the reader strips again.
            return written;
        }
        if (written instanceof Url url && plainWebAddress(url.value())) {
            return written;
        }
        return DcMapping.identifier(text);
    }

    /** An http or https address whose host is none that the reader takes for a DOI or Handle resolver. */
    private static boolean plainWebAddress(String v) {
        int host;
        if (v.regionMatches(true, 0, "http://", 0, 7)) {
            host = 7;
        } else if (v.regionMatches(true, 0, "https://", 0, 8)) {
            host = 8;
        } else {
            return false;
        }
        for (int i = 0; i < host; i++) {
            if (v.charAt(i) > 0x7f) {
                return false;
            }
        }
        // The reader's DOI and Handle prefixes after the scheme: (dx.|www.)?doi.org/ and hdl.handle.net/.
        return !startsAscii(v, host, "doi.org/") && !startsAscii(v, host, "dx.doi.org/")
                && !startsAscii(v, host, "www.doi.org/") && !startsAscii(v, host, "hdl.handle.net/");
    }

    /** Whether {@code v} has {@code prefix} (lower case) at {@code at}, ASCII letters in any case, as {@code (?i)} compares. */
    private static boolean startsAscii(String v, int at, String prefix) {
        if (v.length() - at < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            char c = v.charAt(at + i);
            char p = prefix.charAt(i);
            if (c != p && !(c >= 'A' && c <= 'Z' && c + ('a' - 'A') == p)) {
                return false;
            }
        }
        return true;
    }

    /** The rights statement and the licence, as the reader sorts {@code dc:rights} into text and address. */
    private static void rights(Report r, List<String> lost) {
        String rights = null;
        Url license = null;
        if (r.rights() != null) {
            if (r.rights().indexOf(':') >= 0 && Url.isWebAddress(r.rights())) {
                license = new Url(r.rights());
            } else {
                rights = r.rights();
            }
        }
        if (r.license() != null && license == null) {
            license = r.license();
        }
        if (!Objects.equals(r.rights(), rights)) {
            lost.add("/rights");
        }
        DcMapping.diff(r.license(), license, "/license", lost);
    }

    /** The relations as the reader reads them back: the type from the term, the target from its text. */
    private static boolean relations(boolean qualified, List<Relation> relations, List<String> lost) {
        for (int i = 0; i < relations.size(); i++) {
            Relation rel = relations.get(i);
            String text = DcMapping.identifierText(rel.target());
            String term = qualified ? DcMapping.qualifiedRelation(rel.type()) : null;
            if ((term == null || term.equals("isPartOf")) && text.contains("; No. ")) {
                return false;
            }
            RelationType type = term == null ? RelationType.REFERENCES : DcMapping.relationType(term);
            Relation back = new Relation(type, identifier(rel.target(), text));
            DcMapping.diff(rel, back, "/relations/" + i, lost);
        }
        return true;
    }
}
