package io.github.reportmeta.json;

import io.github.reportmeta.Author;
import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.CatalogueId;
import io.github.reportmeta.Doi;
import io.github.reportmeta.Handle;
import io.github.reportmeta.Isbn;
import io.github.reportmeta.Isni;
import io.github.reportmeta.Issn;
import io.github.reportmeta.Keyword;
import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.LocalIdentifier;
import io.github.reportmeta.LocalizedText;
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
import io.github.reportmeta.ReportId;
import io.github.reportmeta.ReportNumber;
import io.github.reportmeta.ReportType;
import io.github.reportmeta.Role;
import io.github.reportmeta.Ror;
import io.github.reportmeta.Url;
import io.github.reportmeta.Urn;
import io.github.reportmeta.testing.SeedRecord;
import java.util.List;

/** The report of the golden file: every field filled, in English and Chinese, modelled on the seed record. */
final class FullReport {

    private FullReport() {}

    static Organization drc() {
        return new Organization("Development Research Center of the State Council", "DRC", null,
                Ror.parse("05gq02987"), Isni.parse("0000000121464388"));
    }

    static CatalogueHeader header() {
        return new CatalogueHeader(CatalogueId.of("drc-reports"),
                List.of(LocalizedText.of("DRC Research Reports", "en"), LocalizedText.of("国务院发展研究中心调查研究报告", "zh")),
                drc(), PartialDate.parse("2018-12"), PartialDate.parse("2018-12-31"));
    }

    static Report report() {
        LanguageTag en = LanguageTag.ENGLISH;
        LanguageTag zh = LanguageTag.CHINESE;
        Organization department = Organization.of("Research Department of Innovation Development").withParent(drc());
        Person long_ = new Person(PersonName.familyFirst("Long", "Haibo").withOriginal("龙海波", zh),
                Orcid.parse("0000-0002-1825-0097"), List.of(department));
        Person smith = Person.of(new PersonName("Beethoven", "Ludwig", "van", "Jr.",
                io.github.reportmeta.NameOrder.GIVEN_FIRST, null, null));
        return Report.builder("drc-2018-215")
                .title(SeedRecord.TITLE, en)
                .title("美国国防和高技术产业军民融合发展的经验与启示", zh)
                .number(ReportNumber.parse("Research Report, No.215, 2018"))
                .issued(PartialDate.parse("2018-12-10"))
                .author(new Author(long_, Role.AUTHOR))
                .author(Author.researchTeam(Organization.of(SeedRecord.TEAM).withParent(department)))
                .author(new Author(smith, Role.TRANSLATOR))
                .author(new Author(Person.of(PersonName.literal("研究组")), Role.CONTRIBUTOR))
                .publisher(department)
                .abstractText(SeedRecord.ABSTRACT, en)
                .abstractText("美国政府在充分竞争的市场条件下有效推进了军民融合。", zh)
                .keyword(Keyword.of("civil-military integration", en))
                .keyword(Keyword.of("军民融合", zh))
                .keyword(new Keyword("Industrial policy", en, "JEL"))
                .keyword(Keyword.of("experience \"and\" enlightenments / 𠀀"))
                .language(en)
                .type(ReportType.RESEARCH_REPORT)
                .identifier(new Doi("10.1234/drc.2018.215"))
                .identifier(new Isbn("978-3-16-148410-0"))
                .identifier(new Issn("2049-3630"))
                .identifier(new Handle("20.500.12345/215"))
                .identifier(new Urn("urn:nbn:cn:drc-2018-215"))
                .identifier(new Url("https://www.drc.gov.cn/report/215.html?a=1&b=2"))
                .identifier(new LocalIdentifier("RR-215"))
                .landingPage(new Url("https://en.drc.gov.cn/2018-12/10/c_215.htm"))
                .rights("© 2018 Development Research Center of the State Council")
                .license(new Url("https://creativecommons.org/licenses/by/4.0/"))
                .relation(new Relation(RelationType.HAS_TRANSLATION, LocalIdentifier.of(ReportId.of("drc-2018-215-zh"))))
                .relation(new Relation(RelationType.IS_PART_OF, new Issn("2049-3630")))
                .metric(Metric.views(5490, PartialDate.parse("2019-01-15")))
                .metric(new Metric(MetricType.DOWNLOADS, 812, PartialDate.parse("2019-01")))
                .metric(new Metric(MetricType.CITATIONS, 3, null))
                .build();
    }
}
