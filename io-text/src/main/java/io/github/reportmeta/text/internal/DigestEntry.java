package io.github.reportmeta.text.internal;

import io.github.reportmeta.Author;
import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.IdentifierScheme;
import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.PartialDate;
import io.github.reportmeta.Person;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportId;
import io.github.reportmeta.ReportNumber;
import io.github.reportmeta.format.ConversionNote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What a digest shows of one report, and nothing more, so that a buffered digest holds little per report.
 *
 * <p>Every text it shows is {@link Excerpt#printable printable}: a control or bidi control character is shown as
 * U+FFFD, and a {@link ConversionNote.Kind#WARNING WARNING} names the report and the field.
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
     * The entry of a report, without a note for what it replaces.
     *
     * @param report the report
     * @param openingLength the longest opening of the abstract
     * @return the entry
     */
    public static DigestEntry of(Report report, int openingLength) {
        return of(report, openingLength, note -> {});
    }

    /**
     * The entry of a report, its control and bidi control characters replaced by U+FFFD.
     *
     * @param report the report
     * @param openingLength the longest opening of the abstract
     * @param notes told a warning for each field in which characters were replaced
     * @return the entry
     */
    public static DigestEntry of(Report report, int openingLength, Consumer<ConversionNote> notes) {
        Shown shown = new Shown(report.id(), notes);
        LocalizedText title = report.mainTitle();
        LocalizedText abstractText = chooseAbstract(report);
        ReportNumber n = report.number();
        return new DigestEntry(
                report.id().value(),
                report.issued(),
                title == null
                        ? shown.text("/id", report.id().value())
                        : shown.text("/titles/0/text", Excerpt.collapse(title.text())),
                title == null ? null : title.language(),
                authors(report.authors(), shown),
                n == null ? null : shown.text("/number/series", n.series()),
                n == null ? null : shown.text("/number/raw", n.raw()) + (n.year() == null ? "" : ", " + n.year()),
                link(report, shown),
                abstractText == null ? null : shown.text("/abstracts/" + report.abstracts().indexOf(abstractText)
                        + "/text", Excerpt.opening(abstractText.text(), openingLength)),
                abstractText == null ? null : abstractText.language());
    }

    /**
     * The catalogue's title as a digest shows it, with a warning (naming no report) when characters were replaced.
     *
     * @param header the catalogue's header
     * @param notes told the warning
     */
    public static void checkHeader(CatalogueHeader header, Consumer<ConversionNote> notes) {
        if (!header.titles().isEmpty()) {
            new Shown(null, notes).text("/titles/0/text", Excerpt.collapse(header.titles().get(0).text()));
        }
    }

    /** Makes the texts of one report printable and says which fields changed. */
    private record Shown(@Nullable ReportId id, Consumer<ConversionNote> notes) {

        private static final int LISTED = 5;

        String text(String pointer, String text) {
            List<Integer> replaced = new ArrayList<>();
            String printable = Excerpt.printable(text, replaced::add);
            if (!replaced.isEmpty()) {
                StringJoiner listed = new StringJoiner(", ");
                replaced.stream().limit(LISTED).forEach(c -> listed.add(String.format("U+%04X", c)));
                String more = replaced.size() > LISTED ? " and " + (replaced.size() - LISTED) + " more" : "";
                notes.accept(new ConversionNote(ConversionNote.Kind.WARNING, id, pointer, "the digest shows "
                        + replaced.size() + (replaced.size() == 1 ? " character" : " characters") + " (" + listed
                        + more + ") as U+FFFD: control and bidi control characters are never written", null));
            }
            return printable;
        }
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

    private static String authors(List<Author> authors, Shown shown) {
        StringJoiner names = new StringJoiner(", ");
        for (int i = 0; i < Math.min(authors.size(), MAX_AUTHORS); i++) {
            names.add(shown.text("/authors/" + i + "/agent", name(authors.get(i))));
        }
        return authors.size() > MAX_AUTHORS ? names + " and " + (authors.size() - MAX_AUTHORS) + " more" : names.toString();
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

    private static @Nullable String link(Report report, Shown shown) {
        if (report.landingPage() != null) {
            return shown.text("/landingPage", report.landingPage().value());
        }
        for (int i = 0; i < report.identifiers().size(); i++) {
            if (report.identifiers().get(i).scheme() == IdentifierScheme.URL) {
                return shown.text("/identifiers/" + i, report.identifiers().get(i).toString());
            }
        }
        return null;
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
