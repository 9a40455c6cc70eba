package io.github.reportmeta.dc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.Coverage;
import io.github.reportmeta.Doi;
import io.github.reportmeta.LocalIdentifier;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.MediaFormat;
import io.github.reportmeta.Relation;
import io.github.reportmeta.RelationType;
import io.github.reportmeta.Organization;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportDate;
import io.github.reportmeta.ReportId;
import io.github.reportmeta.ReportNumber;
import io.github.reportmeta.ReportType;
import io.github.reportmeta.Role;
import io.github.reportmeta.Url;
import io.github.reportmeta.format.ConversionNote;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The Dublin Core mapping: loss notes, the derived citation and the reading of relations. */
class DcMappingTest {

    static final DcMapping SIMPLE = new DcMapping(false);
    static final DcMapping QUALIFIED = new DcMapping(true);

    @Nested
    class PointersWithoutIndexes {

        @ParameterizedTest(name = "''{0}'' gives ''{1}''")
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
                "/id|id",
                "/authors/0/role|authors/role",
                "/authors/12/agent/affiliations/3/name|authors/agent/affiliations/name",
                "/titles/9|titles",
                "/titles/09|titles",
                "/0/titles|titles",
                "/relations/1/type|relations/type",
                "/a1/1a/x9y|a1/1a/x9y",
                "/a/:/b|a/:/b",
                "/a/./b|a/./b",
                "/a//b|a//b",
                "/|\"\"",
                "\"\"|\"\"",
                "/7|\"\"",
        })
        void dropsTheIndexSegmentsAndTheLeadingSlash(String pointer, String field) {
            assertThat(DcMapping.withoutIndexes(pointer)).isEqualTo(field);
        }
    }

    @Nested
    class LossReasons {

        static Stream<Arguments> reasons() {
            return Stream.of(
                    Arguments.of("/id", "has no element for the report id; OAI-PMH readers take the header identifier"),
                    Arguments.of("/metrics", "has no element for usage counts"),
                    Arguments.of("/authors/3/agent/orcid", "has no element for ORCID iDs"),
                    Arguments.of("/authors/0/agent/affiliations", "has no element for affiliations"),
                    Arguments.of("/authors/1/agent/name/order",
                            "writes names as \"Family, Given\" and loses the name order"),
                    Arguments.of("/authors/0/agent/name/original", "has no place for a name in its original script"),
                    Arguments.of("/keywords/2/vocabulary", "has no element for the vocabulary of a keyword"),
                    Arguments.of("/relations/0/type", "cannot say this kind of relation"),
                    Arguments.of("/authors/0/role",
                            "cannot carry /authors/0/role as it is (see docs/formats/dublin-core.md)"),
                    Arguments.of("/publisher/parent/acronym",
                            "cannot carry /publisher/parent/acronym as it is (see docs/formats/dublin-core.md)"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("reasons")
        void nameTheFormatAndWhatItLacks(String pointer, String reason) {
            assertThat(SIMPLE.reason(pointer)).isEqualTo("oai_dc " + reason);
            assertThat(QUALIFIED.reason(pointer)).isEqualTo("dcterms " + reason);
        }

        @Test
        void aWriteNotesEachLossWithItsReason() {
            Report r = Report.builder("r1").title(LocalizedText.of("T")).type(ReportType.OTHER)
                    .relation(new Relation(RelationType.HAS_PART, new Doi("10.1000/part")))
                    .build();
            List<ConversionNote> losses = DcTesting.write(new OaiDcFormat(), r).report().losses();
            assertThat(losses).extracting(ConversionNote::pointer, ConversionNote::message).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("/id",
                            "oai_dc has no element for the report id; OAI-PMH readers take the header identifier"),
                    org.assertj.core.groups.Tuple.tuple("/relations/0/type",
                            "oai_dc cannot say this kind of relation"));
            assertThat(losses).allSatisfy(n -> assertThat(n.report()).isEqualTo(new ReportId("r1")));
        }

        @Test
        void aValueThatReadsBackDifferentlyIsLostAsAWhole() {
            Report r = Report.builder("r1").title(LocalizedText.of("T")).type(ReportType.OTHER)
                    .identifier(new LocalIdentifier(" local-7 ")).build();
            assertThat(DcTesting.write(new DctermsFormat(), r).report().losses())
                    .extracting(ConversionNote::pointer, ConversionNote::message).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("/id", "dcterms has no element for the report id; "
                                    + "OAI-PMH readers take the header identifier"),
                            org.assertj.core.groups.Tuple.tuple("/identifiers/0", "dcterms cannot carry "
                                    + "/identifiers/0 as it is (see docs/formats/dublin-core.md)"));
        }
    }

    @Nested
    class Citation {

        @Test
        void isNoneWithoutATitle() {
            assertThat(SIMPLE.citation(List.of(DcStatement.dc("creator", "Long, Haibo"),
                    DcStatement.dc("date", "2018")))).isNull();
        }

        @Test
        void ofATitleAloneIsTheTitle() {
            assertThat(SIMPLE.citation(List.of(DcStatement.dc("title", "T")))).isEqualTo("T.");
        }

        @Test
        void joinsCreatorsTitleSeriesPublisherAndDate() {
            assertThat(SIMPLE.citation(List.of(DcStatement.dc("title", "T"), DcStatement.dc("title", "Second"),
                    DcStatement.dc("creator", "Long, Haibo"), DcStatement.dc("creator", "Wang, Li"),
                    DcStatement.dc("relation", "https://doi.org/10.1000/x"),
                    DcStatement.dc("relation", "Research Report; No. 215 (2018)"),
                    DcStatement.dc("relation", "Other Series; No. 9"),
                    DcStatement.dc("publisher", "DRC"), DcStatement.dc("publisher", "Other"),
                    DcStatement.dc("date", "2018-12"), DcStatement.dc("date", "2019"))))
                    .isEqualTo("Long, Haibo; Wang, Li. T. Research Report; No. 215 (2018). DRC, 2018-12.");
        }

        @Test
        void takesTheQualifiedTerms() {
            assertThat(QUALIFIED.citation(List.of(DcStatement.dc("title", "T"),
                    DcStatement.terms("isPartOf", "Notes; No. 3", null, null),
                    DcStatement.terms("issued", "2020", null, "W3CDTF"))))
                    .isEqualTo("T. Notes; No. 3. 2020.");
        }

        @Test
        void hasThePublisherOrTheDateAloneWhenOnlyOneIsKnown() {
            assertThat(SIMPLE.citation(List.of(DcStatement.dc("title", "T"), DcStatement.dc("publisher", "DRC"))))
                    .isEqualTo("T. DRC.");
            assertThat(SIMPLE.citation(List.of(DcStatement.dc("title", "T"), DcStatement.dc("date", "2018"))))
                    .isEqualTo("T. 2018.");
        }

        @Test
        void isWrittenLastAndNotReadBackAsAnIdentifier() {
            Report r = Report.builder("r1").title(LocalizedText.of("T")).type(ReportType.OTHER).build();
            List<DcStatement> statements = SIMPLE.statements(r);
            assertThat(statements).last().isEqualTo(DcStatement.dc("identifier", "T."));
            assertThat(SIMPLE.report(new ReportId("r1"), statements).identifiers()).isEmpty();
            assertThat(QUALIFIED.statements(r)).last()
                    .isEqualTo(DcStatement.terms("bibliographicCitation", "T.", null, null));
        }

        @Test
        void isNotWrittenForAReportWithoutTitle() {
            Report r = Report.builder("r1").type(ReportType.OTHER).build();
            assertThat(SIMPLE.statements(r)).containsExactly(DcStatement.dc("type", "Text"),
                    DcStatement.dc("type", "Other"));
        }
    }

    @Nested
    class Relations {

        static Report read(DcStatement... statements) {
            return QUALIFIED.report(new ReportId("r1"), List.of(statements));
        }

        @ParameterizedTest(name = "dcterms:{0}")
        @CsvSource({"hasVersion, HAS_VERSION", "isVersionOf, IS_VERSION_OF", "isPartOf, IS_PART_OF",
                "hasPart, HAS_PART", "replaces, REPLACES", "isReplacedBy, IS_REPLACED_BY", "references, REFERENCES"})
        void eachRefinementIsReadAsItsRelationType(String term, RelationType type) {
            assertThat(read(DcStatement.terms(term, "https://doi.org/10.1000/r", null, null)).relations())
                    .containsExactly(new Relation(type, new Doi("10.1000/r")));
        }

        @Test
        void aPlainRelationIsAReference() {
            assertThat(read(DcStatement.dc("relation", "https://example.org/other")).relations())
                    .containsExactly(new Relation(RelationType.REFERENCES, new Url("https://example.org/other")));
        }

        @Test
        void theSeriesFormIsTheReportNumberOnlyInARelationOrIsPartOf() {
            Report r = read(DcStatement.terms("hasVersion", "Notes; No. 5", null, null));
            assertThat(r.number()).isNull();
            assertThat(r.relations()).containsExactly(new Relation(RelationType.HAS_VERSION,
                    new LocalIdentifier("Notes; No. 5")));
            assertThat(read(DcStatement.terms("isPartOf", "Notes; No. 5", null, null)).number())
                    .isEqualTo(ReportNumber.of("Notes", "5", null));
            Report relation = read(DcStatement.dc("relation", "Research Report; No. 215 (2018)"));
            assertThat(relation.number()).isEqualTo(ReportNumber.of("Research Report", "215", 2018));
            assertThat(relation.relations()).isEmpty();
        }

        @Test
        void otherTermsAreNotRelations() {
            Report r = read(DcStatement.dc("coverage", "Asia; No. 1"), DcStatement.dc("source", "https://example.org"));
            assertThat(r.relations()).isEmpty();
            assertThat(r.number()).isNull();
        }
    }

    @Nested
    class Contributors {

        @Test
        void aNameWithACommaIsAPersonEvenWhenTheFamilyNameIsMissing() {
            Report r = SIMPLE.report(new ReportId("r1"), List.of(DcStatement.dc("contributor", ", Haibo")));
            assertThat(r.authors()).extracting(a -> a.role(), a -> a.agent().displayName()).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(Role.CONTRIBUTOR, "Haibo"));
        }

        @Test
        void anOrganisationIsAContributorAndOnlyATeamWhenItsNameSaysSo() {
            Report r = SIMPLE.report(new ReportId("r1"), List.of(
                    DcStatement.dc("contributor", "DRC. Innovation Department"),
                    DcStatement.dc("contributor", "DRC. Research Team on “Energy”"),
                    DcStatement.dc("contributor", "Helsingin yliopisto, soveltavan biologian laitos")));
            assertThat(r.authors()).extracting(a -> a.role(), a -> a.agent().displayName()).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(Role.CONTRIBUTOR, "Innovation Department"),
                    org.assertj.core.groups.Tuple.tuple(Role.RESEARCH_TEAM, "Research Team on “Energy”"),
                    org.assertj.core.groups.Tuple.tuple(Role.CONTRIBUTOR, "Helsingin yliopisto, soveltavan biologian laitos"));
            assertThat(r.authors()).allMatch(a -> a.agent() instanceof Organization);
        }
    }

    @Nested
    class RepositoryFields {

        private final Report report = Report.builder("r1").title(LocalizedText.of("T")).type(ReportType.OTHER)
                .issued(io.github.reportmeta.PartialDate.of(2018))
                .date(ReportDate.of(ReportDate.Kind.CREATED, "2017-11"))
                .date(ReportDate.of(ReportDate.Kind.ACCESSIONED, "2018-02-01T08:00:00Z"))
                .date(ReportDate.of(ReportDate.Kind.MODIFIED, "2018-03-04"))
                .landingPage(new Url("https://example.org/r1"))
                .fullText(new Url("https://example.org/r1/full.pdf"))
                .format(MediaFormat.mediaType("application/pdf")).format(MediaFormat.extent("42 p."))
                .format(new MediaFormat(MediaFormat.Kind.MEDIUM, "paper"))
                .source("Economic Review 12 (2017)")
                .coverage(new Coverage(Coverage.Kind.SPATIAL, "China"))
                .coverage(new Coverage(Coverage.Kind.UNSPECIFIED, "Yangtze River Delta"))
                .build();

        @Test
        void qualifiedDcCarriesThemAllButTheAccessionKind() {
            assertThat(QUALIFIED.lostFields(report, QUALIFIED.statements(report))).containsExactly("/id", "/dates/1/kind");
            assertThat(QUALIFIED.statements(report)).extracting(DcStatement::qname).contains("dcterms:created",
                    "dcterms:modified", "dcterms:extent", "dcterms:medium", "dc:source", "dcterms:spatial", "dc:coverage");
        }

        @Test
        void simpleDcCarriesTheValuesAndLosesTheKindsOfDatesAndCoverage() {
            assertThat(SIMPLE.lostFields(report, SIMPLE.statements(report))).containsExactly("/id", "/dates/0/kind",
                    "/dates/1/kind", "/dates/2/kind", "/coverage/0/kind");
            assertThat(SIMPLE.report(new ReportId("r1"), SIMPLE.statements(report))).satisfies(back -> {
                assertThat(back.fullText()).isEqualTo(report.fullText());
                assertThat(back.formats()).isEqualTo(report.formats());
                assertThat(back.sources()).isEqualTo(report.sources());
            });
        }

        @Test
        void theLossesOfKindsHaveTheirReasons() {
            assertThat(SIMPLE.reason("/coverage/0/kind")).isEqualTo("oai_dc writes places and periods alike in dc:coverage");
            assertThat(QUALIFIED.reason("/dates/1/kind"))
                    .isEqualTo("dcterms has no element for this kind of date; it reads back as another kind");
        }
    }
}
