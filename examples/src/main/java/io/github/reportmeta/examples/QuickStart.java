package io.github.reportmeta.examples;

import io.github.reportmeta.Author;
import io.github.reportmeta.Keyword;
import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.Metric;
import io.github.reportmeta.NameOrder;
import io.github.reportmeta.Organization;
import io.github.reportmeta.PartialDate;
import io.github.reportmeta.Person;
import io.github.reportmeta.PersonName;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportNumber;
import io.github.reportmeta.Role;
import io.github.reportmeta.validation.Profile;
import io.github.reportmeta.validation.ReportValidator;
import java.io.PrintStream;
import java.util.List;

/** The five-minute tour of the README: build a report in code, validate it, break it and validate it again. */
public final class QuickStart {

    private QuickStart() {}

    /**
     * Runs the tour, printing to standard output.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Runs the tour.
     *
     * @param out where to print
     */
    public static void run(PrintStream out) {
        Report report = seedReport();

        ReportValidator strict = ReportValidator.builder().profile(Profile.STRICT).build();
        out.println(report.number() + " by " + report.authors().get(0).agent().displayName()
                + ", issued " + report.issued());
        out.println("strict validation: " + strict.validate(report));

        Report broken = report.withIssued(PartialDate.of(2999)).withKeywords(List.of());
        out.println("after breaking it:");
        out.println(strict.validate(broken));
    }

    /**
     * The report of the page the project was born from, built in code.
     *
     * @return the report
     */
    public static Report seedReport() {
        LanguageTag en = LanguageTag.ENGLISH;
        Organization drc = Organization.of("Development Research Center of the State Council", "DRC");
        return Report.builder("drc-2018-215")
                .title("The Development of Civil-Military Integration in National Defense and Hi-tech Industries "
                        + "in the U.S.: Experience and Enlightenments", en)
                .number(ReportNumber.parse("Research Report, No.215, 2018"))
                .issued(PartialDate.parse("2018-12-10"))
                .author(new Author(Person.of(PersonName.parse("Long Haibo", NameOrder.FAMILY_FIRST)), Role.AUTHOR))
                .publisher(Organization.of("Research Department of Innovation Development").withParent(drc))
                .abstractText("The US government has effectively promoted the civil-military integration ...", en)
                .keyword(Keyword.of("civil-military integration", en))
                .language(en)
                .metric(Metric.views(5490, null))
                .build();
    }
}
