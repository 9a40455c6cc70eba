package io.github.reportmeta.json.internal;

import io.github.reportmeta.Agent;
import io.github.reportmeta.Author;
import io.github.reportmeta.Coverage;
import io.github.reportmeta.Identifier;
import io.github.reportmeta.Keyword;
import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.MediaFormat;
import io.github.reportmeta.Metric;
import io.github.reportmeta.Organization;
import io.github.reportmeta.PartialDate;
import io.github.reportmeta.Person;
import io.github.reportmeta.PersonName;
import io.github.reportmeta.Relation;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportDate;
import io.github.reportmeta.ReportNumber;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.internal.ModelTexts;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The strings and values of a report counted the way {@link ModelTexts#walk} counts them, field by field without
 * reflection and without building a JSON Pointer per string: the fast path of {@link JsonReadBackCheck}. A report
 * that does not fit is checked again through {@link JsonReadBackCheck#reportInDetail}, which says why.
 * {@code ReadBackTallyTest} holds the two counts equal on reports with every field filled.
 */
final class ReadBackTally {

    /** The bytes of the strings as written, quoted and escaped in UTF-8. */
    long bytes;
    /** The values walked: strings, records (one more per component that is not null), lists and scalars. */
    int values;
    /** Whether a string is one that the reader refuses. */
    boolean refused;
    /** Where the strings are encoded as they are counted, or null. */
    private final @Nullable EncodedStrings strings;

    private ReadBackTally(@Nullable EncodedStrings strings) {
        this.strings = strings;
    }

    /**
     * Counts a report.
     *
     * @param r the report
     * @return the count
     */
    static ReadBackTally of(Report r) {
        return of(r, null);
    }

    /**
     * Counts a report and encodes its strings, in the order {@link ModelWriter} writes them, into {@code strings}
     * (cleared first).
     *
     * @param r the report
     * @param strings where to encode the strings, or null not to
     * @return the count
     */
    static ReadBackTally of(Report r, @Nullable EncodedStrings strings) {
        if (strings != null) {
            strings.clear();
        }
        ReadBackTally t = new ReadBackTally(strings);
        t.report(r);
        return t;
    }

    /**
     * Whether every string is readable and the report's bound stays within the default report limit.
     *
     * @return whether the report passes
     */
    boolean fits() {
        return !refused && bytes + (long) values * JsonReadBackCheck.BYTES_PER_VALUE <= ReadOptions.DEFAULT_MAX_REPORT_BYTES;
    }

    /**
     * An upper bound of a string's bytes as written (quoted and escaped, in UTF-8), or -1 when the reader refuses
     * it: longer than {@link JsonSetup#MAX_STRING_LENGTH}, with U+0000 or with an unpaired surrogate.
     *
     * @param text the string
     * @return the bytes, or -1
     */
    static long bytes(String text) {
        int length = text.length();
        if (length > JsonSetup.MAX_STRING_LENGTH) {
            return -1;
        }
        long bytes = 2;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20) {
                    bytes += c == '"' || c == '\\' ? 2 : 1;
                } else if (c == 0) {
                    return -1;
                } else {
                    bytes += 6;
                }
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                return -1;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private void report(Report r) {
        values++;
        plain(r.id().value());
        for (LocalizedText t : list(r.titles())) {
            text(t);
        }
        if (r.number() != null) {
            number(r.number());
        }
        date(r.issued());
        for (ReportDate d : list(r.dates())) {
            values += 2;
            string(d.value());
        }
        for (Author a : list(r.authors())) {
            values += 2;
            agent(a.agent());
        }
        if (r.publisher() != null) {
            organization(r.publisher());
        }
        for (LocalizedText t : list(r.abstracts())) {
            text(t);
        }
        for (Keyword k : list(r.keywords())) {
            values++;
            string(k.term());
            language(k.language());
            optional(k.vocabulary());
        }
        language(r.language());
        values++;
        for (Identifier i : list(r.identifiers())) {
            plain(i.value());
        }
        if (r.landingPage() != null) {
            plain(r.landingPage().value());
        }
        if (r.fullText() != null) {
            plain(r.fullText().value());
        }
        optional(r.rights());
        if (r.license() != null) {
            plain(r.license().value());
        }
        for (MediaFormat f : list(r.formats())) {
            values += 2;
            string(f.text());
        }
        for (String s : list(r.sources())) {
            string(s);
        }
        for (Coverage c : list(r.coverage())) {
            values += 2;
            string(c.text());
        }
        for (Relation rel : list(r.relations())) {
            values += 2;
            plain(rel.target().value());
        }
        for (Metric m : list(r.metrics())) {
            values += 3;
            date(m.asOf());
        }
    }

    private void number(ReportNumber n) {
        values++;
        string(n.series());
        string(n.number());
        string(n.raw());
        if (n.year() != null) {
            values++;
        }
    }

    private void agent(Agent agent) {
        if (agent instanceof Person p) {
            values++;
            name(p.name());
            if (p.orcid() != null) {
                plain(p.orcid().value());
            }
            for (Organization o : list(p.affiliations())) {
                organization(o);
            }
        } else {
            organization((Organization) agent);
        }
    }

    private void name(PersonName n) {
        values += 2;
        optional(n.family());
        optional(n.given());
        optional(n.particle());
        optional(n.suffix());
        optional(n.literal());
        if (n.original() != null) {
            text(n.original());
        }
    }

    private void organization(Organization o) {
        if (strings != null && chain(o) <= JsonSetup.MAX_DEPTH) {
            organizationAsWritten(o);
            return;
        }
        for (Organization at = o; at != null; at = at.parent()) {
            values++;
            string(at.name());
            optional(at.acronym());
            if (at.ror() != null) {
                plain(at.ror().value());
            }
            if (at.isni() != null) {
                plain(at.isni().value());
            }
        }
    }

    /** The same count as {@link #organization}, in the writer's order: the parents before the identifiers. */
    private void organizationAsWritten(Organization o) {
        values++;
        string(o.name());
        optional(o.acronym());
        if (o.parent() != null) {
            organizationAsWritten(o.parent());
        }
        if (o.ror() != null) {
            plain(o.ror().value());
        }
        if (o.isni() != null) {
            plain(o.isni().value());
        }
    }

    private static int chain(Organization o) {
        int chain = 0;
        for (Organization at = o; at != null; at = at.parent()) {
            chain++;
        }
        return chain;
    }

    private void text(LocalizedText t) {
        values++;
        string(t.text());
        language(t.language());
    }

    private void language(@Nullable LanguageTag tag) {
        if (tag != null) {
            plain(tag.value());
        }
    }

    private void date(@Nullable PartialDate d) {
        if (d != null) {
            values += 4;
        }
    }

    /** A list counts as a value of its own. */
    private <T> List<T> list(List<T> values) {
        this.values++;
        return values;
    }

    /** A record of one string (an id, a language tag, an identifier) counts as a value besides its string. */
    private void plain(String s) {
        values++;
        string(s);
    }

    private void optional(@Nullable String s) {
        if (s != null) {
            string(s);
        }
    }

    private void string(String s) {
        values++;
        long b = strings == null ? bytes(s) : strings.add(s);
        if (b < 0) {
            refused = true;
        } else {
            bytes += b;
        }
    }
}
