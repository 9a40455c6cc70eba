package io.github.reportmeta.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The alternating measure's bookkeeping: which side runs when, and how turns become ratios. Nothing is timed. */
class PairedTest {

    @Nested
    class Groups {

        @Test
        void every_goal_has_both_sides_in_one_group() {
            for (Ratios.Goal goal : Ratios.GOALS) {
                assertThat(Paired.GROUPS)
                        .as(goal.name())
                        .anySatisfy(g -> assertThat(g.methods()).contains(goal.ours(), goal.baseline()));
            }
        }

        static List<String> groupNames() {
            return Paired.GROUPS.stream().map(Paired.Group::name).toList();
        }

        @ParameterizedTest
        @MethodSource("groupNames")
        void every_side_of_a_group_is_bound_to_its_benchmark_method_and_runs(String name) {
            Paired.Group group = Paired.group(name);
            List<Paired.Side> sides = group.sides();
            assertThat(sides).extracting(Paired.Side::name).containsExactlyElementsOf(group.methods());
            for (Paired.Side side : sides) {
                int result = side.operation().getAsInt();
                // the valid corpus has no violations; everything else counts reports, tokens, bytes or violations
                if (side.name().equals("ValidationBenchmark.reportmeta")
                        || side.name().equals("ValidationBenchmark.hibernateValidator")) {
                    assertThat(result).as(side.name()).isZero();
                } else {
                    assertThat(result).as(side.name()).isPositive();
                }
            }
        }

        @Test
        void an_unknown_group_is_refused_with_the_known_ones() {
            assertThatThrownBy(() -> Paired.group("json"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no group json")
                    .hasMessageContaining("json-read");
        }
    }

    @Nested
    class Turns {

        @Test
        void rounds_rotate_the_first_side_and_warm_up_rounds_are_not_recorded() {
            List<String> calls = new ArrayList<>();
            List<Paired.Side> sides = List.of(side("a", calls), side("b", calls), side("c", calls));

            List<Paired.Turn> turns = Paired.measure(sides, 2, 3, 1, 1);

            assertThat(turns).extracting(Paired.Turn::round).containsExactly(0, 0, 0, 1, 1, 1, 2, 2, 2);
            // warm-up rounds 0 and 1 start with b and c, recorded rounds with a, b, c
            assertThat(turns).extracting(Paired.Turn::side)
                    .containsExactly("a", "b", "c", "b", "c", "a", "c", "a", "b");
            assertThat(calls.get(0)).isEqualTo("b");
            assertThat(turns).allSatisfy(t -> assertThat(t.reportsPerSecond()).isPositive());
        }

        @Test
        void a_turn_line_reads_back_as_the_same_turn() {
            Paired.Turn turn = new Paired.Turn(3, "XmlBenchmark.readReportmeta", 52254.5, 9540.2);
            assertThat(Paired.Turn.parse(turn.line())).isEqualTo(turn);
        }

        private Paired.Side side(String name, List<String> calls) {
            return new Paired.Side(name, () -> {
                if (calls.isEmpty() || !calls.get(calls.size() - 1).equals(name)) {
                    calls.add(name);
                }
                return 1;
            });
        }
    }

    @Nested
    class Summary {

        private static final String OURS = "OaiDcBenchmark.writeReportmeta";
        private static final String BASE = "OaiDcBenchmark.writeXmlMapper";

        @Test
        void a_ratio_is_taken_within_a_round_and_a_round_missing_a_side_is_left_out() {
            List<Paired.Turn> fork = List.of(
                    new Paired.Turn(0, OURS, 100, 10), new Paired.Turn(0, BASE, 50, 1),
                    new Paired.Turn(1, BASE, 200, 1), new Paired.Turn(1, OURS, 100, 10),
                    new Paired.Turn(2, OURS, 100, 10));
            assertThat(Paired.ratios(fork, OURS, BASE)).containsExactly(2.0, 0.5);
        }

        @Test
        void the_median_is_over_every_round_of_every_fork_and_the_spread_over_fork_medians() {
            List<Paired.Turn> first = List.of(
                    new Paired.Turn(0, OURS, 90, 10), new Paired.Turn(0, BASE, 100, 2),
                    new Paired.Turn(1, OURS, 80, 12), new Paired.Turn(1, BASE, 100, 2),
                    new Paired.Turn(2, OURS, 100, 14), new Paired.Turn(2, BASE, 100, 2));
            List<Paired.Turn> second = List.of(
                    new Paired.Turn(0, OURS, 110, 10), new Paired.Turn(0, BASE, 100, 2),
                    new Paired.Turn(1, OURS, 130, 10), new Paired.Turn(1, BASE, 100, 2));

            List<String> table = Paired.summary(List.of(first, second));

            // fork medians 0.90 and 1.20; all ratios 0.8, 0.9, 1.0, 1.1, 1.3: median 1.00, spread (1.20 - 0.90) / 2
            assertThat(table).hasSize(3);
            assertThat(table.get(2)).isEqualTo(
                    "| oai_dc write vs XmlMapper on mapped values | ≥ 1.00 | 0.90, 1.20 | 1.00 | ±15 % | yes | 100, 10 |");
        }
    }
}
