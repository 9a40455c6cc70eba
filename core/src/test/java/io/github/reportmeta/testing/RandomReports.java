package io.github.reportmeta.testing;

import io.github.reportmeta.Author;
import io.github.reportmeta.Catalogue;
import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.CatalogueId;
import io.github.reportmeta.Coverage;
import io.github.reportmeta.Doi;
import io.github.reportmeta.Handle;
import io.github.reportmeta.Identifier;
import io.github.reportmeta.Isbn;
import io.github.reportmeta.Isni;
import io.github.reportmeta.Issn;
import io.github.reportmeta.Keyword;
import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.LocalIdentifier;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.MediaFormat;
import io.github.reportmeta.Metric;
import io.github.reportmeta.MetricType;
import io.github.reportmeta.Orcid;
import io.github.reportmeta.Organization;
import io.github.reportmeta.PartialDate;
import io.github.reportmeta.Person;
import io.github.reportmeta.PersonName;
import io.github.reportmeta.Relation;
import io.github.reportmeta.RelationType;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportDate;
import io.github.reportmeta.ReportId;
import io.github.reportmeta.ReportNumber;
import io.github.reportmeta.ReportType;
import io.github.reportmeta.Role;
import io.github.reportmeta.Ror;
import io.github.reportmeta.Url;
import io.github.reportmeta.Urn;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * A seeded generator of reports for round-trip and property tests: Latin and CJK text, characters outside the
 * Basic Multilingual Plane, markup characters, the empty report and the maximal report.
 *
 * <p>The same seed gives the same reports. Every report it makes is well-formed XML text (no character XML 1.0
 * forbids), so that every lossless format must carry it unchanged; reports need not pass strict validation.
 * Put {@link #seed()} in every assertion message, so that a failure can be replayed with
 * {@code -Dreportmeta.seed=N}.
 */
public final class RandomReports {

    private static final String[] LATIN_WORDS = {
        "development", "research", "policy", "civil-military", "integration", "innovation", "industry", "market",
        "reform", "growth", "financial", "regional", "urban", "rural", "energy", "climate", "trade", "digital",
        "economy", "security", "the", "of", "and", "in", "for", "Experience", "Enlightenments", "U.S.", "China's",
    };
    private static final String[] CJK_WORDS = {
        "发展", "研究", "政策", "军民融合", "创新", "产业", "市场", "改革", "增长", "金融", "区域", "城镇化", "农村",
        "能源", "气候", "贸易", "数字经济", "安全", "国防", "高技术", "经验", "启示", "国务院", "中心",
    };
    private static final String[] ODD = {
        "𠀀", "𪚥", "😀", "e\u0301", "&", "<", ">", "\"", "'", "]]>", "\u00a0", "\u200b", "\u3000", "\\", "/", "\u2028",
        "{", "}", "#", "%", "\uFEFF", "\t", "\n",
    };
    private static final String[] FAMILY = {"Long", "Wang", "Li", "Zhang", "Liu", "Chen", "Smith", "García", "Müller", "O'Brien"};
    private static final String[] GIVEN = {"Haibo", "Wei", "Fang", "Jing", "Xiaoming", "Jane", "José", "Anne-Marie", "Ólafur"};
    private static final String[] CJK_NAMES = {"龙海波", "王伟", "李芳", "张静", "刘小明", "陈红"};
    private static final LanguageTag[] LANGS = {
        LanguageTag.ENGLISH, LanguageTag.CHINESE, LanguageTag.parse("zh-Hans"), LanguageTag.parse("en-GB"),
        LanguageTag.parse("fr"),
    };
    private static final String[] VALID_ORCIDS = {"0000-0002-1825-0097", "0000-0001-5109-3700", "0000-0002-1694-233X"};
    private static final String[] VALID_ISBNS = {"978-3-16-148410-0", "0-306-40615-2", "9787517701234"};

    private final long seed;
    private final SplittableRandom random;
    private int counter;

    private RandomReports(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    /**
     * A generator with a fixed seed.
     *
     * @param seed the seed
     * @return the generator
     */
    public static RandomReports withSeed(long seed) {
        return new RandomReports(seed);
    }

    /**
     * A generator seeded from the system property {@code reportmeta.seed}, or from the clock when it is not set;
     * the seed is printed so that a failing run can be replayed.
     *
     * @return the generator
     */
    public static RandomReports fromEnvironment() {
        String property = System.getProperty("reportmeta.seed");
        long seed = property != null ? Long.parseLong(property) : System.nanoTime();
        System.out.println("RandomReports seed: " + seed + " (replay with -Dreportmeta.seed=" + seed + ")");
        return new RandomReports(seed);
    }

    /**
     * The seed of this generator.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * A report with nothing but an id: every list empty, every optional field absent.
     *
     * @return the empty report
     */
    public Report emptyReport() {
        return Report.builder(nextId()).build();
    }

    /**
     * A report with every field filled, in two languages, with several of everything.
     *
     * @return the maximal report
     */
    public Report maximalReport() {
        return build(true);
    }

    /**
     * A random report; about one in twenty is empty and one in twenty maximal.
     *
     * @return the report
     */
    public Report report() {
        int roll = random.nextInt(20);
        if (roll == 0) {
            return emptyReport();
        }
        return build(roll == 1);
    }

    /**
     * Random reports.
     *
     * @param count how many
     * @return the reports, with distinct ids
     */
    public List<Report> reports(int count) {
        List<Report> reports = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            reports.add(report());
        }
        return reports;
    }

    /**
     * A catalogue header with random text.
     *
     * @return the header
     */
    public CatalogueHeader header() {
        return new CatalogueHeader(
                CatalogueId.of("catalogue-" + random.nextInt(1000)),
                List.of(text(LanguageTag.ENGLISH, 3, 10), text(LanguageTag.CHINESE, 2, 6)),
                maybe(this::organization),
                maybe(this::date),
                maybe(this::date));
    }

    /**
     * A catalogue of random reports.
     *
     * @param count how many reports
     * @return the catalogue
     */
    public Catalogue catalogue(int count) {
        return Catalogue.of(header(), reports(count));
    }

    private Report build(boolean full) {
        Report.Builder b = Report.builder(nextId());
        boolean chinese = random.nextBoolean();
        LanguageTag first = chinese ? LanguageTag.CHINESE : LanguageTag.ENGLISH;
        LanguageTag second = chinese ? LanguageTag.ENGLISH : LanguageTag.CHINESE;
        b.title(text(first, 3, 20));
        if (full || random.nextInt(3) == 0) {
            b.title(text(second, 3, 20));
        }
        if (full || random.nextBoolean()) {
            b.number(reportNumber(full));
        }
        if (full || random.nextInt(10) > 0) {
            b.issued(date());
        }
        for (int i = 0, n = full ? 4 + random.nextInt(3) : random.nextInt(4); i < n; i++) {
            b.author(author(full, i));
        }
        if (full || random.nextBoolean()) {
            b.publisher(full ? fullOrganization() : organization());
        }
        if (full || random.nextInt(3) > 0) {
            b.abstractText(text(first, 20, full ? 300 : 120));
        }
        if (full) {
            b.abstractText(text(second, 20, 200));
        }
        for (int i = 0, n = full ? 6 : random.nextInt(6); i < n; i++) {
            LanguageTag lang = random.nextInt(5) == 0 ? null : pick(LANGS);
            String vocabulary = (full && i == 0) || random.nextInt(6) == 0
                    ? (random.nextBoolean() ? "JEL" : "http://vocab.example.org/thesaurus") : null;
            b.keyword(new Keyword(words(lang, 1, 4), lang, vocabulary));
        }
        if (full || random.nextBoolean()) {
            b.language(first);
        }
        b.type(pick(ReportType.values()));
        for (int i = 0, n = full ? 7 : random.nextInt(3); i < n; i++) {
            b.identifier(identifier(full ? i : random.nextInt(7)));
        }
        if (full || random.nextBoolean()) {
            b.landingPage(Url.parse("https://www.example.org/reports/" + random.nextInt(100_000) + "?lang=" + first));
        }
        if (full || random.nextInt(4) == 0) {
            b.rights(words(LanguageTag.ENGLISH, 3, 8));
        }
        if (full || random.nextInt(4) == 0) {
            b.license(Url.parse("https://creativecommons.org/licenses/by/4.0/"));
        }
        for (int i = 0, n = full ? 3 : random.nextInt(2); i < n; i++) {
            RelationType type = pick(RelationType.values());
            Identifier target = random.nextBoolean()
                    ? LocalIdentifier.of(ReportId.of("r-" + random.nextInt(1000)))
                    : identifier(random.nextInt(6));
            b.relation(new Relation(type, target));
        }
        if (full || random.nextBoolean()) {
            b.metric(Metric.views(random.nextLong(0, 10_000_000), maybe(this::date)));
        }
        if (full) {
            b.metric(new Metric(MetricType.DOWNLOADS, random.nextLong(0, 1_000_000), date()));
            b.metric(new Metric(MetricType.CITATIONS, random.nextInt(500), null));
            repositoryFields(b);
        }
        return b.build();
    }

    /** What a repository adds to a report: formats, a source, coverage, its own dates and a full-text link. */
    private void repositoryFields(Report.Builder b) {
        b.format(MediaFormat.mediaType(random.nextBoolean() ? "application/pdf" : "text/html"));
        b.format(MediaFormat.extent((10 + random.nextInt(300)) + " p."));
        b.format(new MediaFormat(MediaFormat.Kind.MEDIUM, random.nextBoolean() ? "paper" : "纸质"));
        b.source(words(LanguageTag.ENGLISH, 3, 8) + ", " + (1990 + random.nextInt(35)));
        b.coverage(new Coverage(Coverage.Kind.SPATIAL, random.nextBoolean() ? "China" : "长江三角洲"));
        b.coverage(new Coverage(Coverage.Kind.TEMPORAL, (1978 + random.nextInt(20)) + "-" + (2000 + random.nextInt(20))));
        b.coverage(new Coverage(Coverage.Kind.UNSPECIFIED, words(LanguageTag.ENGLISH, 1, 3)));
        String stamp = (2000 + random.nextInt(20)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10)
                + "T0" + random.nextInt(10) + ":3" + random.nextInt(10) + ":45Z";
        for (ReportDate.Kind kind : ReportDate.Kind.values()) {
            b.date(ReportDate.of(kind, kind == ReportDate.Kind.ACCESSIONED || kind == ReportDate.Kind.AVAILABLE
                    ? stamp : date().toString()));
        }
        b.fullText(Url.parse("https://www.example.org/reports/" + random.nextInt(100_000) + "/full.pdf"));
    }

    private ReportId nextId() {
        counter++;
        return ReportId.of(switch (random.nextInt(4)) {
            case 0 -> "drc-" + (1990 + random.nextInt(35)) + "-" + counter;
            case 1 -> "报告-" + counter;
            case 2 -> "urn:example:" + counter + "#𠀀";
            default -> "r" + counter;
        });
    }

    /** A random author; in a maximal report, the first four are a person of each kind of name and a team. */
    private Author author(boolean full, int index) {
        int roll = full && index < 4 ? new int[] {2, 3, 0, 1}[index] : random.nextInt(5);
        if (roll == 0) {
            Organization team = Organization.of("Research Team on \u201c" + words(LanguageTag.ENGLISH, 2, 8) + "\u201d")
                    .withParent(maybe(this::organization));
            return new Author(team, Role.RESEARCH_TEAM);
        }
        PersonName name;
        if (roll == 1) {
            name = PersonName.literal(random.nextBoolean() ? pick(CJK_NAMES) : "Ng " + pick(GIVEN) + " bin " + pick(FAMILY));
        } else if (full && index < 4 ? roll == 2 : random.nextBoolean()) {
            name = PersonName.familyFirst(pick(FAMILY), pick(GIVEN));
            if (full || random.nextBoolean()) {
                name = name.withOriginal(pick(CJK_NAMES), LanguageTag.CHINESE);
            }
        } else {
            name = PersonName.of(pick(GIVEN), pick(FAMILY));
            if (full && index < 4) {
                name = name.withParticleAndSuffix("van der", "Jr.");
            } else if (full || random.nextInt(4) == 0) {
                name = name.withParticleAndSuffix(random.nextBoolean() ? "van der" : null, random.nextBoolean() ? "Jr." : null);
            }
        }
        Person person = Person.of(name);
        if (full || random.nextInt(3) == 0) {
            // Some ORCIDs with a wrong check digit: the model must carry them for validation to report.
            String orcid = random.nextInt(10) == 0 ? "0000-0002-1825-0098" : pick(VALID_ORCIDS);
            person = person.withOrcid(Orcid.parse(orcid));
        }
        if (full || random.nextInt(3) == 0) {
            person = person.withAffiliations(List.of(organization()));
        }
        return new Author(person, roll == 4 ? pick(Role.values()) : Role.AUTHOR);
    }

    private Organization organization() {
        Organization top = new Organization(
                random.nextBoolean() ? "Development Research Center of the State Council" : "国务院发展研究中心",
                random.nextBoolean() ? "DRC" : null,
                null,
                random.nextInt(4) == 0 ? Ror.parse("https://ror.org/05gq02987") : null,
                random.nextInt(4) == 0 ? Isni.parse("0000 0001 2146 438X") : null);
        if (random.nextBoolean()) {
            return top;
        }
        return Organization.of("Research Department of " + words(LanguageTag.ENGLISH, 1, 4)).withParent(top);
    }

    private Identifier identifier(int kind) {
        return switch (kind) {
            case 0 -> Doi.parse("10." + (1000 + random.nextInt(9000)) + "/drc." + random.nextInt(100_000) + "<&>");
            case 1 -> Isbn.parse(pick(VALID_ISBNS));
            case 2 -> Issn.parse(random.nextBoolean() ? "2049-3630" : "0317-8471");
            case 3 -> Handle.parse("20.500.12345/" + random.nextInt(100_000));
            case 4 -> Urn.parse("urn:nbn:de:0001-" + random.nextInt(100_000));
            case 5 -> Url.parse("https://www.drc.gov.cn/report/" + random.nextInt(100_000) + ".html?a=1&b=2");
            default -> LocalIdentifier.parse("DRC-RR-" + random.nextInt(1000) + " 𠀀");
        };
    }

    /** An issuing unit under a parent, with every identifier an organisation can have. */
    private Organization fullOrganization() {
        Organization top = new Organization(random.nextBoolean() ? "Development Research Center of the State Council"
                : "国务院发展研究中心", "DRC", null, Ror.parse("https://ror.org/05gq02987"), Isni.parse("0000 0001 2146 438X"));
        return Organization.of("Research Department of " + words(LanguageTag.ENGLISH, 1, 4)).withParent(top);
    }

    private ReportNumber reportNumber(boolean full) {
        String series = random.nextBoolean() ? "Research Report" : "研究报告";
        String number = String.valueOf(1 + random.nextInt(400));
        Integer year = full || random.nextBoolean() ? 1990 + random.nextInt(35) : null;
        String raw = switch (random.nextInt(3)) {
            case 0 -> "No." + number;
            case 1 -> "No. " + number;
            default -> "第" + number + "号";
        };
        return new ReportNumber(series, number, raw, year);
    }

    private PartialDate date() {
        int year = 1990 + random.nextInt(35);
        return switch (random.nextInt(6)) {
            case 0 -> PartialDate.of(year);
            case 1 -> PartialDate.of(year, 1 + random.nextInt(12));
            default -> PartialDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        };
    }

    private LocalizedText text(LanguageTag language, int minWords, int maxWords) {
        return new LocalizedText(words(language, minWords, maxWords), random.nextInt(8) == 0 ? null : language);
    }

    private String words(LanguageTag language, int min, int max) {
        boolean cjk = language != null && language.value().startsWith("zh");
        int n = min + random.nextInt(Math.max(1, max - min + 1));
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0 && !cjk) {
                b.append(' ');
            }
            b.append(random.nextInt(12) == 0 ? pick(ODD) : pick(cjk ? CJK_WORDS : LATIN_WORDS));
        }
        String s = b.toString().strip();
        return s.isEmpty() || s.chars().allMatch(Character::isWhitespace) ? "x" : s;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T maybe(Supplier<T> supplier) {
        return random.nextBoolean() ? supplier.get() : null;
    }
}
