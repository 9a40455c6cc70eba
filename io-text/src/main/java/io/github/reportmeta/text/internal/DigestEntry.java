package io.github.reportmeta.text.internal;

import io.github.reportmeta.Author;
import io.github.reportmeta.Identifier;
import io.github.reportmeta.IdentifierScheme;
import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.PartialDate;
import io.github.reportmeta.Person;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportNumber;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a digest shows of one report, and nothing more, so that a buffered digest holds little per report.
 *
 * @param id the report's id
 * @param issued the issued date, or {@code null}
 * @param title the main title
 * @param titleLanguage the title's language, or {@code null}
 * @param authors the authors as one line, or the empty string
 * @param series the series, or {@code null}
 * @param number the number in the series as "No.215, 2018", or {@code null}
 * @param link the landing page or URL identifier, or {@code null}
 * @param opening the opening of the abstract, or {@code null}
 * @param openingLanguage the abstract's language, or {@code null}
 */
public record DigestEntry(
        String id,
        @Nullable PartialDate issued,
        String title,
        @Nullable LanguageTag titleLanguage,
        String authors,
        @Nullable String series,
        @Nullable String number,
        @Nullable String link,
        @Nullable String opening,
        @Nullable LanguageTag openingLanguage) {

    /** Newest first; undated last; then by id. */
    public static final Comparator<DigestEntry> NEWEST_FIRST = Comparator
            .comparing(DigestEntry::issued, Comparator.nullsLast(Comparator.<PartialDate>reverseOrder()))
            .thenComparing(DigestEntry::id);

    private static final int MAX_AUTHORS = 6;

    /**
     * The entry of a report.
     *
     * @param report the report
     * @param openingLength the longest opening of the abstract
     * @return the entry
     */
    public static DigestEntry of(Report report, int openingLength) {
        LocalizedText title = report.mainTitle();
        LocalizedText abstractText = chooseAbstract(report);
        ReportNumber n = report.number();
        return new DigestEntry(
                report.id().value(),
                report.issued(),
                title == null ? report.id().value() : Excerpt.collapse(title.text()),
                title == null ? null : title.language(),
                authors(report.authors()),
                n == null ? null : n.series(),
                n == null ? null : n.raw() + (n.year() == null ? "" : ", " + n.year()),
                link(report),
                abstractText == null ? null : Excerpt.opening(abstractText.text(), openingLength),
                abstractText == null ? null : abstractText.language());
    }

    private static @Nullable LocalizedText chooseAbstract(Report report) {
        if (report.abstracts().isEmpty()) {
            return null;
        }
        if (report.language() != null) {
            return report.abstractText(report.language()).orElse(report.abstracts().get(0));
        }
        return report.abstracts().get(0);
    }

    private static String authors(List<Author> authors) {
        String shown = authors.stream().limit(MAX_AUTHORS).map(DigestEntry::name).collect(Collectors.joining(", "));
        return authors.size() > MAX_AUTHORS ? shown + " and " + (authors.size() - MAX_AUTHORS) + " more" : shown;
    }

    /** The name as written in running text; a name in Chinese characters has no space between its parts. */
    private static String name(Author author) {
        if (author.agent() instanceof Person p && !p.name().isLiteral() && p.name().family() != null
                && p.name().given() != null && isWide(p.name().family()) && isWide(p.name().given())) {
            return p.name().family() + p.name().given();
        }
        return Excerpt.collapse(author.agent().displayName());
    }

    private static boolean isWide(String text) {
        return text.codePoints().allMatch(Columns::isWide);
    }

    private static @Nullable String link(Report report) {
        if (report.landingPage() != null) {
            return report.landingPage().value();
        }
        return report.identifier(IdentifierScheme.URL).map(Identifier::toString).orElse(null);
    }

    /**
     * The date and number line: "2018-12-10 · No.215, 2018".
     *
     * @return the line
     */
    public String dateLine() {
        String date = issued == null ? "undated" : issued.toString();
        return number == null ? date : date + " \u00B7 " + number;
    }
}
