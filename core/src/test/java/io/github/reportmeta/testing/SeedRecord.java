package io.github.reportmeta.testing;

import io.github.reportmeta.Author;
import io.github.reportmeta.Keyword;
import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.Metric;
import io.github.reportmeta.Organization;
import io.github.reportmeta.PartialDate;
import io.github.reportmeta.Person;
import io.github.reportmeta.PersonName;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportNumber;
import io.github.reportmeta.ReportType;

/**
 * The record the project was born from, built in code: report No.215 (2018) of the Development Research Center
 * of the State Council, with every field its report page shows.
 */
public final class SeedRecord {

    /** The English title as the page gives it. */
    public static final String TITLE = "The Development of Civil-Military Integration in National Defense and "
            + "Hi-tech Industries in the U.S.: Experience and Enlightenments";

    /** The research team as the page names it, with its curly quotation marks. */
    public static final String TEAM = "Research Team on \u201cPolicy Options Relating to the Industrial "
            + "Development of Civil-Military Integration\u201d";

    /** The abstract as the page gives it. */
    public static final String ABSTRACT = "The US government has effectively promoted the civil-military "
            + "integration under the fully competitive market conditions, which is a typical case of the "
            + "civil-military integration in national defense and hi-tech industries. The US government has "
            + "attached great importance to the construction of civil-military integration system. By formulating "
            + "and implementing relevant laws, regulations and policies from different perspectives, it has "
            + "strengthened the overall coordination at the national level and implemented development strategies "
            + "with the support of relevant departments through the following measures. Great efforts have been "
            + "made to support the civil-military dual-use technology and industrial development, establish a "
            + "clear demand information release and docking mechanism, lower the market access threshold for "
            + "military products, maximize the competition of the military procurement, and adopt practical "
            + "methods to enhance defense secrecy and flesh out security management. The US Ministry of National "
            + "Defense has played an important role in identifying and acquiring new and hi-technologies in the "
            + "civilian field, establishing a smooth supply-demand channel and promoting the procurement of "
            + "weapons and equipment. With regard to drawing on relevant experience and practices from the United "
            + "States, we need to pay more attention to meeting market demand with targeted measures, properly "
            + "optimize market access, strive to achieve full market competition, effectively improve secrecy "
            + "measures, and facilitate high-quality development of civil-military integration in China.";

    private SeedRecord() {}

    /**
     * The Development Research Center of the State Council.
     *
     * @return the organisation
     */
    public static Organization drc() {
        return Organization.of("Development Research Center of the State Council", "DRC");
    }

    /**
     * The seed report.
     *
     * @return the report, valid under the strict profile
     */
    public static Report report() {
        LanguageTag en = LanguageTag.ENGLISH;
        return Report.builder("drc-2018-215")
                .title(TITLE, en)
                .number(ReportNumber.parse("Research Report, No.215, 2018"))
                .issued(PartialDate.parse("2018-12-10"))
                .author(new Author(
                        Person.of(PersonName.familyFirst("Long", "Haibo").withOriginal("龙海波", LanguageTag.CHINESE)),
                        io.github.reportmeta.Role.AUTHOR))
                .author(Author.researchTeam(Organization.of(TEAM)))
                .publisher(Organization.of("Research Department of Innovation Development").withParent(drc()))
                .abstractText(ABSTRACT, en)
                .keyword(Keyword.of("national defense and hi-tech industries", en))
                .keyword(Keyword.of("civil-military integration", en))
                .keyword(Keyword.of("form synergy between civil and military industries", en))
                .keyword(Keyword.of("experience and enlightenments", en))
                .language(en)
                .type(ReportType.RESEARCH_REPORT)
                .metric(Metric.views(5490, null))
                .build();
    }
}
