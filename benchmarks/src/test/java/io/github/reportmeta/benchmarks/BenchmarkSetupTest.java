package io.github.reportmeta.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.benchmarks.baseline.PlainJson;
import io.github.reportmeta.benchmarks.baseline.PlainXml;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Runs each benchmark's setup and each benchmark method once, so that a benchmark cannot rot unnoticed: ours and
 * the baseline must see the same reports and write something. Nothing here is timed.
 */
class BenchmarkSetupTest {

    private static Blackhole sink() {
        return new Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Json {
        private final JsonBenchmark benchmark = new JsonBenchmark();

        @BeforeAll
        void setUp() {
            benchmark.setUp();
        }

        @Test
        void ours_and_databind_read_every_report_of_the_same_bytes() {
            PlainJson.Catalogue plain = benchmark.readDatabind();
            assertThat(plain.reports()).hasSize(Corpus.REPORTS);
            assertThat(benchmark.readReportmeta(sink())).isEqualTo(Corpus.REPORTS);
        }

        @Test
        void databind_reads_the_same_ids_in_the_same_order() {
            List<String> ours = new ArrayList<>();
            Corpus.read(Corpus.format("json"), Corpus.standard().bytes("json"), o -> {
                if (o instanceof io.github.reportmeta.Report r) {
                    ours.add(r.id().value());
                }
            });
            assertThat(benchmark.readDatabind().reports()).extracting(PlainJson.Report::id).containsExactlyElementsOf(ours);
        }

        @Test
        void the_token_scan_sees_more_tokens_than_reports() {
            assertThat(benchmark.readTokenScan()).isGreaterThan(Corpus.REPORTS * 10);
        }

        @Test
        void both_writers_write_something() {
            assertThat(benchmark.writeReportmeta()).isGreaterThan(Corpus.REPORTS * 100);
            assertThat(benchmark.writeDatabind()).isGreaterThan(Corpus.REPORTS * 100);
            assertThat(benchmark.writeReportmetaCompact()).isGreaterThan(Corpus.REPORTS * 100);
            assertThat(benchmark.writeDatabindPretty()).isGreaterThan(Corpus.REPORTS * 100);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Xml {
        private final XmlBenchmark benchmark = new XmlBenchmark();

        @BeforeAll
        void setUp() {
            benchmark.setUp();
        }

        @Test
        void ours_and_xml_mapper_read_every_report_of_the_same_bytes() {
            PlainXml.Catalogue plain = benchmark.readXmlMapper();
            assertThat(plain.reports()).hasSize(Corpus.REPORTS);
            assertThat(benchmark.readReportmeta(sink())).isEqualTo(Corpus.REPORTS);
        }

        @Test
        void xml_mapper_tells_people_from_organizations_by_xsi_type() {
            List<PlainXml.Agent> agents = benchmark.readXmlMapper().reports().stream()
                    .flatMap(r -> r.authors().stream())
                    .map(PlainXml.Author::agent)
                    .toList();
            assertThat(agents).hasAtLeastOneElementOfType(PlainXml.Person.class);
            assertThat(agents).allSatisfy(a -> {
                if (a instanceof PlainXml.Person p) {
                    assertThat(p.name()).isNotNull();
                }
            });
        }

        @Test
        void the_token_scan_sees_more_events_than_reports() throws Exception {
            assertThat(benchmark.readTokenScan()).isGreaterThan(Corpus.REPORTS * 10);
        }

        @Test
        void both_writers_write_something() {
            assertThat(benchmark.writeReportmeta()).isGreaterThan(Corpus.REPORTS * 100);
            assertThat(benchmark.writeXmlMapper()).isGreaterThan(Corpus.REPORTS * 100);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OaiDc {
        private final OaiDcBenchmark benchmark = new OaiDcBenchmark();

        @BeforeAll
        void setUp() {
            benchmark.setUp();
        }

        @Test
        void xml_mapper_has_one_record_with_a_title_per_report() {
            assertThat(benchmark.plain().dc()).hasSize(Corpus.REPORTS)
                    .allSatisfy(dc -> assertThat(dc.title()).isNotEmpty());
        }

        @Test
        void both_writers_write_something() {
            assertThat(benchmark.writeReportmeta()).isGreaterThan(Corpus.REPORTS * 100);
            assertThat(benchmark.writeXmlMapper()).isGreaterThan(Corpus.REPORTS * 100);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Validation {
        private final ValidationBenchmark benchmark = new ValidationBenchmark();

        @BeforeAll
        void setUp() {
            benchmark.setUp();
        }

        @Test
        void ours_and_hibernate_validator_find_the_same_number_of_violations() {
            assertThat(benchmark.reportmeta(sink())).isEqualTo(benchmark.hibernateValidator(sink()));
        }

        @Test
        void ours_and_hibernate_validator_find_four_violations_in_every_damaged_report() {
            assertThat(benchmark.reportmetaInvalid(sink())).isEqualTo(4 * Corpus.REPORTS)
                    .isEqualTo(benchmark.hibernateValidatorInvalid(sink()));
        }
    }
}
