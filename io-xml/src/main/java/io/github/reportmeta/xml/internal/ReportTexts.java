package io.github.reportmeta.xml.internal;

import io.github.reportmeta.Agent;
import io.github.reportmeta.Author;
import io.github.reportmeta.Identifier;
import io.github.reportmeta.Keyword;
import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.Metric;
import io.github.reportmeta.Organization;
import io.github.reportmeta.Person;
import io.github.reportmeta.PersonName;
import io.github.reportmeta.Relation;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportDate;
import io.github.reportmeta.ReportNumber;
import io.github.reportmeta.Url;
import io.github.reportmeta.internal.ModelTexts;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Every string of a report, in the order {@link ModelTexts#walk} visits them, and the number of values it counts,
 * written out by hand: without reflection and without a pointer per string, what the writers' check of each
 * report costs is the check itself. {@code ReportTextsTest} holds it to {@link ModelTexts#walk} over generated
 * reports, so a field added to the model and not here fails there.
 */
final class ReportTexts {

    /** What receives each string. */
    @FunctionalInterface
    interface Sink {
        /**
         * Receives a string of the report.
         *
         * @param text the string
         */
        void text(String text);
    }

    // The values ModelTexts counts for a record of one string (the record and the string), for a partial date
    // (the record and its three numbers), and for a record, enum or number alone.
    private static final int WRAPPED_STRING = 2;
    private static final int DATE = 4;
    private static final int ONE = 1;

    private ReportTexts() {}

    /**
     * Passes every string of a report to a sink.
     *
     * @param r the report
     * @param sink what receives the strings
     * @return the number of values (strings, records, lists, enums and numbers), as {@link ModelTexts#walk} counts
     */
    static int walk(Report r, Sink sink) {
        int n = ONE;
        n += wrapped(r.id().value(), sink);
        n += texts(r.titles(), sink);
        ReportNumber number = r.number();
        if (number != null) {
            sink.text(number.series());
            sink.text(number.number());
            sink.text(number.raw());
            n += ONE + 3 + (number.year() != null ? ONE : 0);
        }
        n += date(r.issued());
        n += ONE;
        for (ReportDate d : r.dates()) {
            sink.text(d.value());
            n += ONE + ONE + ONE;
        }
        n += ONE;
        for (Author a : r.authors()) {
            n += ONE + agent(a.agent(), sink) + ONE;
        }
        Organization publisher = r.publisher();
        if (publisher != null) {
            n += organization(publisher, sink);
        }
        n += texts(r.abstracts(), sink);
        n += ONE;
        for (Keyword k : r.keywords()) {
            sink.text(k.term());
            n += ONE + ONE + language(k.language(), sink) + optional(k.vocabulary(), sink);
        }
        n += language(r.language(), sink);
        n += ONE;
        n += ONE;
        for (Identifier i : r.identifiers()) {
            n += wrapped(i.value(), sink);
        }
        n += url(r.landingPage(), sink);
        n += url(r.fullText(), sink);
        n += optional(r.rights(), sink);
        n += url(r.license(), sink);
        n += ONE;
        for (var f : r.formats()) {
            sink.text(f.text());
            n += ONE + ONE + ONE;
        }
        n += ONE;
        for (String s : r.sources()) {
            sink.text(s);
            n += ONE;
        }
        n += ONE;
        for (var c : r.coverage()) {
            sink.text(c.text());
            n += ONE + ONE + ONE;
        }
        n += ONE;
        for (Relation rel : r.relations()) {
            n += ONE + ONE + wrapped(rel.target().value(), sink);
        }
        n += ONE;
        for (Metric m : r.metrics()) {
            n += ONE + ONE + ONE + date(m.asOf());
        }
        return n;
    }

    private static int agent(Agent agent, Sink sink) {
        if (agent instanceof Organization o) {
            return organization(o, sink);
        }
        Person p = (Person) agent;
        int n = ONE + personName(p.name(), sink);
        if (p.orcid() != null) {
            n += wrapped(p.orcid().value(), sink);
        }
        n += ONE;
        for (Organization o : p.affiliations()) {
            n += organization(o, sink);
        }
        return n;
    }

    private static int personName(PersonName name, Sink sink) {
        int n = ONE;
        n += optional(name.family(), sink);
        n += optional(name.given(), sink);
        n += optional(name.particle(), sink);
        n += optional(name.suffix(), sink);
        n += ONE;
        n += optional(name.literal(), sink);
        if (name.original() != null) {
            n += localized(name.original(), sink);
        }
        return n;
    }

    private static int organization(Organization o, Sink sink) {
        sink.text(o.name());
        int n = ONE + ONE + optional(o.acronym(), sink);
        if (o.parent() != null) {
            n += organization(o.parent(), sink);
        }
        if (o.ror() != null) {
            n += wrapped(o.ror().value(), sink);
        }
        if (o.isni() != null) {
            n += wrapped(o.isni().value(), sink);
        }
        return n;
    }

    private static int texts(List<LocalizedText> texts, Sink sink) {
        int n = ONE;
        for (LocalizedText t : texts) {
            n += localized(t, sink);
        }
        return n;
    }

    private static int localized(LocalizedText t, Sink sink) {
        sink.text(t.text());
        return ONE + ONE + language(t.language(), sink);
    }

    private static int language(@Nullable LanguageTag tag, Sink sink) {
        return tag == null ? 0 : wrapped(tag.value(), sink);
    }

    private static int url(@Nullable Url url, Sink sink) {
        return url == null ? 0 : wrapped(url.value(), sink);
    }

    private static int wrapped(String text, Sink sink) {
        sink.text(text);
        return WRAPPED_STRING;
    }

    private static int optional(@Nullable String text, Sink sink) {
        if (text == null) {
            return 0;
        }
        sink.text(text);
        return ONE;
    }

    private static int date(@Nullable Object date) {
        return date == null ? 0 : DATE;
    }
}
