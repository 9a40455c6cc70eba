package io.github.reportmeta.text;

import io.github.reportmeta.Author;
import io.github.reportmeta.Catalogue;
import io.github.reportmeta.CatalogueId;
import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.Organization;
import io.github.reportmeta.PartialDate;
import io.github.reportmeta.PersonName;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportNumber;
import io.github.reportmeta.Url;
import io.github.reportmeta.testing.SeedRecord;

/** The catalogue the digest golden files are written from: fixed data, nothing taken from the clock. */
final class DigestCatalogue {

    private DigestCatalogue() {}

    static Catalogue catalogue() {
        LanguageTag en = LanguageTag.ENGLISH;
        LanguageTag zh = LanguageTag.CHINESE;
        Report seed = SeedRecord.report().toBuilder()
                .landingPage(Url.parse("https://example.org/reports/drc-2018-215"))
                .build();
        Report chinese = Report.builder("drc-2018-210")
                .title("数字经济背景下的就业结构变化与劳动保护制度完善研究", zh)
                .number(ReportNumber.of("Research Report", "210", 2018))
                .issued(PartialDate.of(2018, 12, 5))
                .author(Author.person(PersonName.familyFirst("刘", "洋")))
                .author(Author.person(PersonName.familyFirst("欧阳", "明远")))
                .abstractText("平台经济吸纳了大量灵活就业人员，但社会保险覆盖仍然不足，劳动者权益保障面临新的挑战。"
                        + "本报告基于五个城市的调查数据，分析了平台从业人员的收入、工作时长和参保情况，"
                        + "提出按工作时长分担缴费、建立职业伤害保障制度、完善算法透明度规则等建议。"
                        + "报告还讨论了地方试点的经验与不足，并对全国推广的步骤和配套措施提出了具体设想。", zh)
                .language(zh)
                .landingPage(Url.parse("https://example.org/reports/drc-2018-210"))
                .build();
        Report paper = Report.builder("drc-working-paper-2018-12")
                .title("Pricing Carbon, Protecting Households: Options for Compensating Low-income Families "
                        + "when Energy Prices Rise <and> Other Distributional Questions", en)
                .number(ReportNumber.of("Working Paper", "12", 2018))
                .issued(PartialDate.of(2018, 12, 7))
                .author(Author.person(PersonName.familyFirst("Zhang", "Wei")))
                .author(Author.person(PersonName.familyFirst("Li", "Na")))
                .author(Author.person(PersonName.of("Jane", "Smith")))
                .author(Author.person(PersonName.familyFirst("Sun", "Hao")))
                .author(Author.person(PersonName.familyFirst("Chen", "Jing")))
                .author(Author.person(PersonName.familyFirst("Zhou", "Lan")))
                .author(Author.person(PersonName.familyFirst("Huang", "Min")))
                .author(Author.researchTeam(Organization.of("Research Team on \u201cEnergy & Equity\u201d")))
                .abstractText("A carbon price raises what households pay for heating & power; the poorest "
                        + "fifth spend three times the share of their income on energy that the richest fifth do. "
                        + "This paper compares rebates, \"energy cheques\" and lower payroll taxes, and finds "
                        + "that a flat per-person rebate leaves four in five low-income households better off.", en)
                .language(en)
                .build();
        Report undated = Report.builder("drc-note-7")
                .title("A Note on Regional Statistics", en)
                .language(en)
                .build();
        Report unnumbered = Report.builder("drc-brief-3")
                .title("Briefing: Water Pricing in Small Cities", en)
                .issued(PartialDate.of(2018, 12, 1))
                .author(Author.person(PersonName.familyFirst("Wang", "Lihua")))
                .abstractText("Tariffs cover half of the cost of supply.", en)
                .language(en)
                .build();
        return Catalogue.builder(CatalogueId.of("drc-en"))
                .title(LocalizedText.of("Reports of the Development Research Center", en))
                .updated(PartialDate.of(2018, 12, 10))
                .report(unnumbered)
                .report(paper)
                .report(seed)
                .report(undated)
                .report(chinese)
                .build();
    }
}
