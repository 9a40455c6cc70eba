package io.github.reportmeta.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.Catalogue;
import io.github.reportmeta.CatalogueId;
import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.Isbn;
import io.github.reportmeta.Issn;
import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportId;
import io.github.reportmeta.internal.XmlChars;
import io.github.reportmeta.testing.RandomReports;
import io.github.reportmeta.testing.SeedRecord;
import io.github.reportmeta.validation.ReportValidator;
import io.github.reportmeta.validation.Violation;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The constraint validators and character and check-digit rules called directly, for the cases that validating
 * whole reports does not reach: absent values, values at the edges, and positions other than the first.
 */
class ConstraintValidatorsTest {

    /** The validators below must not need a context for a valid or an absent value. */
    private static final ConstraintValidatorContext NO_CONTEXT = null;

    @Nested
    class AbsentValues {
        @Test
        void everyValidatorAcceptsNullSoThatItComposesWithNotNull() {
            assertThat(new LanguageTagValidator().isValid(null, NO_CONTEXT)).isTrue();
            assertThat(new NotInFutureValidator().isValid(null, NO_CONTEXT)).isTrue();
            assertThat(new XmlCharactersValidator().isValid(null, NO_CONTEXT)).isTrue();
            assertThat(new UniqueReportIdsValidator().isValid(null, NO_CONTEXT)).isTrue();
        }
    }

    @Nested
    class LanguageTagsAsText {
        @ParameterizedTest
        @ValueSource(strings = {"en", "zh-Hans-CN", "de-CH-1996"})
        void acceptsAWellFormedTagGivenAsString(String tag) {
            assertThat(new LanguageTagValidator().isValid(tag, NO_CONTEXT)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"en_GB", "not a tag", "x"})
        void rejectsAnIllFormedTagGivenAsString(String tag) {
            assertThat(new LanguageTagValidator().isValid(tag, NO_CONTEXT)).isFalse();
        }

        @Test
        void answersAlikeEveryTimeAndForEveryTagBeyondThoseKept() {
            LanguageTagValidator validator = new LanguageTagValidator();
            for (int round = 0; round < 2; round++) {
                for (int n = 0; n < 2_000; n++) {
                    assertThat(validator.isValid("en-" + (100 + n % 900) + "-x-" + n, NO_CONTEXT)).isTrue();
                    assertThat(validator.isValid("en_" + n, NO_CONTEXT)).isFalse();
                }
            }
        }

        @Test
        void acceptsALanguageTagValue() {
            assertThat(new LanguageTagValidator().isValid(LanguageTag.ENGLISH, NO_CONTEXT)).isTrue();
        }
    }

    @Nested
    class UniqueIds {
        @Test
        void acceptsACatalogueWhoseIdsAreAllDifferent() {
            List<Report> reports = RandomReports.withSeed(7).reports(5);
            assertThat(reports).extracting(Report::id).doesNotHaveDuplicates();
            Catalogue catalogue = Catalogue.of(CatalogueHeader.of(CatalogueId.of("c"), LocalizedText.of("c")), reports);

            assertThat(new UniqueReportIdsValidator().isValid(catalogue, NO_CONTEXT)).isTrue();
        }
    }

    @Nested
    class XmlCharacterPositions {
        @Test
        void rejectsAnIllegalCharacterAtTheVeryStart() {
            assertThat(new XmlCharactersValidator().isValid("\u0001abc", NO_CONTEXT)).isFalse();
        }

        @Test
        void acceptsTextWithoutIllegalCharacters() {
            assertThat(new XmlCharactersValidator().isValid("abc \uD840\uDC00", NO_CONTEXT)).isTrue();
        }

        @Test
        void findsNonCharactersAndLoneLowSurrogatesWhereTheyAre() {
            assertThat(XmlChars.firstIllegal("ab\uFFFE")).isEqualTo(2);
            assertThat(XmlChars.firstIllegal("abc\uFFFF")).isEqualTo(3);
            assertThat(XmlChars.firstIllegal("a\uDC00")).isEqualTo(1);
            assertThat(XmlChars.firstIllegal("\uD840\uDC00x\uD800")).isEqualTo(3);
        }
    }

    @Nested
    class BidiControlPositions {
        @ParameterizedTest(name = "U+{0}")
        @ValueSource(strings = {"061C", "200E", "200F", "202A", "202B", "202C", "202D", "202E", "2066", "2067", "2068",
                "2069"})
        void findsEveryBidiControlAtTheStartInTheMiddleAndAtTheEnd(String hex) {
            String control = Character.toString(Integer.parseInt(hex, 16));

            assertThat(BidiControlsValidator.firstBidiControl(control + "abc")).isZero();
            assertThat(BidiControlsValidator.firstBidiControl("ab" + control + "c" + control)).isEqualTo(2);
            assertThat(BidiControlsValidator.firstBidiControl("abc\u4e2d" + control)).isEqualTo(4);
        }

        @ParameterizedTest(name = "U+{0}")
        @ValueSource(strings = {"0000", "061B", "061D", "200D", "2010", "2029", "202F", "2065", "206A", "FFFF"})
        void passesTheCharactersNextToThem(String hex) {
            String neighbour = Character.toString(Integer.parseInt(hex, 16));

            assertThat(BidiControlsValidator.firstBidiControl("a" + neighbour + "b")).isEqualTo(-1);
        }

        @Test
        void findsExactlyTheCharactersThatAreBidiControls() {
            for (char c = 0; c < Character.MAX_VALUE; c++) {
                assertThat(BidiControlsValidator.firstBidiControl("a" + c + "\u202A")).as("U+%04X", (int) c)
                        .isEqualTo(BidiControlsValidator.isBidiControl(c) ? 1 : 2);
            }
        }

        @Test
        void findsTheSamePlaceInAnyCharSequence() {
            StringBuilder text = new StringBuilder("Annual report \u202Efdp.exe");

            assertThat(BidiControlsValidator.firstBidiControl(text)).isEqualTo(14);
            assertThat(new BidiControlsValidator().isValid(new StringBuilder("plain"), NO_CONTEXT)).isTrue();
        }
    }

    @Nested
    class CheckCharacterX {
        @Test
        void anIssnMayEndInX() {
            assertThat(Issn.parse("2434-561X").hasValidChecksum()).isTrue();
            assertThat(Issn.parse("2434-5610").hasValidChecksum()).isFalse();
        }

        @Test
        void anIsbn10MayEndInX() {
            assertThat(Isbn.parse("0-8044-2957-X").hasValidChecksum()).isTrue();
            assertThat(Isbn.parse("0-8044-2957-1").hasValidChecksum()).isFalse();
        }
    }

    @Nested
    class MessageValues {
        private static final String EIGHTY = "drc " + "x".repeat(76);

        @Test
        void aValueOfEightyCharactersIsQuotedWhole() {
            assertThat(idMessage(EIGHTY)).isEqualTo("must be 1 to 256 characters without white space, control or format characters (such as U+200B or U+202E), but was '"
                    + EIGHTY + "'");
        }

        @Test
        void aLongerValueIsCutToEightyCharactersWithAnEllipsis() {
            assertThat(idMessage(EIGHTY + "y")).isEqualTo("must be 1 to 256 characters without white space, control or format characters (such as U+200B or U+202E), but was '"
                    + EIGHTY.substring(0, 79) + "…'");
        }

        private static String idMessage(String id) {
            Report report = SeedRecord.report().toBuilder().id(ReportId.of(id)).build();
            return ReportValidator.standard().validate(report).violations().stream()
                    .filter(v -> v.code().equals("id-syntax"))
                    .map(Violation::message)
                    .findFirst()
                    .orElseThrow();
        }
    }
}
