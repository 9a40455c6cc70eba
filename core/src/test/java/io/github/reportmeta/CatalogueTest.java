package io.github.reportmeta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reportmeta.testing.SeedRecord;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CatalogueTest {

    static Report report(String id, String title, String issued) {
        Report.Builder b = Report.builder(id).title(title, LanguageTag.ENGLISH);
        if (issued != null) {
            b.issued(PartialDate.parse(issued));
        }
        return b.build();
    }

    static Catalogue catalogue(Report... reports) {
        return Catalogue.builder(CatalogueId.of("drc"))
                .title(LocalizedText.of("DRC reports", LanguageTag.ENGLISH))
                .updated(PartialDate.of(2019))
                .reports(List.of(reports))
                .build();
    }

    final Report a = report("a", "Urbanisation and land reform", "2018-12-10");
    final Report b = report("b", "Energy security in East Asia", "2019-03");
    final Report c = report("c", "Regional growth", "2017");
    final Report undated = report("d", "Undated note", null);

    @Nested
    class LookUp {
        @Test
        void findsByIdOrSaysNothing() {
            Catalogue cat = catalogue(a, b);

            assertThat(cat.find(ReportId.of("b"))).contains(b);
            assertThat(cat.find(ReportId.of("z"))).isEmpty();
        }

        @Test
        void expectSaysWhatWasMissingAndWhere() {
            assertThatThrownBy(() -> catalogue(a).expect(ReportId.of("z")))
                    .isInstanceOf(NoSuchElementException.class)
                    .hasMessage("no report with id 'z' in catalogue 'drc' of 1 reports");
        }

        @Test
        void headerIsTheCatalogueWithoutReports() {
            Catalogue cat = catalogue(a, b);

            assertThat(Catalogue.of(cat.header(), cat.reports())).isEqualTo(cat);
        }
    }

    @Nested
    class Ordering {
        @Test
        void ordersOldestFirstWithUndatedLast() {
            assertThat(catalogue(undated, b, a, c).reportsByIssued()).containsExactly(c, a, b, undated);
        }

        @Test
        void latestSinceIsNewestFirstAndCountsPartialDatesThatReachTheDay() {
            Report monthOnly = report("m", "December report", "2018-12");
            Catalogue cat = catalogue(a, b, c, undated, monthOnly);

            assertThat(cat.latestSince(PartialDate.of(2018, 12, 5))).containsExactly(b, a, monthOnly);
            assertThat(cat.latestSince(PartialDate.of(2019, 4, 1))).isEmpty();
            assertThat(cat.latestSince(PartialDate.of(2017))).containsExactly(b, a, monthOnly, c);
        }
    }

    @Nested
    class Merging {
        @Test
        void equalReportsUnderTheSameIdAreKeptOnce() {
            CatalogueMerge merge = catalogue(a, b).merge(catalogue(b, c));

            assertThat(merge.catalogue().reports()).containsExactly(a, b, c);
            assertThat(merge.duplicates()).containsExactly(
                    new CatalogueMerge.Duplicate(b.id(), b.id(), CatalogueMerge.Reason.SAME_ID, 1.0));
            assertThat(merge.conflicts()).isEmpty();
        }

        @Test
        void differentReportsUnderTheSameIdAreAConflictAndThisSideIsKept() {
            Report changed = b.withIssued(PartialDate.of(2019, 4)).withKeywords(List.of(Keyword.of("energy")));

            CatalogueMerge merge = catalogue(a, b).merge(catalogue(changed));

            assertThat(merge.catalogue().reports()).containsExactly(a, b);
            assertThat(merge.conflicts()).containsExactly(
                    new CatalogueMerge.Conflict(b.id(), List.of("issued", "keywords")));
            assertThat(merge.isClean()).isFalse();
        }

        @Test
        void nearIdenticalTitleOnTheSameDateIsAPossibleDuplicateAndBothAreKept() {
            Report copy = report("a-copy", "Urbanisation and Land Reform.", "2018-12-10");

            CatalogueMerge merge = catalogue(a, b).merge(catalogue(copy));

            assertThat(merge.catalogue().reports()).containsExactly(a, b, copy);
            assertThat(merge.duplicates()).singleElement().satisfies(d -> {
                assertThat(d.kept()).isEqualTo(a.id());
                assertThat(d.other()).isEqualTo(copy.id());
                assertThat(d.reason()).isEqualTo(CatalogueMerge.Reason.SIMILAR_TITLE_AND_DATE);
                assertThat(d.titleSimilarity()).isEqualTo(1.0);
            });
        }

        @Test
        void similarTitlesOnOtherDatesOrDifferentTitlesAreNotDuplicates() {
            Report otherDate = report("x", "Urbanisation and land reform", "2018-12-11");
            Report otherTitle = report("y", "Urbanisation and tax reform in cities", "2018-12-10");

            CatalogueMerge merge = catalogue(a).merge(catalogue(otherDate, otherTitle));

            assertThat(merge.isClean()).isTrue();
            assertThat(merge.catalogue().reports()).containsExactly(a, otherDate, otherTitle);
        }

        @Test
        void similarityToleratesATypo() {
            Report typo = report("t", "Urbanisation and land refrom", "2018-12-10");

            assertThat(CatalogueMerge.titleSimilarity(a, typo)).isBetween(0.9, 0.99);
        }
    }

    @Nested
    class Diffing {
        @Test
        void reportsAddedChangedWithTheirFieldsAndRemoved() {
            Report newerB = b.withMetrics(List.of(Metric.views(10, null))).withTitles(List.of(LocalizedText.of("Energy")));

            CatalogueDiff diff = Catalogue.diff(catalogue(a, b, c), catalogue(newerB, a, undated));

            assertThat(diff.added()).containsExactly(undated);
            assertThat(diff.removed()).containsExactly(c);
            assertThat(diff.changed()).singleElement().satisfies(change -> {
                assertThat(change.id()).isEqualTo(b.id());
                assertThat(change.older()).isEqualTo(b);
                assertThat(change.newer()).isEqualTo(newerB);
                assertThat(change.fields()).containsExactly("titles", "metrics");
            });
        }

        @Test
        void sameEditionHasNoDifference() {
            assertThat(Catalogue.diff(catalogue(a, b), catalogue(a, b)).isEmpty()).isTrue();
        }
    }

    @Nested
    class Reports {
        @Test
        void builderAndToBuilderAreInverse() {
            Report seed = SeedRecord.report();

            assertThat(seed.toBuilder().build()).isEqualTo(seed);
        }

        @Test
        void queriesByLanguageAndScheme() {
            Report seed = SeedRecord.report().toBuilder()
                    .title("中国军民融合", LanguageTag.CHINESE)
                    .identifier(Doi.parse("10.1234/drc.215"))
                    .build();

            assertThat(seed.mainTitle().text()).isEqualTo(SeedRecord.TITLE);
            assertThat(seed.title(LanguageTag.parse("ZH")).map(LocalizedText::text)).contains("中国军民融合");
            assertThat(seed.identifier(IdentifierScheme.DOI)).contains(Doi.parse("10.1234/drc.215"));
            assertThat(seed.identifier(IdentifierScheme.ISBN)).isEmpty();
            assertThat(seed.metric(MetricType.VIEWS).map(Metric::count)).contains(5490L);
            assertThat(seed.withoutMetrics().metrics()).isEmpty();
        }

        @Test
        void typeDefaultsToResearchReport() {
            assertThat(Report.builder("r").build().type()).isEqualTo(ReportType.RESEARCH_REPORT);
        }
    }

    /** Ids such as {@code AaBB} and {@code BBAa} share a hash; maps keyed by ids must still find each one. */
    @Nested
    class IdsThatShareAHash {

        private List<ReportId> collidingIds(int blocks) {
            List<ReportId> ids = new java.util.ArrayList<>();
            for (int bits = 0; bits < 1 << blocks; bits++) {
                StringBuilder id = new StringBuilder();
                for (int b = 0; b < blocks; b++) {
                    id.append((bits >>> b & 1) == 0 ? "Aa" : "BB");
                }
                ids.add(ReportId.of(id.toString()));
            }
            return ids;
        }

        @Test
        void orderByTheirTextConsistentlyWithEquals() {
            ReportId a = ReportId.of("AaBB");
            ReportId b = ReportId.of("BBAa");

            assertThat(a.hashCode()).isEqualTo(b.hashCode());
            assertThat(a.compareTo(b)).isNegative();
            assertThat(b.compareTo(a)).isPositive();
            assertThat(a.compareTo(ReportId.of("AaBB"))).isZero();
            assertThat(java.util.stream.Stream.of(b, a).sorted().toList()).containsExactly(a, b);
        }

        @Test
        void aDiffFindsWhatWasAddedChangedAndRemovedAmongThem() {
            List<ReportId> ids = collidingIds(10);
            Report seed = SeedRecord.report();
            List<Report> older = ids.subList(0, 1000).stream().map(id -> seed.toBuilder().id(id).build()).toList();
            List<Report> newer = new java.util.ArrayList<>(ids.subList(10, 1024).stream()
                    .map(id -> seed.toBuilder().id(id).build()).toList());
            newer.set(0, newer.get(0).withIssued(io.github.reportmeta.PartialDate.of(2019)));

            CatalogueDiff diff = Catalogue.diff(catalogue(older.toArray(Report[]::new)), catalogue(newer.toArray(Report[]::new)));

            assertThat(diff.removed()).extracting(Report::id).containsExactlyElementsOf(ids.subList(0, 10));
            assertThat(diff.added()).extracting(Report::id).containsExactlyElementsOf(ids.subList(1000, 1024));
            assertThat(diff.changed()).extracting(CatalogueDiff.Change::id).containsExactly(ids.get(10));
        }
    }
}
