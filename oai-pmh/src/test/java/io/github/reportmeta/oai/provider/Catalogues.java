package io.github.reportmeta.oai.provider;

import io.github.reportmeta.Catalogue;
import io.github.reportmeta.CatalogueId;
import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.PartialDate;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportDate;
import io.github.reportmeta.ReportNumber;
import io.github.reportmeta.synthetic.SyntheticReports;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The catalogues the provider's tests serve. */
final class Catalogues {

    static final URI BASE = URI.create("http://127.0.0.1:8080/oai");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T05:00:00Z"), ZoneOffset.UTC);

    private Catalogues() {}

    /**
     * Five reports whose datestamps come from each rule: modified (r1, 2020-03-01), available in another zone
     * (r2, 2020-05-11 in UTC), issued (r3, 2019-07-01, no series), a later modified date winning over an
     * available one (r4, 2021-01-15) and a CJK id (2018-02-01).
     */
    static Catalogue small() {
        return Catalogue.builder(CatalogueId.of("small"))
                .title(LocalizedText.of("Small catalogue", LanguageTag.ENGLISH))
                .report(report("r1").number(ReportNumber.of("Research Report", "1", 2020))
                        .date(ReportDate.of(ReportDate.Kind.MODIFIED, "2020-03-01")).build())
                .report(report("r2").number(ReportNumber.of("Working Paper", "7", null))
                        .date(ReportDate.of(ReportDate.Kind.AVAILABLE, "2020-05-10T23:30:00-02:00")).build())
                .report(report("r3").issued(PartialDate.of(2019, 7)).build())
                .report(report("r4").number(ReportNumber.of("Research Report", "2", 2021))
                        .date(ReportDate.of(ReportDate.Kind.AVAILABLE, "2021-01-20"))
                        .date(ReportDate.of(ReportDate.Kind.MODIFIED, "2021-01-15T10:00Z"))
                        .date(ReportDate.of(ReportDate.Kind.MODIFIED, "2020-12-31")).build())
                .report(report("报告/5%").issued(PartialDate.of(2018, 2)).build())
                .build();
    }

    static Report.Builder report(String id) {
        return Report.builder(id).title("Report " + id, LanguageTag.ENGLISH);
    }

    /** A catalogue of generated reports. */
    static Catalogue synthetic(long seed, int count) {
        SyntheticReports generator = SyntheticReports.withSeed(seed);
        List<Report> reports = new ArrayList<>(count);
        for (Iterator<Report> it = generator.reports(count); it.hasNext(); ) {
            reports.add(it.next());
        }
        return Catalogue.of(generator.header(), reports);
    }

    static OaiProvider provider(Catalogue... catalogues) {
        return provider(100, catalogues);
    }

    static OaiProvider provider(int pageSize, Catalogue... catalogues) {
        OaiProvider.Builder b = OaiProvider.builder(BASE).clock(CLOCK).pageSize(pageSize).repositoryName("Test reports");
        for (Catalogue c : catalogues) {
            b.catalogue(c);
        }
        return b.build();
    }
}
