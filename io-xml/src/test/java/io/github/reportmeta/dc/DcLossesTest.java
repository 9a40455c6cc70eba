package io.github.reportmeta.dc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.Author;
import io.github.reportmeta.Coverage;
import io.github.reportmeta.Doi;
import io.github.reportmeta.Handle;
import io.github.reportmeta.Identifier;
import io.github.reportmeta.Isbn;
import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.LocalIdentifier;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.MediaFormat;
import io.github.reportmeta.Organization;
import io.github.reportmeta.Person;
import io.github.reportmeta.PersonName;
import io.github.reportmeta.Relation;
import io.github.reportmeta.RelationType;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportDate;
import io.github.reportmeta.ReportNumber;
import io.github.reportmeta.ReportType;
import io.github.reportmeta.Role;
import io.github.reportmeta.Url;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.synthetic.SyntheticReports;
import io.github.reportmeta.testing.RandomReports;
import io.github.reportmeta.testing.SeedRecord;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The direct list of lost fields ({@link DcLosses}) against its definition, mapping the statements back
 * ({@link DcMapping#lostFieldsByMappingBack}): equal pointers in equal order, for both mappings, on generated,
 * mutated, maximal and real-world reports.
 */
class DcLossesTest {

    private static final DcMapping SIMPLE = new DcMapping(false);
    private static final DcMapping QUALIFIED = new DcMapping(true);

    /** How many reports the walk answered itself and how many it left to mapping back. */
    private static final class Tally {
        int direct;
        int mappedBack;
    }

    private static Tally check(List<Report> reports, String what, long seed) {
        Tally tally = new Tally();
        for (DcMapping mapping : List.of(SIMPLE, QUALIFIED)) {
            boolean qualified = mapping == QUALIFIED;
            for (Report r : reports) {
                List<DcStatement> statements = mapping.statements(r);
                List<String> expected = mapping.lostFieldsByMappingBack(r, statements);
                List<String> direct = DcLosses.of(qualified, r, statements);
                if (direct == null) {
                    tally.mappedBack++;
                } else {
                    tally.direct++;
                    assertThat(direct).as("%s %s, %s, seed %d", what, r.id(), qualified ? "dcterms" : "oai_dc", seed)
                            .isEqualTo(expected);
                }
                assertThat(mapping.lostFields(r, statements)).as("%s %s, seed %d", what, r.id(), seed)
                        .isEqualTo(expected);
            }
        }
        return tally;
    }

    @Nested
    class EqualsMappingBack {

        @Test
        void onTheSeedTheEmptyAndTheMaximalReportWithoutMappingBack() {
            RandomReports random = RandomReports.fromEnvironment();
            Tally tally = check(List.of(SeedRecord.report(), random.emptyReport(), random.maximalReport()),
                    "fixed", random.seed());
            assertThat(tally.mappedBack).as("reports left to mapping back").isZero();
        }

        @Test
        void onThreeThousandGeneratedReportsMostOfThemWithoutMappingBack() {
            RandomReports random = RandomReports.fromEnvironment();
            Tally tally = check(random.reports(3_000), "generated", random.seed());
            System.out.printf("DcLossesTest: seed %d, %d direct, %d mapped back%n", random.seed(), tally.direct,
                    tally.mappedBack);
            assertThat(tally.direct).as("seed %d", random.seed()).isGreaterThan(tally.mappedBack * 4);
        }

        @Test
        void onTheBenchmarksSyntheticReportsWithoutMappingBack() {
            List<Report> reports = new ArrayList<>();
            for (long seed : new long[] {42, 7}) {
                Iterator<Report> it = SyntheticReports.withSeed(seed).reports(1_000);
                it.forEachRemaining(reports::add);
            }
            Tally tally = check(reports, "synthetic", 42);
            assertThat(tally.mappedBack).as("reports left to mapping back").isZero();
        }

        @Test
        void onMutatedReportsThatMeetTheReadersHeuristics() {
            RandomReports random = RandomReports.fromEnvironment();
            Random mutations = new Random(random.seed());
            List<Report> reports = new ArrayList<>();
            for (Report r : random.reports(1_500)) {
                reports.add(mutate(r, mutations));
            }
            Tally tally = check(reports, "mutated", random.seed());
            System.out.printf("DcLossesTest: mutated, seed %d, %d direct, %d mapped back%n", random.seed(),
                    tally.direct, tally.mappedBack);
            assertThat(tally.direct).as("seed %d", random.seed()).isGreaterThan(0);
            assertThat(tally.mappedBack).as("seed %d", random.seed()).isGreaterThan(0);
        }

        @Test
        void onEveryRealWorldReportAndFuzzInputTheReadersRead() throws IOException, URISyntaxException {
            List<Report> reports = new ArrayList<>();
            for (String dir : List.of("/fixtures/oai_dc/real", "/fixtures/oai_dc", "/fixtures/dcterms",
                    "/io/github/reportmeta/dc/OaiDcFuzzTestInputs/readsOaiDcOrRejectsIt")) {
                Path path = Path.of(Objects.requireNonNull(DcLossesTest.class.getResource(dir), dir).toURI());
                try (Stream<Path> files = Files.list(path)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        reports.addAll(readLeniently(file, dir.endsWith("dcterms") ? new DctermsFormat() : new OaiDcFormat()));
                    }
                }
            }
            assertThat(reports).hasSizeGreaterThan(50);
            Tally tally = check(reports, "real", 0);
            System.out.printf("DcLossesTest: real, %d direct, %d mapped back%n", tally.direct, tally.mappedBack);
            assertThat(tally.direct).isGreaterThan(tally.mappedBack);
        }
    }

    @Nested
    class WorksOutTheReadersRules {

        private Report.Builder base() {
            return Report.builder("r").title(LocalizedText.of("T")).type(ReportType.WORKING_PAPER)
                    .issued(io.github.reportmeta.PartialDate.of(2020));
        }

        private void same(Report r) {
            check(List.of(r), "case", 0);
            assertThat(DcLosses.of(false, r, SIMPLE.statements(r))).isNotNull();
            assertThat(DcLosses.of(true, r, QUALIFIED.statements(r))).isNotNull();
        }

        @Test
        void aContributorBeforeTheAuthorsIsComparedWhereTheReaderPutsIt() {
            same(base().author(new Author(Person.of(PersonName.of("Ann", "Lee")), Role.EDITOR))
                    .author(new Author(Person.of(PersonName.of("Bo", "Chen")), Role.AUTHOR))
                    .author(Author.researchTeam(Organization.of("Research Team on Roads"))).build());
        }

        @Test
        void resolverAddressesAndFilesAreSortedAsTheReaderSortsThem() {
            same(base().landingPage(new Url("https://doi.org/10.1000/x")).fullText(new Url("https://x.org/a.PDF"))
                    .identifier(new Url("https://x.org/b.pdf")).identifier(new Handle("123/4"))
                    .identifier(new Doi("10.1000/y")).identifier(new LocalIdentifier("10.1000/z"))
                    .identifier(Isbn.parse("978-3-16-148410-0")).identifier(new Url("HTTP://HDL.handle.net/1/2"))
                    .build());
            same(base().identifier(new Url("https://x.org/landing")).identifier(new Url("https://x.org/f.docx"))
                    .build());
        }

        @Test
        void kindsDublinCoreCannotSayAreLost() {
            same(base().date(ReportDate.of(ReportDate.Kind.ACCESSIONED, "2020-01-02T10:00:00Z"))
                    .date(ReportDate.of(ReportDate.Kind.CREATED, "2019"))
                    .format(MediaFormat.extent("application/pdf")).format(MediaFormat.mediaType("12 pages"))
                    .format(new MediaFormat(MediaFormat.Kind.MEDIUM, "paper"))
                    .coverage(new Coverage(Coverage.Kind.SPATIAL, "Finland"))
                    .relation(new Relation(RelationType.HAS_TRANSLATION, new Doi("10.1000/t")))
                    .relation(new Relation(RelationType.IS_PART_OF, new Url("https://x.org/series")))
                    .language(new LanguageTag("eng")).rights("https://x.org/licence").license(new Url("https://y.org/l"))
                    .number(ReportNumber.parse("Working Papers, Nr. 7, 2019")).build());
        }

        @Test
        void peopleAreComparedPartByPartWhereTheirNamesSplitBack() {
            Person full = Person.of(PersonName.of("Jan Willem", "Berg").withParticleAndSuffix("van der", "Jr."))
                    .withOrcid(io.github.reportmeta.Orcid.parse("0000-0002-1825-0097"))
                    .withAffiliations(List.of(Organization.of("Institute of X")));
            same(base().author(new Author(full, Role.AUTHOR))
                    .author(new Author(Person.of(PersonName.familyFirst("Long", "Haibo")), Role.EDITOR))
                    .author(new Author(Person.of(PersonName.of("Ann", "Lee")), Role.CONTRIBUTOR))
                    .author(new Author(Person.of(PersonName.of("Bo", "Chen")), Role.RESEARCH_TEAM))
                    .author(new Author(Person.of(PersonName.of("Maria de", "Souza")), Role.AUTHOR))
                    .author(new Author(Person.of(PersonName.of("Tom", "Hill").withParticleAndSuffix(null, "III")),
                            Role.AUTHOR))
                    .author(new Author(Person.of(PersonName.of("Tom", "Hill").withParticleAndSuffix(null, "PhD")),
                            Role.AUTHOR))
                    .author(new Author(Person.of(PersonName.of("Kim", "Department")), Role.AUTHOR))
                    .author(new Author(Person.of(PersonName.of("Kim", "Group")), Role.EDITOR)).build());
        }

        @Test
        void organisationsAreComparedLevelByLevelWhereTheirNamesSplitBack() {
            Organization top = new Organization("Development Research Center", "DRC", null,
                    io.github.reportmeta.Ror.parse("https://ror.org/05gq02987"), null);
            Organization unit = new Organization("Research Department of Macroeconomy", "RDM", top, null,
                    io.github.reportmeta.Isni.parse("0000 0001 2146 438X"));
            same(base().publisher(unit)
                    .author(new Author(Organization.of("Research Team on Roads").withParent(top), Role.RESEARCH_TEAM))
                    .author(new Author(Organization.of("Research Team on Rails"), Role.CONTRIBUTOR))
                    .author(new Author(Organization.of("Statistics Office"), Role.EDITOR))
                    .author(new Author(Organization.of("Statistics Office", "SO"), Role.AUTHOR))
                    .author(new Author(Organization.of("Kari Virtanen"), Role.AUTHOR))
                    .author(new Author(Organization.of("St. Olaf College"), Role.AUTHOR))
                    .author(new Author(Organization.of("Institute 7"), Role.AUTHOR)).build());
        }

        @Test
        void whatOnlyMappingBackCanTellIsMappedBack() {
            Report r = base().relation(new Relation(RelationType.REFERENCES, new LocalIdentifier("Series; No. 5")))
                    .build();
            check(List.of(r), "case", 0);
            assertThat(DcLosses.of(false, r, SIMPLE.statements(r))).isNull();
        }
    }

    @Nested
    class ReadersShortCuts {

        private static final List<String> PIECES = List.of("Universit", "institute", "Team", "group", "GRUPPE", "bank",
                "Forschungszentrum", "ag", "AG", "uni", "unit", "units", "o'neil", "O'Brien", "Who", "who's", "team-x",
                "Lee", "Haibo", "van der", "1966", "b.", "Centre", "programme", "Services", "federation", "x", "'",
                " ", ", ", ". ", "-", "&", "(", ")", "_", "9");

        @Test
        void organisationsAndTeamsAreToldAsThePatternsTellThemInAsciiText() {
            RandomReports random = RandomReports.fromEnvironment();
            Random r = new Random(random.seed());
            for (int n = 0; n < 20_000; n++) {
                StringBuilder b = new StringBuilder();
                for (int k = r.nextInt(6); k >= 0; k--) {
                    b.append(PIECES.get(r.nextInt(PIECES.size())));
                    if (r.nextInt(3) == 0) {
                        b.append((char) (0x20 + r.nextInt(0x5f)));
                    }
                }
                String name = b.toString();
                assertThat(DcValues.isOrganisation(name)).as("'%s', seed %d", name, random.seed())
                        .isEqualTo(DcValues.isOrganisationByPattern(name));
                assertThat(DcValues.isTeam(name)).as("'%s', seed %d", name, random.seed())
                        .isEqualTo(DcValues.isTeamByPattern(name));
            }
        }

        @Test
        void organisationsSplitAtFullStopsAsTheSplitPatternDid() {
            for (String v : List.of("A. B. C", "A", "A. ", ". A", "A.  B", "A. . B", "A.. B", "St. Olaf College. Dept. X",
                    "A.B", "A. B. ", "A.\u00a0B")) {
                io.github.reportmeta.Organization expected = null;
                for (String name : v.split("\\. ")) {
                    if (!name.isBlank()) {
                        expected = new io.github.reportmeta.Organization(name, null, expected, null, null);
                    }
                }
                assertThat(DcValues.organization(v)).as(v).isEqualTo(expected);
            }
        }

        @Test
        void filesAndMediaTypesAreToldAsThePatternsTellThem() {
            List<String> pieces = List.of("https://x.org/", "a", ".", "pdf", "PDF", "docx", "doc", "Jpeg", "tif", "mp4",
                    "?", "#", "/", "application", "text", "html", ";", " ", "\t", "\n", "\u2028", "charset=UTF-8", "+",
                    "_", "x-y", "ſ", "1", "/bitstream/", "^", "%");
            RandomReports random = RandomReports.fromEnvironment();
            Random r = new Random(random.seed());
            for (int n = 0; n < 20_000; n++) {
                StringBuilder b = new StringBuilder();
                for (int k = r.nextInt(7); k >= 0; k--) {
                    b.append(pieces.get(r.nextInt(pieces.size())));
                }
                String v = b.toString();
                assertThat(DcValues.isFile(v)).as("'%s', seed %d", v, random.seed()).isEqualTo(DcValues.isFileByPattern(v));
                assertThat(DcMapping.isMediaType(v)).as("'%s', seed %d", v, random.seed())
                        .isEqualTo(DcMapping.isMediaTypeByPattern(v));
            }
            for (String v : List.of("application/pdf", "text/html; charset=UTF-8", "text/html ;a\nb", "a/b \t; x",
                    "https://x.org/a.pdf?x=1", "https://x.org/a.PDF#p", "https://x.org/a.pdfx", "a.pdf\n")) {
                assertThat(DcValues.isFile(v)).as(v).isEqualTo(DcValues.isFileByPattern(v));
                assertThat(DcMapping.isMediaType(v)).as(v).isEqualTo(DcMapping.isMediaTypeByPattern(v));
            }
        }

        @Test
        void textOutsideAsciiIsLeftToThePatterns() {
            for (String name : List.of("İnstitute", "Société X", "课题组", "Équipe Y", "Ärzte Team")) {
                assertThat(DcValues.isOrganisation(name)).as(name).isEqualTo(DcValues.isOrganisationByPattern(name));
                assertThat(DcValues.isTeam(name)).as(name).isEqualTo(DcValues.isTeamByPattern(name));
            }
        }
    }

    @Nested
    class WalksInPlaceOfPatterns {

        @Test
        void seriesAreToldAsTheSeriesPatternTellsThem() {
            List<String> pieces = List.of("Research Report", "; No. ", ";", " No. ", "No.", "5", "7a", " (2018)", " (201)",
                    " (20x8)", " ", "\t", "\n", "\u2028", "\u0085", "\r", "x", "(", ")", "2019", ". ", "研究");
            RandomReports random = RandomReports.fromEnvironment();
            Random r = new Random(random.seed());
            int series = 0;
            for (int n = 0; n < 20_000; n++) {
                StringBuilder b = new StringBuilder();
                for (int k = r.nextInt(7); k >= 0; k--) {
                    b.append(pieces.get(r.nextInt(pieces.size())));
                }
                String v = b.toString();
                assertThat(DcMapping.isSeries(v)).as("'%s', seed %d", v, random.seed())
                        .isEqualTo(DcMapping.isSeriesByPattern(v));
                series += DcMapping.isSeries(v) ? 1 : 0;
            }
            assertThat(series).as("series among the random texts").isGreaterThan(100);
            for (String v : List.of("S; No. 5", "S; No. 5 (2018)", "; No. 5", "S; No. ", "S; No. 5 (2018) ",
                    "S; No. 5  (2018)", "S; No. 5\t(2018)", "S\n; No. 5", "S; No. 5\u2028", "A; No. B; No. 5 (2018)",
                    "A; No. 5 5; No. 6")) {
                assertThat(DcMapping.isSeries(v)).as(v).isEqualTo(DcMapping.isSeriesByPattern(v));
            }
        }

        @Test
        void pointersAreMatchedToFieldsAsWithoutIndexesNamesThem() {
            List<String> segments = List.of("", "authors", "agent", "name", "order", "0", "12", "09", "id", "a1", "/",
                    "metrics", "kind", "dates", "x");
            List<String> fields = List.of("", "id", "metrics", "authors/agent/name/order", "authors/agent/orcid",
                    "dates/kind", "authors", "authors/agent", "a1/x", "/", "authors//agent", "x/");
            RandomReports random = RandomReports.fromEnvironment();
            Random r = new Random(random.seed());
            for (int n = 0; n < 20_000; n++) {
                StringBuilder b = new StringBuilder(r.nextInt(8) == 0 ? "" : "/");
                for (int k = r.nextInt(5); k > 0; k--) {
                    b.append(segments.get(r.nextInt(segments.size()))).append(r.nextBoolean() ? "/" : "");
                }
                String pointer = b.toString();
                for (String field : fields) {
                    assertThat(DcMapping.isField(pointer, field)).as("'%s' as '%s'", pointer, field)
                            .isEqualTo(DcMapping.withoutIndexes(pointer).equals(field));
                }
                assertThat(DcMapping.fieldHash(pointer)).as(pointer).isEqualTo(DcMapping.withoutIndexes(pointer).hashCode());
            }
        }

        @Test
        void resolverAddressesAreToldAsLowerCaseTellsThem() {
            List<String> pieces = List.of("https://", "http://", "HTTPS://", "hTTp://", "doi.org/", "DOI.ORG/", "dx.",
                    "DX.", "hdl.handle.net/", "HDL.Handle.NET/", "do\u0130.org/", "\u0130", "\u212A", "x", "/", ".",
                    "10.1000/x", "s");
            RandomReports random = RandomReports.fromEnvironment();
            Random r = new Random(random.seed());
            int resolvers = 0;
            for (int n = 0; n < 20_000; n++) {
                StringBuilder b = new StringBuilder();
                for (int k = r.nextInt(4); k >= 0; k--) {
                    b.append(pieces.get(r.nextInt(pieces.size())));
                }
                String v = b.toString();
                assertThat(DcMapping.isResolverAddress(v)).as("'%s', seed %d", v, random.seed())
                        .isEqualTo(DcMapping.isResolverAddressByLowerCase(v));
                resolvers += DcMapping.isResolverAddress(v) ? 1 : 0;
            }
            assertThat(resolvers).as("resolver addresses among the random texts").isGreaterThan(100);
        }

        @Test
        void invertedNamesAreTheModelsAndSplitBackWhereThePartsSaySo() {
            List<String> pieces = List.of("Jan", "Berg", "van", "der", "de", "Jr.", "jr", "III", "PhD", " ", ",", "\t",
                    "ten", "'t", "O'Neil", "龙");
            RandomReports random = RandomReports.fromEnvironment();
            Random r = new Random(random.seed());
            int split = 0;
            for (int n = 0; n < 20_000; n++) {
                String[] parts = new String[4];
                for (int i = 0; i < parts.length; i++) {
                    int words = r.nextInt(4);
                    if (words == 0 && i > 0) {
                        continue;
                    }
                    StringBuilder b = new StringBuilder();
                    for (int k = 0; k < words; k++) {
                        b.append(k > 0 && r.nextInt(3) > 0 ? " " : "").append(pieces.get(r.nextInt(pieces.size())));
                    }
                    parts[i] = b.toString();
                }
                PersonName name = r.nextInt(10) == 0 ? PersonName.literal(parts[0] + "x")
                        : new PersonName(parts[0], parts[1], parts[2], parts[3],
                                r.nextBoolean() ? io.github.reportmeta.NameOrder.GIVEN_FIRST
                                        : io.github.reportmeta.NameOrder.FAMILY_FIRST, null, null);
                String inverted = DcMapping.invertedName(name);
                assertThat(inverted).as("%s, seed %d", name, random.seed()).isEqualTo(name.invertedName());
                if (DcValues.splitsBack(name)) {
                    split++;
                    PersonName back = ((Person) DcValues.person(inverted)).name();
                    assertThat(back).as("'%s', seed %d", inverted, random.seed()).isEqualTo(new PersonName(name.family(),
                            name.given(), name.particle(), name.suffix(), io.github.reportmeta.NameOrder.GIVEN_FIRST,
                            null, null));
                }
            }
            assertThat(split).as("names that split back").isGreaterThan(200);
            assertThat(DcValues.splitsBack(PersonName.of("Ludwig", "Beethoven").withParticleAndSuffix("van", "Jr."))).isTrue();
            assertThat(DcValues.splitsBack(PersonName.of("Maria de", "Souza"))).isFalse();
            assertThat(DcValues.splitsBack(PersonName.literal("Ng Wei bin Tan"))).isFalse();
        }
    }

    /** Reads a file leniently; a file the reader refuses gives no reports. */
    private static List<Report> readLeniently(Path file, ReportFormat format) throws IOException {
        List<Report> reports = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file);
                ReportReader reader = format.newReader(in, ReadOptions.of(file.getFileName().toString()).withLenient(true))) {
            reader.forEachRemaining(reports::add);
        } catch (RuntimeException e) {
            // A refused file still gave the reports before the failure.
        }
        return reports;
    }

    /** One of the changes that meet the reader's heuristics, picked at random. */
    private static Report mutate(Report r, Random random) {
        Report.Builder b = r.toBuilder();
        switch (random.nextInt(12)) {
            case 0 -> {
                List<Author> authors = new ArrayList<>(r.authors());
                java.util.Collections.reverse(authors);
                b.authors(authors);
            }
            case 1 -> b.landingPage(new Url(random.nextBoolean() ? "https://dx.doi.org/10.1000/m" : "https://x.org/m.pdf"));
            case 2 -> b.identifier(pick(random, List.of(new LocalIdentifier("10.1000/loc"), new LocalIdentifier("urn:nbn:fi-1"),
                    new LocalIdentifier("ISSN 0317-8471"), new Url("https://hdl.handle.net/10/1"), new LocalIdentifier("x y"))));
            case 3 -> b.rights(random.nextBoolean() ? "https://x.org/cc" : "All rights reserved");
            case 4 -> b.number(random.nextBoolean() ? ReportNumber.of("S", "7 A", 2001) : ReportNumber.of("S", "7", 999));
            case 5 -> b.relation(new Relation(RelationType.IS_PART_OF, new LocalIdentifier("Other; No. 3")));
            case 6 -> b.format(MediaFormat.mediaType("application/pdf https://x.org/f.pdf"));
            case 7 -> b.issued(null);
            case 8 -> b.title(new LocalizedText(" padded ", null));
            case 9 -> b.language(new LanguageTag(random.nextBoolean() ? "fin" : "zh-Hans-CN"));
            case 10 -> b.author(new Author(Person.of(PersonName.literal("Smith, John, 1900-1980")), Role.AUTHOR));
            default -> b.author(new Author(Organization.of("Kari Virtanen"), Role.CONTRIBUTOR));
        }
        return b.build();
    }

    private static <T extends Identifier> Identifier pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
