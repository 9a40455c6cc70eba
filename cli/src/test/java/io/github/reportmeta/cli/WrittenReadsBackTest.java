package io.github.reportmeta.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.reportmeta.Author;
import io.github.reportmeta.Catalogue;
import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.CatalogueId;
import io.github.reportmeta.Doi;
import io.github.reportmeta.Keyword;
import io.github.reportmeta.LocalIdentifier;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.Organization;
import io.github.reportmeta.PartialDate;
import io.github.reportmeta.Person;
import io.github.reportmeta.PersonName;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportMetadataException;
import io.github.reportmeta.ReportNumber;
import io.github.reportmeta.Url;
import io.github.reportmeta.format.FormatRegistry;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.format.ReportWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.jspecify.annotations.Nullable;

/**
 * What a writer writes, its own reader reads: every writable format of {@link FormatRegistry#load()} either refuses
 * an adversarial report with a {@link ReportMetadataException} that names the report and the field, or writes a
 * document that its reader (when it has one) reads without an exception. Random cases are seeded and print their
 * seed; replay with {@code -Dreportmeta.seed=N}.
 */
class WrittenReadsBackTest {

    private static final FormatRegistry FORMATS = FormatRegistry.load();
    private static final int JSON_MAX_STRING = 1_000_000;
    private static final int XML_MAX_ATTRIBUTE = 16 * 1024;
    private static final String ID = "adversarial-1";
    /** The settings a Crossref deposit needs; the other formats ignore them. */
    private static final WriteOptions OPTIONS = WriteOptions.DEFAULT
            .with("crossref.depositor.name", "Tester").with("crossref.depositor.email", "tester@example.org")
            .with("crossref.registrant", "Tester").with("crossref.timestamp", "1");

    /** A hostile value, by name. */
    record Hazard(String name, String value) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Where a hostile value goes in a report, with the JSON Pointer of that field. */
    record Field(String pointer, BiFunction<Report.Builder, String, Report.Builder> put) {
        @Override
        public String toString() {
            return pointer;
        }
    }

    static List<Hazard> hazards() {
        return List.of(
                new Hazard("lone high surrogate", "a\uD800b"),
                new Hazard("lone low surrogate", "a\uDC00b"),
                new Hazard("reversed surrogate pair", "\uDC00\uD800"),
                new Hazard("trailing high surrogate", "abc\uD83D"),
                new Hazard("U+FFFE", "a\uFFFEb"),
                new Hazard("U+FFFF", "a\uFFFFb"),
                new Hazard("NUL", "a\u0000b"),
                new Hazard("C0 U+0001", "a\u0001b"),
                new Hazard("C0 U+001B", "a\u001Bb"),
                new Hazard("vertical tab", "a\u000Bb"),
                new Hazard("DEL", "a\u007Fb"),
                new Hazard("C1 U+0085", "a\u0085b"),
                new Hazard("C1 U+009F", "a\u009Fb"),
                new Hazard("CR LF TAB", "a\r\nb\tc\rd"),
                new Hazard("astral", "\uD83D\uDE00 \uD840\uDC00 \uD835\uDC00"),
                new Hazard("markup", "<a href=\"x\">&amp; ' ]]> --> <!-- &#xD800; </a>"),
                new Hazard("bidi and BOM", "\u202Eabc\uFEFF"),
                new Hazard("JSON string limit", "a".repeat(JSON_MAX_STRING)),
                new Hazard("just under JSON string limit", "a".repeat(JSON_MAX_STRING - 1)),
                new Hazard("just over JSON string limit", "a".repeat(JSON_MAX_STRING + 1)),
                new Hazard("just over JSON string limit in astral characters",
                        "\uD840\uDC00".repeat(JSON_MAX_STRING / 2 + 1)),
                new Hazard("just under JSON string limit, all escaped", "<&".repeat(JSON_MAX_STRING / 2 - 1) + "\""),
                new Hazard("just over XML attribute limit", "b".repeat(XML_MAX_ATTRIBUTE + 1)),
                new Hazard("CJK just under string limit", "\u4E2D".repeat(JSON_MAX_STRING - 1)));
    }

    static List<Field> fields() {
        return List.of(
                new Field("/titles/1/text", (b, v) -> b.title(LocalizedText.of(v, "zh"))),
                new Field("/abstracts/0/text", (b, v) -> b.abstractText(LocalizedText.of(v, "en"))),
                new Field("/keywords/0/term", (b, v) -> b.keyword(Keyword.of(v))),
                new Field("/authors/0/agent/name/family",
                        (b, v) -> b.author(Author.person(PersonName.familyFirst(v, "Haibo")))),
                new Field("/authors/0/agent/name", (b, v) -> b.author(Author.researchTeam(Organization.of(v)))),
                new Field("/publisher/parent/name",
                        (b, v) -> b.publisher(Organization.of("Research Department").withParent(Organization.of(v)))),
                new Field("/number/series", (b, v) -> b.number(ReportNumber.of(v, "215", 2018))),
                new Field("/identifiers/0/value", (b, v) -> b.identifier(LocalIdentifier.parse(v))),
                new Field("/rights", Report.Builder::rights));
    }

    static List<ReportFormat> writable() {
        return FORMATS.all().stream().filter(ReportFormat::canWrite).toList();
    }

    static Stream<Arguments> hazardsInFields() {
        List<Arguments> all = new ArrayList<>();
        for (Hazard h : hazards()) {
            for (Field f : fields()) {
                all.add(Arguments.of(h, f));
            }
        }
        return all.stream();
    }

    static Stream<Arguments> organisationDepths() {
        List<Arguments> all = new ArrayList<>();
        for (int depth : new int[] {1, 50, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 80}) {
            for (String place : List.of("publisher", "team", "affiliation")) {
                all.add(Arguments.of(depth, place));
            }
        }
        return all.stream();
    }

    @Nested
    class EachHazardInEachField {

        @ParameterizedTest(name = "{0} in {1}")
        @MethodSource("io.github.reportmeta.cli.WrittenReadsBackTest#hazardsInFields")
        void isRefusedOrReadsBackInEveryFormat(Hazard hazard, Field field) {
            Report report = field.put().apply(base(), hazard.value()).build();
            for (ReportFormat format : writable()) {
                assertRefusedOrReadable(format, catalogue(report), "hazard " + hazard + " in " + field.pointer(),
                        field.pointer());
            }
        }

        @ParameterizedTest(name = "{0} in the catalogue title")
        @MethodSource("io.github.reportmeta.cli.WrittenReadsBackTest#hazards")
        void inTheHeaderIsRefusedOrReadsBack(Hazard hazard) {
            CatalogueHeader header = CatalogueHeader.of(CatalogueId.of("c"), LocalizedText.of(hazard.value(), "en"));
            Catalogue catalogue = Catalogue.of(header, List.of(base().build()));
            for (ReportFormat format : writable()) {
                assertRefusedOrReadable(format, catalogue, "hazard " + hazard + " in the header title", null);
            }
        }
    }

    @Nested
    class DeepOrganisations {

        @ParameterizedTest(name = "{0} levels as {1}")
        @MethodSource("io.github.reportmeta.cli.WrittenReadsBackTest#organisationDepths")
        void areRefusedOrReadBackInEveryFormat(int depth, String place) {
            Organization o = Organization.of("Level 0");
            for (int i = 1; i < depth; i++) {
                o = Organization.of("Level " + i).withParent(o);
            }
            Report.Builder b = base();
            switch (place) {
                case "publisher" -> b.publisher(o);
                case "team" -> b.author(Author.researchTeam(o));
                default -> b.author(Author.of(new Person(PersonName.familyFirst("Long", "Haibo"), null, List.of(o)),
                        io.github.reportmeta.Role.AUTHOR));
            }
            Report report = b.build();
            for (ReportFormat format : writable()) {
                assertRefusedOrReadable(format, catalogue(report), depth + " levels as " + place, null);
                assertRefusedOrReadable(format, Catalogue.of(header(), List.of(report)),
                        depth + " levels as " + place + " with a header", null);
            }
        }
    }

    @Nested
    class LargeReports {

        @ParameterizedTest(name = "{0} keywords")
        @MethodSource("io.github.reportmeta.cli.WrittenReadsBackTest#keywordCounts")
        void withHugeListsAreRefusedOrReadBack(int count) {
            Report.Builder b = base();
            for (int i = 0; i < count; i++) {
                b.keyword(Keyword.of("keyword number " + i));
            }
            Report report = b.build();
            for (ReportFormat format : writable()) {
                assertRefusedOrReadable(format, catalogue(report), count + " keywords", null);
            }
        }

        @ParameterizedTest(name = "{0} abstracts of a million CJK characters less one")
        @MethodSource("io.github.reportmeta.cli.WrittenReadsBackTest#abstractCounts")
        void overTheReportSizeLimitAreRefusedOrReadBack(int count) {
            Report.Builder b = base();
            String text = "\u4E2D".repeat(JSON_MAX_STRING - 1);
            for (int i = 0; i < count; i++) {
                b.abstractText(LocalizedText.of(text, i == 0 ? "zh" : "zh-x-" + i));
            }
            Report report = b.build();
            for (ReportFormat format : writable()) {
                assertRefusedOrReadable(format, catalogue(report), count + " large abstracts", null);
            }
        }
    }

    static Stream<Arguments> acceptedInLosslessFormats() {
        List<String> accepted = List.of("CR LF TAB", "astral", "markup", "bidi and BOM", "C1 U+0085", "DEL",
                "JSON string limit", "just under JSON string limit", "just under JSON string limit, all escaped",
                "CJK just under string limit");
        List<Arguments> all = new ArrayList<>();
        for (Hazard h : hazards()) {
            if (accepted.contains(h.name())) {
                for (Field f : fields()) {
                    for (String format : List.of("json", "jsonl", "xml")) {
                        all.add(Arguments.of(format, h, f));
                    }
                }
            }
        }
        return all.stream();
    }

    /** The checks refuse only what a reader would refuse: what every reader takes is written and read back equal. */
    @Nested
    class WhatReadersAccept {

        @ParameterizedTest(name = "{1} in {2} through {0}")
        @MethodSource("io.github.reportmeta.cli.WrittenReadsBackTest#acceptedInLosslessFormats")
        void isWrittenAndReadBackEqual(String formatName, Hazard hazard, Field field) {
            Report report = field.put().apply(base(), hazard.value()).build();
            assertReadBackEqual(FORMATS.expect(formatName), Catalogue.of(header(), List.of(report)));
        }

        @ParameterizedTest(name = "through {0}")
        @MethodSource("io.github.reportmeta.cli.WrittenReadsBackTest#losslessFormats")
        void organisationsAsDeepAsEveryReaderTakesAreWrittenAndReadBackEqual(String formatName) {
            Organization o = Organization.of("Level 0");
            for (int i = 1; i < 56; i++) {
                o = Organization.of("Level " + i).withParent(o);
            }
            Report report = base().publisher(o).author(Author.researchTeam(o))
                    .author(Author.of(new Person(PersonName.familyFirst("Long", "Haibo"), null, List.of(o)),
                            io.github.reportmeta.Role.AUTHOR))
                    .build();
            assertReadBackEqual(FORMATS.expect(formatName), Catalogue.of(header(), List.of(report)));
        }

        @ParameterizedTest(name = "through {0}")
        @MethodSource("io.github.reportmeta.cli.WrittenReadsBackTest#losslessFormats")
        void aReportOfSevenMegabytesIsWrittenAndReadBackEqual(String formatName) {
            Report.Builder b = base();
            String text = "\u4E2D".repeat(JSON_MAX_STRING - 1);
            b.abstractText(LocalizedText.of(text, "zh")).abstractText(LocalizedText.of(text, "zh-Hant"));
            b.title(LocalizedText.of("a".repeat(JSON_MAX_STRING - 1), "fr"));
            assertReadBackEqual(FORMATS.expect(formatName), Catalogue.of(header(), List.of(b.build())));
        }

        private void assertReadBackEqual(ReportFormat format, Catalogue catalogue) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            format.writeCatalogue(catalogue, out, WriteOptions.LOSSLESS);
            Catalogue again = format.readCatalogue(new ByteArrayInputStream(out.toByteArray()),
                    ReadOptions.of("written." + format.name()));
            assertThat(again).as("the catalogue read back from its %s", format.name()).isEqualTo(catalogue);
        }
    }

    static Stream<String> losslessFormats() {
        return Stream.of("json", "jsonl", "xml");
    }

    static Stream<Integer> keywordCounts() {
        return Stream.of(10_000, 150_000, 250_000);
    }

    static Stream<Integer> abstractCounts() {
        return Stream.of(2, 3);
    }

    @Nested
    class RandomMixtures {

        @RepeatedTest(40)
        void ofHazardsAreRefusedOrReadBackInEveryFormat(RepetitionInfo repetition) {
            long base = Long.getLong("reportmeta.seed", 20261204L);
            long seed = base + repetition.getCurrentRepetition();
            System.out.println("WrittenReadsBackTest seed: " + seed + " (replay with -Dreportmeta.seed=" + base + ")");
            SplittableRandom random = new SplittableRandom(seed);
            List<Hazard> hazards = hazards().stream().filter(h -> h.value().length() < 20_000).toList();
            List<Field> fields = fields();
            Report.Builder b = base();
            int count = 1 + random.nextInt(4);
            StringBuilder what = new StringBuilder("seed " + seed + ":");
            for (int i = 0; i < count; i++) {
                Hazard h = hazards.get(random.nextInt(hazards.size()));
                Field f = fields.get(random.nextInt(fields.size()));
                String value = mix(random, h.value());
                f.put().apply(b, value);
                what.append(' ').append(h).append(" in ").append(f);
            }
            Report report = b.build();
            for (ReportFormat format : writable()) {
                assertRefusedOrReadable(format, catalogue(report), what.toString(), null);
            }
        }

        private String mix(SplittableRandom random, String hazard) {
            String[] parts = {"Long Haibo", "\u9F99\u6D77\u6CE2", "x", " ", "\uD83D\uDE00", "&", ""};
            return parts[random.nextInt(parts.length)] + hazard + parts[random.nextInt(parts.length)];
        }
    }

    private static Report.Builder base() {
        return Report.builder(ID).title(LocalizedText.of("A report", "en"));
    }

    private static CatalogueHeader header() {
        return CatalogueHeader.of(CatalogueId.of("c"), LocalizedText.of("Catalogue", "en"));
    }

    private static Catalogue catalogue(Report report) {
        return Catalogue.of(Catalogue.builder(CatalogueId.of("c")).build().header(), List.of(report));
    }

    private static void assertRefusedOrReadable(ReportFormat format, Catalogue catalogue, String what,
            @Nullable String pointer) {
        assertRefusedOrReadable(format, catalogue, what, pointer, true);
        assertRefusedOrReadable(format, catalogue, what, pointer, false);
    }

    /**
     * A catalogue as a format needs it: a Crossref deposit registers a DOI with its landing page and a publication
     * date, which are added (after the report's own identifiers, so that pointers stay as they were) where missing.
     */
    private static Catalogue registrable(ReportFormat format, Catalogue catalogue) {
        if (!format.name().equals("crossref")) {
            return catalogue;
        }
        List<Report> reports = catalogue.reports().stream().map(r -> r.toBuilder()
                .identifier(Doi.parse("10.5555/" + ID)).landingPage(Url.parse("https://reports.example.org/" + ID))
                .issued(r.issued() == null ? PartialDate.of(2020) : r.issued()).build()).toList();
        return Catalogue.of(catalogue.header(), reports);
    }

    private static void assertRefusedOrReadable(ReportFormat format, Catalogue given, String what,
            @Nullable String pointer, boolean withHeader) {
        String as = format.name() + (withHeader ? " with a header" : " without a header") + ", " + what;
        Catalogue catalogue = registrable(format, given);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (withHeader) {
                format.writeCatalogue(catalogue, out, OPTIONS);
            } else {
                try (ReportWriter writer = format.newWriter(out, OPTIONS)) {
                    catalogue.reports().forEach(writer::write);
                }
            }
        } catch (ReportMetadataException refused) {
            String message = refused.getMessage();
            assertThat(message).as("the refusal's message, %s", as).isNotBlank();
            assertThat(message.codePoints().filter(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F)))
                    .as("raw control characters in the refusal's message, %s: %s", as, message).isEmpty();
            if (pointer != null) {
                assertThat(message).as("the refusal's message, %s", as).contains("'" + ID + "'").contains(pointer);
            }
            return;
        } catch (RuntimeException other) {
            throw new AssertionError(as + ": the writer failed with " + other + " instead of refusing the report", other);
        }
        if (!format.canRead()) {
            return;
        }
        byte[] written = out.toByteArray();
        assertThatCode(() -> format.readCatalogue(new ByteArrayInputStream(written), ReadOptions.of("written." + format.name())))
                .as("%s: what the writer wrote reads back", as)
                .doesNotThrowAnyException();
    }
}
