package io.github.reportmeta.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.reportmeta.Author;
import io.github.reportmeta.Isbn;
import io.github.reportmeta.Isni;
import io.github.reportmeta.Issn;
import io.github.reportmeta.Keyword;
import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.Metric;
import io.github.reportmeta.Organization;
import io.github.reportmeta.PartialDate;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportId;
import io.github.reportmeta.Role;
import io.github.reportmeta.internal.XmlChars;
import io.github.reportmeta.testing.SeedRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConstraintsTest {

    static final Clock NOW = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);
    static final ReportValidator VALIDATOR = ReportValidator.builder().clock(NOW).build();

    static Report seedWith(java.util.function.UnaryOperator<Report.Builder> change) {
        return change.apply(SeedRecord.report().toBuilder()).build();
    }

    static List<Violation> violations(Report report) {
        return VALIDATOR.validate(report).violations();
    }

    @Nested
    class Checksums {
        @Test
        void wrongIsbnCheckDigitIsAnErrorAtItsIdentifier() {
            Report report = seedWith(b -> b.identifier(Isbn.parse("978-3-16-148410-0")).identifier(Isbn.parse("978-3-16-148410-1")));

            assertThat(violations(report))
                    .extracting(Violation::pointer, Violation::code, Violation::message)
                    .containsExactly(tuple("/identifiers/1", "checksum", "check digit is wrong in '978-3-16-148410-1'"));
        }

        @Test
        void wrongIssnCheckDigitIsReported() {
            assertThat(violations(seedWith(b -> b.identifier(Issn.parse("2049-3631")))))
                    .extracting(Violation::pointer, Violation::code)
                    .containsExactly(tuple("/identifiers/0", "checksum"));
        }

        @Test
        void wrongIsniOfAPublisherIsReported() {
            Report report = seedWith(b -> b.publisher(Organization.of("DRC").withIdentifiers(null, Isni.parse("0000000121464380"))));

            assertThat(violations(report))
                    .extracting(Violation::pointer, Violation::code)
                    .containsExactly(tuple("/publisher/isni", "checksum"));
        }
    }

    @Nested
    class LanguageTags {
        @ParameterizedTest
        @ValueSource(strings = {"en", "zh-Hans", "zh-Hans-CN", "de-CH-1996", "sr-Latn-RS", "en-x-private"})
        void acceptsWellFormedTags(String tag) {
            assertThat(violations(seedWith(b -> b.language(LanguageTag.parse(tag))))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"EN", "zh-hant-tw", "es-419", "sgn-ase", "zh-yue-HK", "qaa", "en-Qaaa-QM",
                "i-klingon", "zh-min-nan", "en-GB-oed", "de-DE-1901-u-co-phonebk", "x-whatever", "en-GB"})
        void acceptsRegisteredTagsInTheStrictProfile(String tag) {
            ReportValidator strict = ReportValidator.builder().profile(Profile.STRICT).clock(NOW).build();

            assertThat(strict.validate(seedWith(b -> b.language(LanguageTag.parse(tag)))).violations()).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
                English       | 'english' (language)
                Dutch         | 'dutch' (language)
                other         | 'other' (language)
                abcd          | 'abcd' (language)
                zh-Latx       | 'latx' (script)
                en-AB         | 'ab' (region)
                en-999        | '999' (region)
                de-CH-abcde   | 'abcde' (variant)
                sgn-abc-US    | 'abc' (extlang)
                """)
        void reportsAnUnregisteredSubtagAsAWarningByDefaultAndAnErrorWhenStrict(String tag, String subtag) {
            ReportValidator strict = ReportValidator.builder().profile(Profile.STRICT).clock(NOW).build();
            Report report = seedWith(b -> b.language(LanguageTag.parse(tag)));
            String message = "language tag '" + tag + "' has the subtag " + subtag + ", which is not in the IANA "
                    + "Language Subtag Registry (File-Date 2024-03-06); use a registered subtag such as 'en', 'zh' or "
                    + "'zh-Hans'";

            assertThat(violations(report)).extracting(Violation::pointer, Violation::code, Violation::severity,
                            Violation::message)
                    .containsExactly(tuple("/language", "language-subtag", Severity.WARNING, message));
            assertThat(strict.validate(report).violations()).extracting(Violation::pointer, Violation::code,
                            Violation::severity, Violation::message)
                    .containsExactly(tuple("/language", "language-subtag", Severity.ERROR, message));
        }

        @Test
        void checksTheTagsOfTitlesAndKeywordsToo() {
            Report report = seedWith(b -> b
                    .titles(List.of(LocalizedText.of("A title", LanguageTag.parse("Dutch"))))
                    .keywords(List.of(Keyword.of("energy", LanguageTag.parse("other")))));

            assertThat(violations(report)).extracting(Violation::pointer, Violation::code)
                    .containsExactly(tuple("/keywords/0/language", "language-subtag"),
                            tuple("/titles/0/language", "language-subtag"));
        }

        @Test
        void leavesAnIllFormedTagToTheWellFormednessRule() {
            assertThat(violations(seedWith(b -> b.language(LanguageTag.parse("en-abcdefghi")))))
                    .extracting(Violation::code)
                    .containsExactly("language-tag");
        }

        @ParameterizedTest
        @ValueSource(strings = {"e", "en-abcdefghi", "en--US", "-en", "zh-Hans-", "x"})
        void reportsIllFormedTags(String tag) {
            assertThat(violations(seedWith(b -> b.language(LanguageTag.parse(tag)))))
                    .extracting(Violation::pointer, Violation::code)
                    .containsExactly(tuple("/language", "language-tag"));
        }
    }

    @Nested
    class XmlCharacterRule {
        @ParameterizedTest
        @ValueSource(strings = {"\u0000", "\u0001", "\u0008", "\u000B", "\u000C", "\u001F", "\uFFFE", "\uFFFF", "\uD800", "\uDC00", "a\uD800b"})
        void reportsCharactersXmlCannotCarry(String bad) {
            Report report = seedWith(b -> b.keywords(List.of(Keyword.of("civil" + bad + "military", LanguageTag.ENGLISH))));

            assertThat(violations(report))
                    .extracting(Violation::pointer, Violation::code)
                    .containsExactly(tuple("/keywords/0/term", "xml-characters"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"\t", "\n", "\r", "\u007F", "\uD840\uDC00", "\uFFFD", "\uE000", "😀"})
        void acceptsCharactersXmlCanCarry(String good) {
            assertThat(XmlChars.firstIllegal("a" + good + "b")).isEqualTo(-1);
        }

        @Test
        void findsTheFirstIllegalCharacter() {
            assertThat(XmlChars.firstIllegal("ab\u0001c\u0002")).isEqualTo(2);
            assertThat(XmlChars.describe("ab\u0001", 2)).isEqualTo("U+0001");
            assertThat(XmlChars.firstIllegal("ab\uD840")).isEqualTo(2);
            assertThat(XmlChars.firstIllegal(new StringBuilder("ab\uDC00c"))).isEqualTo(2);
            assertThat(XmlChars.firstIllegal(new StringBuilder("a\uD840\uDC00\tb"))).isEqualTo(-1);
        }
    }

    @Nested
    class Lengths {
        @Test
        void countsCodePointsNotCharsSoAstralTextIsNotPenalised() {
            String astral = "𠀀".repeat(Keyword.MAX_LENGTH);
            assertThat(astral.length()).isEqualTo(2 * Keyword.MAX_LENGTH);

            assertThat(violations(seedWith(b -> b.keywords(List.of(Keyword.of(astral)))))).isEmpty();
        }

        @Test
        void reportsTextOneCodePointTooLong() {
            String tooLong = "𠀀".repeat(Keyword.MAX_LENGTH + 1);

            assertThat(violations(seedWith(b -> b.keywords(List.of(Keyword.of(tooLong))))))
                    .extracting(Violation::pointer, Violation::code, Violation::message)
                    .containsExactly(tuple("/keywords/0/term", "too-long", "must be at most 512 characters long"));
        }
    }

    @Nested
    class Dates {
        @Test
        void todayIsNotInTheFuture() {
            assertThat(violations(seedWith(b -> b.issued(PartialDate.of(2026, 11, 29))))).isEmpty();
        }

        @Test
        void tomorrowIsInTheFuture() {
            assertThat(violations(seedWith(b -> b.issued(PartialDate.of(2026, 11, 30)))))
                    .extracting(Violation::pointer, Violation::code, Violation::message)
                    .containsExactly(tuple("/issued", "future-date", "must not be in the future, but was 2026-11-30"));
        }

        @Test
        void theCurrentYearOrMonthIsNotInTheFuture() {
            assertThat(violations(seedWith(b -> b.issued(PartialDate.of(2026))))).isEmpty();
            assertThat(violations(seedWith(b -> b.issued(PartialDate.of(2026, 11))))).isEmpty();
            assertThat(violations(seedWith(b -> b.issued(PartialDate.of(2026, 12))))).hasSize(1);
        }

        @Test
        void theClockDecidesWhatTodayIs() {
            ReportValidator in2018 = ReportValidator.builder()
                    .clock(Clock.fixed(Instant.parse("2018-12-09T00:00:00Z"), ZoneOffset.UTC))
                    .build();

            assertThat(in2018.validate(SeedRecord.report()).violations())
                    .extracting(Violation::pointer)
                    .containsExactly("/issued");
        }

        @Test
        void metricDatesAreCheckedToo() {
            assertThat(violations(seedWith(b -> b.metrics(List.of(Metric.views(1, PartialDate.of(2030)))))))
                    .extracting(Violation::pointer, Violation::code)
                    .containsExactly(tuple("/metrics/0/asOf", "future-date"));
        }
    }

    @Nested
    class Content {
        @Test
        void blankTitleAndNegativeCountAreErrors() {
            Report report = seedWith(b -> b.titles(List.of(LocalizedText.of(" ", LanguageTag.ENGLISH)))
                    .metrics(List.of(Metric.views(-1, null))));

            assertThat(violations(report))
                    .extracting(Violation::pointer, Violation::code, Violation::severity)
                    .containsExactly(
                            tuple("/metrics/0/count", "negative", Severity.ERROR),
                            tuple("/titles/0/text", "blank", Severity.ERROR),
                            tuple("/titles/0/text", "untrimmed", Severity.WARNING));
        }

        @Test
        void aReportNeedsATitle() {
            assertThat(violations(seedWith(b -> b.titles(List.of()))))
                    .extracting(Violation::pointer, Violation::code)
                    .containsExactly(tuple("/titles", "required"));
        }

        @Test
        void untrimmedTextIsOnlyAWarning() {
            ValidationResult result = VALIDATOR.validate(seedWith(b -> b.keywords(List.of(Keyword.of(" energy")))));

            assertThat(result.isValid()).isTrue();
            assertThat(result.warnings()).extracting(Violation::pointer).containsExactly("/keywords/0/term");
        }

        @ParameterizedTest(name = "U+{0}")
        @ValueSource(strings = {"200B", "00A0", "2028", "202E", "FEFF", "3000", "0085", "0009", "200E", "2066", "E0001"})
        void idsMustHaveNoInvisibleOrReorderingCharacter(String hex) {
            String id = "r-1" + Character.toString(Integer.parseInt(hex, 16));

            List<Violation> found = violations(seedWith(b -> b.id(ReportId.of(id))));

            assertThat(found).extracting(Violation::pointer, Violation::code)
                    .containsExactly(tuple("/id/value", "id-syntax"));
            assertThat(found.get(0).message())
                    .contains("'r-1\\u" + (hex.length() == 4 ? hex : "{" + hex + "}") + "'")
                    .doesNotContain(id);
        }

        @Test
        void idsOfVisibleCharactersOfAnyScriptAreValid() {
            assertThat(violations(seedWith(b -> b.id(ReportId.of("报告-2018/215_α.β~1"))))).isEmpty();
        }

        @Test
        void idsMustHaveNoWhiteSpace() {
            assertThat(violations(seedWith(b -> b.id(ReportId.of("drc 2018")))))
                    .extracting(Violation::pointer, Violation::code)
                    .containsExactly(tuple("/id/value", "id-syntax"));
        }

        @Test
        void organisationsAreCheckedAllTheWayUp() {
            Organization parent = Organization.of("  ");
            Report report = seedWith(b -> b.authors(List.of(new Author(Organization.of("Team").withParent(parent), Role.RESEARCH_TEAM))));

            assertThat(violations(report))
                    .extracting(Violation::pointer, Violation::code)
                    .containsExactly(
                            tuple("/authors/0/agent/parent/name", "blank"),
                            tuple("/authors/0/agent/parent/name", "untrimmed"));
        }
    }

    @Nested
    class Profiles {
        @Test
        void strictWantsWhatPublishingNeeds() {
            Report bare = Report.builder("r1").title("A title", LanguageTag.ENGLISH).build();
            ReportValidator strict = ReportValidator.builder().profile(Profile.STRICT).clock(NOW).build();

            assertThat(VALIDATOR.validate(bare).violations()).isEmpty();
            assertThat(strict.validate(bare).violations())
                    .extracting(Violation::pointer, Violation::code)
                    .containsExactly(
                            tuple("/abstracts", "required"),
                            tuple("/authors", "required"),
                            tuple("/issued", "required"),
                            tuple("/keywords", "required"),
                            tuple("/language", "required"));
            assertThat(strict.profile()).isEqualTo(Profile.STRICT);
            assertThat(Profile.STRICT.code()).isEqualTo("strict");
        }
    }

    @Nested
    class Pointers {
        @Test
        void pointerTokensAreEscaped() {
            assertThat(io.github.reportmeta.validation.internal.JsonPointers.escape("a/b~c")).isEqualTo("a~1b~0c");
        }

        @Test
        void reportsInAStreamGetTheirPositionAsPrefix() {
            Report report = seedWith(b -> b.issued(PartialDate.of(2030)));

            assertThat(VALIDATOR.validate(report, "/reports/41").violations())
                    .extracting(Violation::pointer)
                    .containsExactly("/reports/41/issued");
        }
    }

    @Nested
    class BidiControls {

        private final ReportValidator strict = ReportValidator.builder().profile(Profile.STRICT).clock(NOW).build();

        private List<Violation> bidi(ReportValidator validator, Report report) {
            return validator.validate(report).violations().stream().filter(v -> v.code().equals("bidi-control")).toList();
        }

        @ParameterizedTest(name = "U+{0}")
        @ValueSource(strings = {"202A", "202B", "202C", "202D", "202E", "2066", "2067", "2068", "2069", "200E", "200F",
                "061C"})
        void theStrictProfileFlagsEveryBidiControlInATitleAsAnError(String hex) {
            String title = "Annual report " + Character.toString(Integer.parseInt(hex, 16)) + "fdp.exe";
            Report report = seedWith(b -> b.titles(List.of(LocalizedText.of(title, LanguageTag.ENGLISH))));

            assertThat(bidi(strict, report))
                    .extracting(Violation::pointer, Violation::severity, Violation::message)
                    .containsExactly(tuple("/titles/0/text", Severity.ERROR,
                            "must not contain bidirectional control characters, which can make text read differently "
                                    + "from what it says, but has U+" + hex + " at character 14"));
        }

        @Test
        void theStrictProfileFlagsThemInEveryTextOfTheModel() {
            String rlo = "\u202E";
            Report report = seedWith(b -> b
                    .abstracts(List.of(LocalizedText.of("An abstract " + rlo, LanguageTag.ENGLISH)))
                    .keywords(List.of(Keyword.of("energy" + rlo)))
                    .authors(List.of(Author.person(io.github.reportmeta.PersonName.of("Haibo" + rlo, "Long")),
                            new Author(Organization.of("Team" + rlo), Role.RESEARCH_TEAM)))
                    .publisher(Organization.of("Research Department", "RD" + rlo))
                    .number(io.github.reportmeta.ReportNumber.of("Research Report" + rlo, "215", 2018))
                    .rights("All rights reserved" + rlo));

            assertThat(bidi(strict, report)).extracting(Violation::pointer).containsExactlyInAnyOrder(
                    "/abstracts/0/text",
                    "/keywords/0/term",
                    "/authors/0/agent/name/given",
                    "/authors/1/agent/name",
                    "/publisher/acronym",
                    "/number/series",
                    "/rights");
        }

        @Test
        void theStrictProfileFlagsThemInIdentifiersAndAddresses() {
            String rlo = "\u202E";
            Report report = seedWith(b -> b
                    .identifiers(List.of(io.github.reportmeta.Doi.parse("10.1234/drc" + rlo + "fdp"),
                            io.github.reportmeta.Handle.parse("20.500/x" + rlo),
                            io.github.reportmeta.Urn.parse("urn:nbn:de:" + rlo + "1"),
                            io.github.reportmeta.Url.parse("https://example.org/a" + rlo + "b")))
                    .landingPage(io.github.reportmeta.Url.parse("https://example.org/" + rlo + "fdp.exe"))
                    .license(io.github.reportmeta.Url.parse("https://example.org/licence" + rlo)));

            assertThat(bidi(strict, report)).extracting(Violation::pointer).containsExactlyInAnyOrder(
                    "/identifiers/0", "/identifiers/1", "/identifiers/2", "/identifiers/3", "/landingPage", "/license");
            assertThat(bidi(VALIDATOR, report)).isEmpty();
        }

        @Test
        void theDefaultProfileLetsThemPass() {
            Report report = seedWith(b -> b.titles(List.of(LocalizedText.of("a \u202Eb", LanguageTag.ENGLISH))));

            assertThat(bidi(VALIDATOR, report)).isEmpty();
        }

        @Test
        void theStrictProfileLetsOtherFormatCharactersAndRightToLeftTextPass() {
            Report report = seedWith(b -> b.titles(List.of(LocalizedText.of("تقرير \u200D عن الطاقة", LanguageTag.parse("ar")))));

            assertThat(bidi(strict, report)).isEmpty();
        }

        @Test
        void theMessageIsInChineseForAChineseValidator() {
            ReportValidator chinese = ReportValidator.builder().profile(Profile.STRICT).locale(java.util.Locale.CHINESE)
                    .clock(NOW).build();
            Report report = seedWith(b -> b.titles(List.of(LocalizedText.of("报告\u2067", LanguageTag.CHINESE))));

            assertThat(bidi(chinese, report)).extracting(Violation::message)
                    .containsExactly("不得包含双向控制字符（它们可使文本显示的顺序与实际内容不同），但第 2 个字符处有 U+2067");
        }
    }
}
