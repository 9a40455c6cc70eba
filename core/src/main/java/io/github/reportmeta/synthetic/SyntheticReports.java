package io.github.reportmeta.synthetic;

import io.github.reportmeta.Author;
import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.CatalogueId;
import io.github.reportmeta.Doi;
import io.github.reportmeta.Keyword;
import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.MediaFormat;
import io.github.reportmeta.Metric;
import io.github.reportmeta.Organization;
import io.github.reportmeta.PartialDate;
import io.github.reportmeta.Person;
import io.github.reportmeta.PersonName;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportNumber;
import io.github.reportmeta.ReportType;
import io.github.reportmeta.Role;
import io.github.reportmeta.Url;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * Realistic synthetic reports of a think tank that publishes in English and Chinese: field sizes like real
 * report pages (a 10-to-25-word title, a 120-to-300-word abstract, one to four authors, four to eight keywords).
 *
 * <p>Report {@code i} depends only on the seed and {@code i}, so any stretch of a catalogue can be made alone and
 * a catalogue of millions of reports is streamed, never held.
 */
public final class SyntheticReports {

    private static final String[] WORDS = {
        "development", "research", "policy", "integration", "innovation", "industrial", "market", "reform",
        "growth", "financial", "regional", "urban", "rural", "energy", "climate", "trade", "digital", "economy",
        "security", "investment", "governance", "public", "services", "enterprises", "technology", "transition",
        "demand", "supply", "capacity", "structural", "fiscal", "monetary", "labour", "productivity", "households",
        "infrastructure", "international", "cooperation", "competition", "measures", "experience", "strategy",
    };
    private static final String[] GLUE = {"of", "and", "in", "for", "the", "with", "on", "under", "towards"};
    private static final String[] CJK = {
        "发展", "研究", "政策", "融合", "创新", "产业", "市场", "改革", "增长", "金融", "区域", "城镇化", "农村",
        "能源", "气候", "贸易", "数字经济", "安全", "投资", "治理", "公共服务", "企业", "技术", "转型", "需求",
    };
    private static final String[] FAMILY = {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Long", "Xu"};
    private static final String[] GIVEN = {"Wei", "Fang", "Min", "Jing", "Lei", "Jun", "Yan", "Haibo", "Xiaoming", "Lina", "Tao", "Qiang"};
    private static final String[] FAMILY_CJK = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "龙", "徐"};
    private static final String[] GIVEN_CJK = {"伟", "芳", "敏", "静", "磊", "军", "艳", "海波", "小明", "丽娜", "涛", "强"};
    private static final String[] DEPARTMENTS = {
        "Research Department of Innovation Development", "Research Department of Macroeconomy",
        "Research Department of Rural Economy", "Research Department of Social Development",
        "Research Department of Industrial Economy", "Institute of Resources and Environmental Policies",
    };
    private static final String[] SERIES = {"Research Report", "Working Paper", "Policy Brief", "Discussion Paper"};
    private static final ReportType[] TYPES = {
        ReportType.RESEARCH_REPORT, ReportType.WORKING_PAPER, ReportType.POLICY_BRIEF, ReportType.DISCUSSION_PAPER,
    };
    private static final Organization PUBLISHER =
            Organization.of("Development Research Center of the State Council", "DRC");

    private final long seed;

    private SyntheticReports(long seed) {
        this.seed = seed;
    }

    /**
     * A generator.
     *
     * @param seed the seed; the same seed gives the same reports
     * @return the generator
     */
    public static SyntheticReports withSeed(long seed) {
        return new SyntheticReports(seed);
    }

    /**
     * The header of the synthetic catalogue.
     *
     * @return the header
     */
    public CatalogueHeader header() {
        return new CatalogueHeader(
                CatalogueId.of("synthetic-" + seed),
                List.of(LocalizedText.of("Synthetic research reports", LanguageTag.ENGLISH),
                        LocalizedText.of("合成研究报告", LanguageTag.CHINESE)),
                PUBLISHER, PartialDate.of(2000), PartialDate.of(2025, 12, 31));
    }

    /**
     * The reports {@code 0} to {@code count - 1}, made one at a time as they are asked for.
     *
     * @param count how many
     * @return an iterator over them
     */
    public Iterator<Report> reports(long count) {
        return new Iterator<>() {
            private long next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public Report next() {
                if (next >= count) {
                    throw new NoSuchElementException("all " + count + " reports were made");
                }
                return report(next++);
            }
        };
    }

    /**
     * Report number {@code index} of this seed's catalogue.
     *
     * @param index the position in the catalogue, from 0
     * @return the report
     */
    public Report report(long index) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        int kind = random.nextInt(SERIES.length);
        int year = 2000 + random.nextInt(26);
        PartialDate issued = PartialDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        String number = String.valueOf(1 + random.nextInt(400));
        boolean chinese = random.nextInt(4) == 0;
        LanguageTag main = chinese ? LanguageTag.CHINESE : LanguageTag.ENGLISH;

        Report.Builder b = Report.builder("syn-" + seed + "-" + index)
                .title(title(random, chinese), main)
                .number(new ReportNumber(SERIES[kind], number, "No." + number, year))
                .issued(issued)
                .publisher(Organization.of(pick(random, DEPARTMENTS)).withParent(PUBLISHER))
                .abstractText(paragraph(random, chinese, 120 + random.nextInt(181)), main)
                .language(main)
                .type(TYPES[kind])
                .landingPage(Url.parse("https://reports.example.org/" + year + "/" + kind + "-" + number + "-" + index))
                .metric(Metric.views(random.nextInt(20_000), null));
        if (random.nextInt(3) == 0) {
            b.title(title(random, !chinese), chinese ? LanguageTag.ENGLISH : LanguageTag.CHINESE);
        }
        int authors = 1 + random.nextInt(4);
        for (int i = 0; i < authors; i++) {
            int f = random.nextInt(FAMILY.length);
            int g = random.nextInt(GIVEN.length);
            PersonName name = PersonName.familyFirst(FAMILY[f], GIVEN[g]).withOriginal(FAMILY_CJK[f] + GIVEN_CJK[g], LanguageTag.CHINESE);
            b.author(new Author(Person.of(name), Role.AUTHOR));
        }
        if (random.nextInt(3) == 0) {
            b.author(Author.researchTeam(Organization.of("Research Team on " + capitalised(phrase(random, 4)))));
        }
        int keywords = 4 + random.nextInt(5);
        for (int i = 0; i < keywords; i++) {
            boolean cjk = chinese ? i % 2 == 0 : i >= keywords - 1;
            b.keyword(Keyword.of(cjk ? pick(random, CJK) + pick(random, CJK) : phrase(random, 1 + random.nextInt(3)),
                    cjk ? LanguageTag.CHINESE : LanguageTag.ENGLISH));
        }
        if (random.nextInt(5) == 0) {
            b.identifier(Doi.parse("10.5555/syn." + seed + "." + index));
        }
        if (random.nextBoolean()) {
            // What a repository adds: the PDF, its media type and page count.
            b.fullText(Url.parse("https://reports.example.org/" + year + "/" + kind + "-" + number + "-" + index + ".pdf"))
                    .format(MediaFormat.mediaType("application/pdf"))
                    .format(MediaFormat.extent((12 + random.nextInt(180)) + " p."));
        }
        return b.build();
    }

    private static String title(SplittableRandom random, boolean chinese) {
        if (chinese) {
            StringBuilder s = new StringBuilder();
            for (int i = 0, n = 5 + random.nextInt(8); i < n; i++) {
                s.append(pick(random, CJK));
            }
            return s.append("研究").toString();
        }
        return capitalised(phrase(random, 10 + random.nextInt(16)));
    }

    private static String paragraph(SplittableRandom random, boolean chinese, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (chinese) {
                s.append(pick(random, CJK)).append(random.nextInt(12) == 0 ? "。" : random.nextInt(6) == 0 ? "，" : "");
            } else {
                if (i > 0) {
                    s.append(random.nextInt(14) == 0 ? ". " : " ");
                }
                s.append(random.nextInt(3) == 0 ? pick(random, GLUE) : pick(random, WORDS));
            }
        }
        return chinese ? s.append("。").toString() : capitalised(s.append('.').toString());
    }

    private static String phrase(SplittableRandom random, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                s.append(' ');
            }
            s.append(i > 0 && i < words - 1 && random.nextInt(4) == 0 ? pick(random, GLUE) : pick(random, WORDS));
        }
        return s.toString();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
