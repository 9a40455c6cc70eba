package io.github.reportmeta.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reportmeta.Catalogue;
import io.github.reportmeta.CatalogueId;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.PartialDate;
import io.github.reportmeta.Report;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ConversionReport;
import io.github.reportmeta.format.Detection;
import io.github.reportmeta.format.FormatRegistry;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.UnknownFormatException;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.testing.RandomReports;
import io.github.reportmeta.text.internal.Columns;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DigestFormatTest {

    /** Set to true ({@code -Dgolden.update=true}) to rewrite the golden files from the current output. */
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    record Written(String text, ConversionReport notes) {}

    static Written write(ReportFormat format, Catalogue catalogue) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ConversionReport notes = format.writeCatalogue(catalogue, out, WriteOptions.DEFAULT);
        return new Written(out.toString(StandardCharsets.UTF_8), notes);
    }

    static void assertGolden(String path, String actual) throws IOException {
        if (UPDATE) {
            Path file = Path.of("src/test/resources" + path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Listings.resource(path));
    }

    @Nested
    class WritesNoControlCharacters {

        private static final String ESCAPES = "\u001B[2J\u001B]0;pwned\u0007";

        private Catalogue hostile() {
            Report report = Report.builder("drc-2018-999")
                    .title("Energy " + ESCAPES + " report \u202Efdp.exe", io.github.reportmeta.LanguageTag.ENGLISH)
                    .number(io.github.reportmeta.ReportNumber.of("Research\u0085Report", "9", 2018))
                    .issued(PartialDate.of(2018, 12, 1))
                    .author(io.github.reportmeta.Author.person(io.github.reportmeta.PersonName.of("Hai\u2066bo", "Long")))
                    .abstractText("An abstract\u009B31m with a C1 escape.", io.github.reportmeta.LanguageTag.ENGLISH)
                    .build();
            return Catalogue.builder(CatalogueId.of("hostile"))
                    .title(LocalizedText.of("Alerts\u200F\u001B[5m", io.github.reportmeta.LanguageTag.ENGLISH))
                    .report(report)
                    .build();
        }

        private void assertPrintable(String text) {
            assertThat(text.chars().filter(c -> c != '\n' && io.github.reportmeta.text.internal.Excerpt.isUnprintable((char) c)))
                    .as("characters a digest must not write")
                    .isEmpty();
            assertThat(text).contains("Energy \uFFFD[2J\uFFFD]0;pwned\uFFFD report \uFFFDfdp.exe");
        }

        private void assertNoted(ConversionReport notes) {
            assertThat(notes.notes())
                    .extracting(n -> n.kind(), n -> n.report() == null ? null : n.report().value(), ConversionNote::pointer)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(ConversionNote.Kind.WARNING, null, "/titles/0/text"),
                            org.assertj.core.groups.Tuple.tuple(ConversionNote.Kind.WARNING, "drc-2018-999", "/titles/0/text"),
                            org.assertj.core.groups.Tuple.tuple(ConversionNote.Kind.WARNING, "drc-2018-999", "/number/series"),
                            org.assertj.core.groups.Tuple.tuple(ConversionNote.Kind.WARNING, "drc-2018-999", "/authors/0/agent"),
                            org.assertj.core.groups.Tuple.tuple(ConversionNote.Kind.WARNING, "drc-2018-999", "/abstracts/0/text"));
            assertThat(notes.notes()).filteredOn(n -> n.report() != null && n.pointer().equals("/titles/0/text"))
                    .extracting(ConversionNote::message)
                    .containsExactly("the digest shows 4 characters (U+001B, U+001B, U+0007, U+202E) as U+FFFD: "
                            + "control and bidi control characters are never written");
            assertThat(notes.notes()).allSatisfy(n -> assertThat(n.toString().chars()
                    .filter(c -> io.github.reportmeta.text.internal.Excerpt.isUnprintable((char) c))).isEmpty());
            assertThat(notes.isLossless()).isTrue();
        }

        @Test
        void theTextDigestReplacesThemAndSaysWhere() {
            Written w = write(new DigestTextFormat(), hostile());

            assertPrintable(w.text());
            assertThat(w.text()).contains("Alerts\uFFFD\uFFFD[5m").contains("Research\uFFFDReport");
            assertNoted(w.notes());
        }

        @Test
        void theHtmlDigestReplacesThemAndSaysWhere() {
            Written w = write(new DigestHtmlFormat(), hostile());

            assertPrintable(w.text());
            assertThat(w.text()).contains("<title>Latest reports: Alerts\uFFFD\uFFFD[5m</title>");
            assertNoted(w.notes());
        }
    }

    @Nested
    class WritesTheGoldenDigests {

        @Test
        void writesTheTextDigest() throws IOException {
            Written w = write(new DigestTextFormat(), DigestCatalogue.catalogue());
            assertGolden("/fixtures/digest-text/latest.txt", w.text());
            assertThat(w.notes().notes()).isEmpty();
        }

        @Test
        void writesTheHtmlDigest() throws IOException {
            Written w = write(new DigestHtmlFormat(), DigestCatalogue.catalogue());
            assertGolden("/fixtures/digest-html/latest.html", w.text());
            assertThat(w.notes().notes()).isEmpty();
        }

        @Test
        void writesTheTextDigestSinceADate() throws IOException {
            DigestOptions since = DigestOptions.DEFAULT.withSince(PartialDate.of(2018, 12, 6));
            Written w = write(new DigestTextFormat(since), DigestCatalogue.catalogue());
            assertGolden("/fixtures/digest-text/since-2018-12-06.txt", w.text());
            assertThat(w.notes().notes()).extracting(n -> n.report().value())
                    .containsExactlyInAnyOrder("drc-brief-3", "drc-note-7", "drc-2018-210");
        }
    }

    @Nested
    class OrdersAndGroups {

        private final String text = write(new DigestTextFormat(), DigestCatalogue.catalogue()).text();

        @Test
        void groupsBySeriesWithTheNewestSeriesFirstAndUnnumberedReportsLast() {
            assertThat(text.indexOf("\nResearch Report\n")).isLessThan(text.indexOf("\nWorking Paper\n"));
            assertThat(text.indexOf("\nWorking Paper\n")).isLessThan(text.indexOf("\nOther reports\n"));
        }

        @Test
        void listsNewestFirstWithinASeriesAndUndatedLast() {
            assertThat(text.indexOf("No.215, 2018")).isLessThan(text.indexOf("No.210, 2018"));
            assertThat(text.indexOf("Briefing: Water Pricing")).isLessThan(text.indexOf("A Note on Regional"));
        }

        @Test
        void cutsTheAbstractAtAWordBoundaryWithAnEllipsis() {
            assertThat(text).contains("integration under the fully competitive market conditions, which is a");
            assertThat(text).doesNotContain("establish a clear demand");
            assertThat(text).containsPattern("[a-z]\u2026\n");
        }

        @Test
        void namesAtMostSixAuthors() {
            assertThat(Columns.wrap(text, 10_000, "").get(0)).contains("Zhou Lan and 2 more");
        }
    }

    @Nested
    class WrapsAt72Columns {

        @Test
        void keepsEveryLineOfGeneratedReportsWithin72ColumnsUnlessOneWordIsLonger() {
            RandomReports random = RandomReports.fromEnvironment();
            Catalogue catalogue = Catalogue.of(random.header(), random.reports(60));
            String text = write(new DigestTextFormat(DigestOptions.DEFAULT.withMaxReports(60)), catalogue).text();
            for (String line : text.split("\n")) {
                if (Columns.width(line) > 72) {
                    assertThat(line.strip()).as("seed %d: a line over 72 columns must be one unbreakable word",
                            random.seed()).doesNotContain(" ");
                }
            }
        }

        @Test
        void wrapsChineseTextWithoutSpacesAt72Columns() {
            String text = write(new DigestTextFormat(), DigestCatalogue.catalogue()).text();
            List<String> chinese = text.lines().filter(l -> l.contains("平台")).toList();
            assertThat(chinese).isNotEmpty().allSatisfy(l -> assertThat(Columns.width(l)).isLessThanOrEqualTo(72));
            assertThat(text.lines().filter(l -> l.startsWith("  ") && l.codePoints().anyMatch(Columns::isWide)))
                    .allSatisfy(l -> assertThat(l.strip()).doesNotStartWith("，").doesNotStartWith("。"));
        }

        @Test
        void wrapsAtAnotherWidthWhenAsked() {
            String text = write(new DigestTextFormat(DigestOptions.DEFAULT.withWidth(50)), DigestCatalogue.catalogue())
                    .text();
            assertThat(text.lines().filter(l -> !l.contains("https://")))
                    .allSatisfy(l -> assertThat(Columns.width(l)).isLessThanOrEqualTo(50));
        }
    }

    @Nested
    class WritesSafeHtml {

        @Test
        void escapesTextAndAttributes() {
            String html = write(new DigestHtmlFormat(), DigestCatalogue.catalogue()).text();
            assertThat(html).contains("Rise &lt;and&gt; Other").contains("heating &amp; power")
                    .contains("&quot;energy cheques&quot;").doesNotContain("<and>");
        }

        @Test
        void writesACompleteDocumentWithInlineStylesAndNoScripts() {
            String html = write(new DigestHtmlFormat(), DigestCatalogue.catalogue()).text();
            assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").endsWith("</html>\n")
                    .contains("<meta charset=\"utf-8\">")
                    .doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<style")
                    .doesNotContainIgnoringCase("<link").doesNotContain("class=");
            assertBalanced(html);
        }

        @Test
        void writesBalancedEscapedHtmlForGeneratedReports() {
            RandomReports random = RandomReports.fromEnvironment();
            Catalogue catalogue = Catalogue.of(random.header(), random.reports(40));
            String html = write(new DigestHtmlFormat(), catalogue).text();
            assertThat(html).as("seed %d", random.seed()).doesNotContainIgnoringCase("<script");
            assertBalanced(html);
            Matcher hrefs = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
            while (hrefs.find()) {
                assertThat(hrefs.group(1)).as("seed %d", random.seed()).matches("https?://.*");
            }
        }

        @Test
        void marksTheLanguageOfChineseTitlesAndAbstracts() {
            String html = write(new DigestHtmlFormat(), DigestCatalogue.catalogue()).text();
            assertThat(html).contains("<h3 lang=\"zh\"").contains("<p lang=\"zh\"");
        }

        private static final Set<String> VOID = Set.of("meta", "br", "hr", "img", "link");

        private static void assertBalanced(String html) {
            Deque<String> open = new ArrayDeque<>();
            Matcher tags = Pattern.compile("<(/?)([a-zA-Z0-9]+)[^>]*>").matcher(html);
            while (tags.find()) {
                String name = tags.group(2).toLowerCase(java.util.Locale.ROOT);
                if (VOID.contains(name)) {
                    continue;
                }
                if (tags.group(1).isEmpty()) {
                    open.push(name);
                } else {
                    assertThat(open).as("closing </%s>", name).isNotEmpty();
                    assertThat(open.pop()).isEqualTo(name);
                }
            }
            assertThat(open).isEmpty();
        }
    }

    @Nested
    class BoundsWhatItHolds {

        @Test
        void keepsTheNewestReportsAndNotesTheOnesLeftOut() {
            Written w = write(new DigestTextFormat(DigestOptions.DEFAULT.withMaxReports(2)), DigestCatalogue.catalogue());
            assertThat(w.text()).contains("No.215, 2018").contains("No.12, 2018").doesNotContain("No.210");
            assertThat(w.notes().notes()).hasSize(3).allSatisfy(n -> {
                assertThat(n.kind()).isEqualTo(ConversionNote.Kind.SKIPPED);
                assertThat(n.message()).contains("2 newest");
            });
            assertThat(w.notes().isLossless()).isTrue();
        }

        @Test
        void recordsNoLossesSoALosslessWriteSucceeds() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ConversionReport notes = new DigestHtmlFormat().writeCatalogue(
                    DigestCatalogue.catalogue(), out, WriteOptions.LOSSLESS);
            assertThat(notes.losses()).isEmpty();
            assertThat(out.size()).isPositive();
        }

        @Test
        void writesADigestOfNoReports() {
            Catalogue empty = Catalogue.builder(CatalogueId.of("c")).title(LocalizedText.of("Empty", "en")).build();
            assertThat(write(new DigestTextFormat(), empty).text())
                    .startsWith("Latest reports: Empty\n0 reports, newest first\n");
        }

        @Test
        void refusesAHeaderAfterAReport() {
            ReportWriter writer = new DigestTextFormat().newWriter(new ByteArrayOutputStream(), WriteOptions.DEFAULT);
            writer.write(Report.builder("a").title(LocalizedText.of("A", "en")).build());
            assertThatThrownBy(() -> writer.writeHeader(DigestCatalogue.catalogue().header()))
                    .isInstanceOf(IllegalStateException.class);
            writer.close();
        }

        @Test
        void rejectsALimitBeyondTheBound() {
            assertThatThrownBy(() -> DigestOptions.DEFAULT.withMaxReports(DigestOptions.MAX_REPORTS_LIMIT + 1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("maxReports must be between 1 and 10000");
        }
    }

    @Nested
    class IsAFormat {

        @Test
        void isFoundByNameThroughTheServiceLoader() {
            FormatRegistry formats = FormatRegistry.load();
            assertThat(formats.expect("digest-text")).isInstanceOf(DigestTextFormat.class);
            assertThat(formats.expect("digest-html")).isInstanceOf(DigestHtmlFormat.class);
        }

        @Test
        void refusesToRead() {
            assertThatThrownBy(() -> new DigestHtmlFormat().newReader(
                            new ByteArrayInputStream(new byte[0]), ReadOptions.of("x")))
                    .isInstanceOf(UnknownFormatException.class);
            assertThat(new DigestTextFormat().detect("Latest reports".getBytes(StandardCharsets.UTF_8))).isEqualTo(Detection.NONE);
        }
    }
}
