package io.github.reportmeta.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.reportmeta.Author;
import io.github.reportmeta.Catalogue;
import io.github.reportmeta.CatalogueId;
import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.Orcid;
import io.github.reportmeta.PartialDate;
import io.github.reportmeta.Person;
import io.github.reportmeta.PersonName;
import io.github.reportmeta.Report;
import io.github.reportmeta.Role;
import io.github.reportmeta.format.SourceLocation;
import io.github.reportmeta.testing.SeedRecord;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportValidatorTest {

    static final Clock NOW = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);

    final ReportValidator strict = ReportValidator.builder().profile(Profile.STRICT).clock(NOW).build();
    final ReportValidator standard = ReportValidator.builder().clock(NOW).build();

    @Test
    void seedRecordIsCleanUnderStrict() {
        ValidationResult result = strict.validate(SeedRecord.report());

        assertThat(result.violations()).isEmpty();
        assertThat(result.isValid()).isTrue();
    }

    @Test
    void reportsExactlyTheFourThingsWrongWithAReportInACatalogue() {
        Report bad = SeedRecord.report().toBuilder()
                .titles(List.of(LocalizedText.of("Civil-military\u0001integration", LanguageTag.ENGLISH)))
                .issued(PartialDate.of(2027, 1, 5))
                .authors(List.of(new Author(
                        Person.of(PersonName.familyFirst("Long", "Haibo")).withOrcid(Orcid.parse("0000-0002-1825-0098")),
                        Role.AUTHOR)))
                .build();
        Catalogue catalogue = Catalogue.builder(CatalogueId.of("drc-reports"))
                .title(LocalizedText.of("DRC reports", LanguageTag.ENGLISH))
                .report(SeedRecord.report().toBuilder().id(io.github.reportmeta.ReportId.of("other")).build())
                .report(SeedRecord.report().toBuilder().id(bad.id()).issued(PartialDate.of(2018)).build())
                .report(bad)
                .build();

        ValidationResult result = standard.validate(catalogue);

        assertThat(result.violations())
                .extracting(Violation::pointer, Violation::code, Violation::severity)
                .containsExactly(
                        tuple("/reports/2/authors/0/agent/orcid", "checksum", Severity.ERROR),
                        tuple("/reports/2/id", "duplicate-id", Severity.ERROR),
                        tuple("/reports/2/issued", "future-date", Severity.ERROR),
                        tuple("/reports/2/titles/0/text", "xml-characters", Severity.ERROR));
        assertThat(result.violations().get(1).message()).isEqualTo(
                "report id 'drc-2018-215' is already used by the report at /reports/1");
    }

    @Nested
    class LookAlikeIds {

        private Catalogue catalogueOf(String... ids) {
            Catalogue.Builder b = Catalogue.builder(CatalogueId.of("look-alikes"))
                    .title(LocalizedText.of("Look-alikes", LanguageTag.ENGLISH));
            for (String id : ids) {
                b.report(SeedRecord.report().toBuilder().id(io.github.reportmeta.ReportId.of(id)).build());
            }
            return b.build();
        }

        private List<Violation> streamed(Catalogue catalogue) {
            CatalogueValidation session = standard.startCatalogue();
            List<Violation> found = new java.util.ArrayList<>();
            catalogue.reports().forEach(r -> found.addAll(session.next(r).violations()));
            return found;
        }

        @ParameterizedTest(name = "{1}")
        @CsvSource(delimiter = '|', textBlock = """
                DRC-2018-215          | drc-2018-215
                ｄｒｃ-２０１８-２１５ | drc-2018-215
                drc-2018-215          | DRC-2018-215
                straße-1              | STRASSE-1
                ﬁnal-1                | final-1
                """)
        void reportsAnIdThatDiffersOnlyByCaseOrCompatibilityFormAsALookAlike(String first, String second) {
            Catalogue catalogue = catalogueOf(first, "other", second);
            String expected = "report id '" + second + "' looks like the id '" + first
                    + "' of the report at /reports/0: they are equal after Unicode normalisation (NFKC) and case folding";

            for (List<Violation> found : List.of(standard.validate(catalogue).violations(), streamed(catalogue))) {
                assertThat(found).filteredOn(v -> v.code().equals("duplicate-id"))
                        .extracting(Violation::pointer, Violation::message)
                        .containsExactly(tuple("/reports/2/id", expected));
            }
        }

        @ParameterizedTest(name = "U+{0}")
        @ValueSource(strings = {"200B", "00A0", "2028", "202E", "FEFF", "3000", "0085"})
        void namesBothIdsEscapedWhenOneHasAnInvisibleCharacter(String hex) {
            String hidden = "r-1" + Character.toString(Integer.parseInt(hex, 16));
            Catalogue catalogue = catalogueOf("r-1", hidden);

            for (List<Violation> found : List.of(standard.validate(catalogue).violations(), streamed(catalogue))) {
                assertThat(found).extracting(Violation::pointer, Violation::code, Violation::message)
                        .contains(tuple("/reports/1/id", "duplicate-id", "report id 'r-1\\u" + hex
                                + "' looks like the id 'r-1' of the report at /reports/0: they are equal after Unicode "
                                + "normalisation (NFKC) and case folding"))
                        .contains(tuple("/reports/1/id/value", "id-syntax",
                                "must be 1 to 256 characters without white space, control or format characters "
                                        + "(such as U+200B or U+202E), but was 'r-1\\u" + hex + "'"));
                assertThat(found).allSatisfy(v -> assertThat(v.message()).doesNotContain(hidden));
            }
        }

        @Test
        void keepsTheExactRepeatMessageForTheSameId() {
            Catalogue catalogue = catalogueOf("r-1", "r-1");

            assertThat(streamed(catalogue)).extracting(Violation::message)
                    .containsExactly("report id 'r-1' is already used by the report at /reports/0");
        }

        @Test
        void findsNoLookAlikeAmongDifferentIds() {
            Catalogue catalogue = catalogueOf("r-1", "r-2", "r-11", "r1", "报告-1", "報告-1");

            assertThat(standard.validate(catalogue).violations()).isEmpty();
            assertThat(streamed(catalogue)).isEmpty();
        }
    }

    @Nested
    class Streaming {
        @Test
        void streamingACatalogueFindsWhatValidatingItWholeFinds() {
            io.github.reportmeta.testing.RandomReports random = io.github.reportmeta.testing.RandomReports.withSeed(11);
            List<Report> reports = new java.util.ArrayList<>(random.reports(300));
            reports.add(reports.get(17));
            reports.add(5, reports.get(200));
            Catalogue catalogue = Catalogue.of(random.header(), reports);

            CatalogueValidation session = standard.startCatalogue();
            List<Violation> streamed = new java.util.ArrayList<>(session.header(catalogue.header()).violations());
            catalogue.reports().forEach(r -> streamed.addAll(session.next(r).violations()));

            assertThat(streamed)
                    .as("seed 11")
                    .containsExactlyInAnyOrderElementsOf(standard.validate(catalogue).violations())
                    .filteredOn(v -> v.code().equals("duplicate-id"))
                    .hasSize(2);
            assertThat(session.count()).isEqualTo(302);
        }

        @Test
        void aRepeatOfTheFirstReportIsReportedInPointerOrder() {
            Report first = SeedRecord.report();
            Report repeat = first.withIssued(PartialDate.of(2030));

            CatalogueValidation session = standard.startCatalogue();
            assertThat(session.next(first).violations()).isEmpty();
            ValidationResult result = session.next(repeat);

            assertThat(result.violations())
                    .extracting(Violation::pointer, Violation::code, Violation::severity, Violation::message)
                    .containsExactly(
                            tuple("/reports/1/id", "duplicate-id", Severity.ERROR,
                                    "report id 'drc-2018-215' is already used by the report at /reports/0"),
                            tuple("/reports/1/issued", "future-date", Severity.ERROR,
                                    "must not be in the future, but was 2030"));
            assertThat(result.isValid()).isFalse();
            assertThat(session.count()).isEqualTo(2);
        }

        @Test
        void idsBeyondTheMemoryBudgetAreFoundAtTheEndWithTheLocationOfTheRepeat(@TempDir Path spill) throws Exception {
            io.github.reportmeta.testing.RandomReports random = io.github.reportmeta.testing.RandomReports.withSeed(12);
            List<Report> reports = new java.util.ArrayList<>(random.reports(300));
            reports.add(reports.get(250));
            reports.add(reports.get(3));
            reports.add(reports.get(3));
            Catalogue catalogue = Catalogue.of(random.header(), reports);

            List<Violation> streamed = new java.util.ArrayList<>();
            List<CatalogueValidation.Repeat> late = new java.util.ArrayList<>();
            try (CatalogueValidation session = new CatalogueValidation(standard, 1, spill)) {
                for (int i = 0; i < reports.size(); i++) {
                    streamed.addAll(session.next(reports.get(i), new SourceLocation("c.json", 10L * i + 1, 3), "/reports/" + i).violations());
                }
                session.finish(late::add);
                assertThat(session.spilled()).isTrue();
            }

            assertThat(late).extracting(r -> r.position() + " " + r.location() + " " + r.pointer() + " " + r.violation().pointer())
                    .containsExactly("300 c.json:3001:3 /reports/300 /reports/300/id",
                            "301 c.json:3011:3 /reports/301 /reports/301/id", "302 c.json:3021:3 /reports/302 /reports/302/id");
            late.forEach(r -> streamed.add(r.violation()));
            assertThat(streamed)
                    .as("seed 12")
                    .containsExactlyInAnyOrderElementsOf(standard.validate(catalogue).violations())
                    .filteredOn(v -> v.code().equals("duplicate-id"))
                    .extracting(Violation::message)
                    .containsExactly(
                            "report id " + quoted(reports.get(250)) + " is already used by the report at /reports/250",
                            "report id " + quoted(reports.get(3)) + " is already used by the report at /reports/3",
                            "report id " + quoted(reports.get(3)) + " is already used by the report at /reports/3");
            try (java.util.stream.Stream<Path> left = java.nio.file.Files.list(spill)) {
                assertThat(left).isEmpty();
            }
        }

        @Test
        void idsWithinTheMemoryBudgetLeaveNothingForTheEnd() {
            try (CatalogueValidation session = standard.startCatalogue()) {
                session.next(SeedRecord.report());
                assertThat(session.next(SeedRecord.report()).violations()).extracting(Violation::code).contains("duplicate-id");
                List<CatalogueValidation.Repeat> late = new java.util.ArrayList<>();
                session.finish(late::add);

                assertThat(late).isEmpty();
                assertThat(session.spilled()).isFalse();
            }
        }

        private String quoted(Report report) {
            return "'" + io.github.reportmeta.validation.internal.QuotedText.of(report.id().value()) + "'";
        }

        @Test
        void completingResultsFoundOnOtherThreadsFindsWhatValidatingInTurnFinds() throws Exception {
            io.github.reportmeta.testing.RandomReports random = io.github.reportmeta.testing.RandomReports.withSeed(12);
            List<Report> reports = new java.util.ArrayList<>(random.reports(200));
            reports.add(reports.get(3));
            reports.add(reports.get(150).withIssued(PartialDate.of(2030)));
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                List<java.util.concurrent.Future<ValidationResult>> own = new java.util.ArrayList<>();
                for (int i = 0; i < reports.size(); i++) {
                    Report report = reports.get(i);
                    String prefix = "/reports/" + i;
                    own.add(pool.submit(() -> standard.validate(report, prefix)));
                }
                CatalogueValidation inTurn = standard.startCatalogue();
                CatalogueValidation completed = standard.startCatalogue();
                for (int i = 0; i < reports.size(); i++) {
                    assertThat(completed.next(reports.get(i), own.get(i).get()))
                            .as("seed 12, report %d", i)
                            .isEqualTo(inTurn.next(reports.get(i)));
                }
                assertThat(completed.count()).isEqualTo(202);
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        void theRepeatIsReportedInTheValidatorsLanguage() {
            ReportValidator chinese = ReportValidator.builder().locale(Locale.CHINESE).clock(NOW).build();
            CatalogueValidation session = chinese.startCatalogue();
            session.next(SeedRecord.report());

            assertThat(session.next(SeedRecord.report()).violations())
                    .extracting(Violation::message)
                    .containsExactly("报告编号 'drc-2018-215' 已被 /reports/0 的报告使用");
        }
    }

    @Nested
    class Messages {
        @Test
        void speaksChineseWhenAsked() {
            ReportValidator chinese = ReportValidator.builder().locale(Locale.CHINESE).clock(NOW).build();
            Report report = SeedRecord.report().withIssued(PartialDate.of(2030));

            assertThat(chinese.validate(report).violations())
                    .singleElement()
                    .extracting(Violation::message)
                    .isEqualTo("不能是将来的日期，实际为 2030");
        }
    }
}
