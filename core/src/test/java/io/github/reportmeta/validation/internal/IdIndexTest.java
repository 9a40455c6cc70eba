package io.github.reportmeta.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IdIndexTest {

    @Nested
    class FirstPositions {

        @Test
        void a_new_id_is_recorded_and_a_repeated_one_gives_its_first_position() {
            IdIndex index = new IdIndex();
            assertThat(index.putIfAbsent("a", 0)).isEqualTo(-1);
            assertThat(index.putIfAbsent("b", 1)).isEqualTo(-1);
            assertThat(index.putIfAbsent("a", 2)).isZero();
            assertThat(index.putIfAbsent("b", 3)).isEqualTo(1);
            assertThat(index.putIfAbsent("a", 4)).isZero();
            assertThat(index.size()).isEqualTo(2);
        }

        @Test
        void idsUnderTheSameKeyAreRepeatsAndTheFirstIdIsKept() {
            IdIndex index = new IdIndex();
            assertThat(index.putIfAbsent("drc-1", "DRC-1", 0)).isEqualTo(-1);
            assertThat(index.putIfAbsent("drc-2", "drc-2", 1)).isEqualTo(-1);
            assertThat(index.putIfAbsent("drc-1", "drc-1", 2)).isZero();
            assertThat(index.lastFound()).isEqualTo("DRC-1");
            assertThat(index.putIfAbsent("drc-2", "ＤＲＣ-2", 3)).isEqualTo(1);
            assertThat(index.lastFound()).isEqualTo("drc-2");
            assertThat(index.size()).isEqualTo(2);
        }

        @Test
        void keepsTheFirstIdOfALongKeyInAChunkOfItsOwn() {
            IdIndex index = new IdIndex();
            String key = "k".repeat(70_000);
            String id = "K".repeat(70_000);
            index.putIfAbsent("a", 0);
            assertThat(index.putIfAbsent(key, id, 1)).isEqualTo(-1);
            assertThat(index.putIfAbsent("b", "B", 2)).isEqualTo(-1);
            assertThat(index.putIfAbsent(key, key, 3)).isEqualTo(1);
            assertThat(index.lastFound()).isEqualTo(id);
            assertThat(index.putIfAbsent("b", 4)).isEqualTo(2);
            assertThat(index.lastFound()).isEqualTo("B");
        }

        @Test
        void ids_that_differ_only_in_case_or_script_are_different() {
            IdIndex index = new IdIndex();
            assertThat(index.putIfAbsent("drc-1", 0)).isEqualTo(-1);
            assertThat(index.putIfAbsent("DRC-1", 1)).isEqualTo(-1);
            assertThat(index.putIfAbsent("报告-1", 2)).isEqualTo(-1);
            assertThat(index.putIfAbsent("报告-1", 3)).isEqualTo(2);
        }

        @Test
        void an_id_longer_than_a_chunk_is_kept_whole() {
            IdIndex index = new IdIndex();
            String longId = "x".repeat(200_000);
            assertThat(index.putIfAbsent("before", 0)).isEqualTo(-1);
            assertThat(index.putIfAbsent(longId, 1)).isEqualTo(-1);
            assertThat(index.putIfAbsent("after", 2)).isEqualTo(-1);
            assertThat(index.putIfAbsent(longId, 3)).isEqualTo(1);
            assertThat(index.putIfAbsent(longId + "y", 4)).isEqualTo(-1);
            assertThat(index.putIfAbsent("after", 5)).isEqualTo(2);
        }
    }

    @Nested
    class Edges {

        @Test
        void the_very_first_id_is_still_found_after_the_table_grows() {
            IdIndex index = new IdIndex();
            for (int i = 0; i < 5_000; i++) {
                assertThat(index.putIfAbsent("id-" + i, i)).isEqualTo(-1);
            }
            assertThat(index.putIfAbsent("id-0", 5_000)).isZero();
            assertThat(index.putIfAbsent("id-4999", 5_001)).isEqualTo(4_999);
            assertThat(index.size()).isEqualTo(5_000);
        }

        @Test
        void positions_keep_all_four_bytes() {
            IdIndex index = new IdIndex();
            index.putIfAbsent("a", Integer.MAX_VALUE);
            index.putIfAbsent("b", 0x7F_12_34_56);
            index.putIfAbsent("c", 0x01_00_00_00);

            assertThat(index.putIfAbsent("a", 0)).isEqualTo(Integer.MAX_VALUE);
            assertThat(index.putIfAbsent("b", 0)).isEqualTo(0x7F_12_34_56);
            assertThat(index.putIfAbsent("c", 0)).isEqualTo(0x01_00_00_00);
        }

        @Test
        void the_empty_id_is_an_id_like_any_other() {
            IdIndex index = new IdIndex();
            assertThat(index.putIfAbsent("", 3)).isEqualTo(-1);
            assertThat(index.putIfAbsent("a", 4)).isEqualTo(-1);
            assertThat(index.putIfAbsent("", 5)).isEqualTo(3);
            assertThat(index.putIfAbsent("a", 6)).isEqualTo(4);
            assertThat(index.size()).isEqualTo(2);
        }

        @Test
        void lengths_that_need_two_or_three_bytes_are_kept_exactly() {
            IdIndex index = new IdIndex();
            for (int length : new int[] {127, 128, 129, 16_383, 16_384}) {
                assertThat(index.putIfAbsent("x".repeat(length), length)).as("length %d", length).isEqualTo(-1);
            }
            for (int length : new int[] {127, 128, 129, 16_383, 16_384}) {
                assertThat(index.putIfAbsent("x".repeat(length), 0)).as("length %d", length).isEqualTo(length);
            }
        }
    }

    @Nested
    class AgainstAHashMap {

        @Test
        void many_random_ids_with_repeats_give_what_a_map_gives() {
            long seed = System.nanoTime();
            System.out.println("IdIndexTest seed: " + seed);
            SplittableRandom random = new SplittableRandom(seed);
            IdIndex index = new IdIndex();
            Map<String, Integer> expected = new HashMap<>();
            for (int i = 0; i < 200_000; i++) {
                // a small id space, so that many ids repeat, across several table growths and chunks
                String id = "id-" + random.nextInt(120_000) + (random.nextInt(50) == 0 ? "-é" : "");
                Integer first = expected.putIfAbsent(id, i);
                assertThat(index.putIfAbsent(id, i)).as("id %s at %d (seed %d)", id, i, seed)
                        .isEqualTo(first == null ? -1 : first);
            }
            assertThat(index.size()).isEqualTo(expected.size());
        }
    }

    /** Work is counted in probes of the table, never timed. */
    @Nested
    class TakesLinearWork {

        /** Every id of {@code blocks} two-byte blocks, each {@code a~} or {@code b_}: all share one polynomial hash. */
        private List<String> collidingIds(int blocks) {
            List<String> ids = new java.util.ArrayList<>();
            for (int bits = 0; bits < 1 << blocks; bits++) {
                StringBuilder id = new StringBuilder();
                for (int b = 0; b < blocks; b++) {
                    id.append((bits >>> b & 1) == 0 ? "a~" : "b_");
                }
                ids.add(id.toString());
            }
            return ids;
        }

        private long probes(List<String> ids) {
            IdIndex index = new IdIndex();
            for (int i = 0; i < ids.size(); i++) {
                assertThat(index.putIfAbsent(ids.get(i), i)).isEqualTo(-1);
            }
            assertThat(index.putIfAbsent(ids.get(0), ids.size())).isZero();
            return index.probes();
        }

        @Test
        void idsThatShareAPolynomialHashDoNotShareASlotChain() {
            assertThat("a~".hashCode()).isEqualTo("b_".hashCode());
            long atN = probes(collidingIds(11));
            long at2N = probes(collidingIds(12));

            assertThat((double) at2N / atN).as("probes at 2n over n (%d, %d)", at2N, atN).isLessThan(2.5);
            assertThat(at2N).isLessThan(4L * 4096);
        }
    }
}
