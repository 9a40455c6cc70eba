package io.github.reportmeta.citation.bibtex;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.Author;
import io.github.reportmeta.Organization;
import io.github.reportmeta.Person;
import io.github.reportmeta.Report;
import io.github.reportmeta.Role;
import io.github.reportmeta.synthetic.SyntheticReports;
import io.github.reportmeta.testing.SeedRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * pandoc, a third-party reader, reads what the bibtex writer writes, and sees the fields we wrote: the title, the
 * authors with the research team as one literal name, the institution as publisher, the number, the series as
 * genre, the year.
 */
class PandocReadsOurBibtexTest {

    @Test
    void seesTheSeedsTitleAuthorsInstitutionNumberSeriesAndYear() {
        Path pandoc = Pandoc.require();
        Map<String, Object> item = Pandoc.cslItems(pandoc, BibtexTesting.write(SeedRecord.report()).text()).get(0);
        assertThat(item).containsEntry("id", "drc-2018-215").containsEntry("type", "report")
                .containsEntry("title", SeedRecord.TITLE)
                .containsEntry("publisher", "Research Department of Innovation Development, "
                        + "Development Research Center of the State Council (DRC)")
                .containsEntry("number", "215").containsEntry("genre", "Research Report")
                .containsEntry("author", List.of(Map.of("family", "Long", "given", "Haibo"),
                        Map.of("literal", SeedRecord.TEAM)));
        assertThat(item.get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(2018L, 12L, 10L))));
    }

    @Test
    void seesTheSameFieldsAsWeDoInGeneratedReports() {
        Path pandoc = Pandoc.require();
        List<Report> reports = new ArrayList<>();
        SyntheticReports.withSeed(7).reports(50).forEachRemaining(reports::add);
        List<Map<String, Object>> items = Pandoc.cslItems(pandoc, BibtexTesting.write(reports).text());
        assertThat(items).hasSize(reports.size());
        for (int i = 0; i < reports.size(); i++) {
            Report r = reports.get(i);
            Map<String, Object> seen = new LinkedHashMap<>(items.get(i));
            Map<String, Object> ours = new LinkedHashMap<>();
            ours.put("id", r.id().value());
            ours.put("title", r.mainTitle().text());
            List<String> chain = new ArrayList<>();
            for (Organization o = r.publisher(); o != null; o = o.parent()) {
                chain.add(o.acronym() == null ? o.name() : o.name() + " (" + o.acronym() + ")");
            }
            ours.put("publisher", String.join(", ", chain));
            ours.put("number", r.number().number());
            ours.put("genre", r.number().series());
            ours.put("issued", Map.of("date-parts", List.of(List.of((long) r.issued().year(), (long) r.issued().month(),
                    (long) r.issued().day()))));
            List<Map<String, String>> authors = new ArrayList<>();
            for (Author a : r.authors()) {
                if (a.agent() instanceof Person p) {
                    authors.add(Map.of("family", p.name().family(), "given", p.name().given()));
                } else if (a.role() == Role.RESEARCH_TEAM) {
                    authors.add(Map.of("literal", ((Organization) a.agent()).name()));
                }
            }
            ours.put("author", authors);
            seen.keySet().retainAll(ours.keySet());
            assertThat(seen).as("what pandoc sees of %s", r.id()).isEqualTo(ours);
        }
    }
}
