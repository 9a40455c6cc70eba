package io.github.reportmeta.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
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
}
