package io.github.reportmeta.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reportmeta.Author;
import io.github.reportmeta.PersonName;
import io.github.reportmeta.Report;
import io.github.reportmeta.format.Detection;
import io.github.reportmeta.format.ReportFormat;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What each format of the module says about itself, and how the listing format recognises its input. */
class FormatDescriptorTest {

    @Nested
    class DescribesEachFormat {

        @Test
        void describesTheListingFormat() {
            ListingFormat listing = new ListingFormat();
            assertThat(listing.name()).isEqualTo("listing");
            assertThat(listing.description()).isEqualTo("report listing pages (title, By line, series line, "
                    + "abstract, key words), plain text or HTML; read only");
            assertThat(listing.mediaType()).isEqualTo("text/plain");
            assertThat(listing.extensions()).containsExactly("listing.txt", "listing.html", "listing");
            assertThat(listing.canRead()).isTrue();
            assertThat(listing.canWrite()).isFalse();
            assertThat(listing.options()).isEqualTo(ListingOptions.DEFAULT);
        }

        @Test
        void describesTheTextDigest() {
            ReportFormat digest = new DigestTextFormat();
            assertThat(digest.name()).isEqualTo("digest-text");
            assertThat(digest.description()).isEqualTo("e-mail alert of the latest reports as plain text wrapped "
                    + "at 72 columns, grouped by series; write only");
            assertThat(digest.mediaType()).isEqualTo("text/plain");
            assertThat(digest.extensions()).containsExactly("digest.txt");
            assertThat(digest.canRead()).isFalse();
            assertThat(digest.canWrite()).isTrue();
        }

        @Test
        void describesTheHtmlDigest() {
            DigestHtmlFormat digest = new DigestHtmlFormat(DigestOptions.DEFAULT.withWidth(60));
            assertThat(digest.name()).isEqualTo("digest-html");
            assertThat(digest.description()).isEqualTo("e-mail alert of the latest reports as an HTML document "
                    + "with inline styles, grouped by series; write only");
            assertThat(digest.mediaType()).isEqualTo("text/html");
            assertThat(digest.extensions()).containsExactly("digest.html");
            assertThat(digest.canRead()).isFalse();
            assertThat(digest.canWrite()).isTrue();
            assertThat(digest.options().width()).isEqualTo(60);
        }
    }

    @Nested
    class RecognisesAListingPage {

        private Detection detect(String head) {
            return new ListingFormat().detect(head.getBytes(StandardCharsets.UTF_8));
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', textBlock = """
                Research Report, No.215, 2018 | PLAUSIBLE | a series line
                By Zhang Wei                  | WEAK      | a by-line
                Abstract: Text                | WEAK      | an abstract label
                摘要：文字                      | WEAK      | an abstract label
                Key words: a                  | WEAK      | a key words label
                关键词：数字                    | WEAK      | a key words label
                A line of prose               | NONE      | ''
                [1, 2]                        | NONE      | ''
                """)
        void weighsEachLabelOfTheLayout(String line, Detection.Strength strength, String reason) {
            assertThat(detect("  \n" + line + "\n")).isEqualTo(Detection.of(strength, reason));
        }

        @Test
        void isPlausibleFromThirtyFivePointsAndLikelyFromSixty() {
            assertThat(detect("A Title\nAbstract: x\nKey words: x\n").strength()).isEqualTo(Detection.Strength.WEAK);
            assertThat(detect("A Title\nBy Zhang Wei\nKey words: x\n").strength()).isEqualTo(Detection.Strength.PLAUSIBLE);
            assertThat(detect("A Title\nBy Zhang Wei\nAbstract: x\nKey words: x\n").strength())
                    .isEqualTo(Detection.Strength.PLAUSIBLE);
            assertThat(detect("Research Report, No.1\nBy Zhang Wei\n").strength()).isEqualTo(Detection.Strength.LIKELY);
        }

        @Test
        void findsAllFourLabelsLikely() {
            assertThat(detect("A Title\nBy Zhang Wei\nResearch Report, No.1, 2020\nAbstract: x\nKey words: a\n"))
                    .isEqualTo(Detection.of(Detection.Strength.LIKELY,
                            "a series line, a by-line, an abstract label, a key words label"));
        }

        @Test
        void findsTheLabelsOfAnHtmlPageOnePerElement() {
            assertThat(detect("<p>A Title</p><p>By Zhang Wei</p><p>Research Report, No.1, 2020</p>"
                    + "<p>Abstract: x</p><p>Key words: a</p>").strength()).isEqualTo(Detection.Strength.LIKELY);
        }
    }

    @Nested
    class TellsHtmlFromText {

        @Test
        void readsHtmlAfterAByteOrderMark() {
            byte[] page = "\uFEFF<p>A Title</p><p>By Zhang Wei</p>".getBytes(StandardCharsets.UTF_8);
            Report r = Listings.bytes(page).only();
            assertThat(r.mainTitle().text()).isEqualTo("A Title");
            assertThat(r.authors()).containsExactly(Author.person(PersonName.familyFirst("Zhang", "Wei")));
        }

        @Test
        void readsHtmlAfterWhiteSpace() {
            Report r = Listings.text(" \t\r\n<p>A Title</p><p>By Zhang Wei</p>").only();
            assertThat(r.mainTitle().text()).isEqualTo("A Title");
        }

        @Test
        void readsTextWhoseFirstCharacterIsNotALessThanSign() {
            assertThatThrownBy(() -> Listings.text("x<p>A Title</p><p>By Zhang Wei</p>"))
                    .hasMessageContaining("no report found");
        }
    }

    @Nested
    class ChecksDigestOptions {

        @ParameterizedTest(name = "width {0}, at most {1} reports, openings of {2}")
        @CsvSource(textBlock = """
                40,   1,     20
                1000, 10000, 20
                """)
        void acceptsTheEndsOfEachRange(int width, int maxReports, int openingLength) {
            DigestOptions options = new DigestOptions(width, maxReports, openingLength, null);
            assertThat(options.width()).isEqualTo(width);
            assertThat(options.maxReports()).isEqualTo(maxReports);
            assertThat(options.openingLength()).isEqualTo(openingLength);
        }

        @ParameterizedTest(name = "{0} {1} {2}")
        @CsvSource(delimiter = '|', textBlock = """
                39   | 1     | 20 | width must be between 40 and 1000 columns, but was 39
                1001 | 1     | 20 | width must be between 40 and 1000 columns, but was 1001
                40   | 0     | 20 | maxReports must be between 1 and 10000, but was 0
                40   | 10001 | 20 | maxReports must be between 1 and 10000, but was 10001
                40   | 1     | 19 | openingLength must be 20 or more, but was 19
                """)
        void rejectsTheValuesJustOutside(int width, int maxReports, int openingLength, String message) {
            assertThatThrownBy(() -> new DigestOptions(width, maxReports, openingLength, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(message);
        }

        @Test
        void derivesCopies() {
            DigestOptions options = DigestOptions.DEFAULT.withOpeningLength(40).withMaxReports(5).withWidth(50);
            assertThat(options).isEqualTo(new DigestOptions(50, 5, 40, null));
        }
    }
}
