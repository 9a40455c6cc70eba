package io.github.reportmeta.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuplicateIdsTest {

    @TempDir
    Path spill;

    /** A repeat as either path reports it: when given or at the end. */
    record Found(int position, String id, int first, String other, String tag) {
    }

    /** Gives every id with its key (lower case, so that some ids differ from their key) and collects every repeat. */
    private List<Found> run(DuplicateIds ids, List<String> given) {
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String id = given.get(i);
            int first = ids.putIfAbsent(id.toLowerCase(Locale.ROOT), id, i, tag(i));
            if (first >= 0) {
                found.add(new Found(i, id, first, ids.lastFound(), "line " + (i + 1)));
            }
        }
        ids.finish((position, tag, id, first, other) ->
                found.add(new Found(position, id, first, other, new String(tag, StandardCharsets.UTF_8))));
        return found;
    }

    private static byte[] tag(int i) {
        return ("line " + (i + 1)).getBytes(StandardCharsets.UTF_8);
    }

    /** What a map of keys to their first position and id gives. */
    private static List<Found> expected(List<String> given) {
        Map<String, Integer> first = new HashMap<>();
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String id = given.get(i);
            Integer earlier = first.putIfAbsent(id.toLowerCase(Locale.ROOT), i);
            if (earlier != null) {
                found.add(new Found(i, id, earlier, given.get(earlier), "line " + (i + 1)));
            }
        }
        return found;
    }

    private List<String> randomIds(long seed, int count, int space) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = random.nextInt(space);
            String id = switch (random.nextInt(6)) {
                case 0 -> "报告-" + n;
                case 1 -> "R-" + n; // the same key as r-n
                case 2 -> "long-" + n + "-" + "长".repeat(1_500 + n % 7); // longer than a 4 KiB read buffer
                default -> "r-" + n;
            };
            ids.add(id);
        }
        return ids;
    }

    @Nested
    class Exactly {

        @Test
        void withinTheBudgetEveryRepeatIsFoundWhenGivenAndNothingIsLeftForTheEnd() {
            List<String> given = randomIds(1, 2_000, 800);
            try (DuplicateIds ids = new DuplicateIds(DuplicateIds.DEFAULT_BUDGET, spill)) {
                List<Found> found = new ArrayList<>();
                for (int i = 0; i < given.size(); i++) {
                    int first = ids.putIfAbsent(given.get(i).toLowerCase(Locale.ROOT), given.get(i), i, tag(i));
                    if (first >= 0) {
                        found.add(new Found(i, given.get(i), first, ids.lastFound(), "line " + (i + 1)));
                    }
                }
                ids.finish((position, tag, id, first, other) -> found.add(new Found(-1, id, first, other, "")));

                assertThat(ids.spilled()).isFalse();
                assertThat(found).isEqualTo(expected(given));
            }
        }

        @Test
        void aTinyBudgetFindsEveryRepeatWithItsFirstPositionAndNoOther() {
            // 4 KiB spills at once; 200 kB keeps a few hundred ids in memory first and writes about ten runs
            for (int budget : new int[] {4_096, 200_000}) {
                for (long seed : new long[] {2, 3, 4}) {
                    List<String> given = randomIds(seed, 3_000, 1_000);
                    try (DuplicateIds ids = new DuplicateIds(budget, spill)) {
                        List<Found> found = run(ids, given);

                        assertThat(ids.spilled()).isTrue();
                        assertThat(found).as("seed %d, budget %d", seed, budget).isEqualTo(expected(given));
                    }
                }
            }
        }

        @Test
        void idsThatShareAPolynomialHashAndDifferOnlyInTheirLastByteAreNotRepeats() {
            List<String> given = new ArrayList<>();
            for (int bits = 0; bits < 1 << 10; bits++) {
                StringBuilder id = new StringBuilder();
                for (int b = 0; b < 10; b++) {
                    id.append((bits >>> b & 1) == 0 ? "a~" : "b_");
                }
                given.add(id.toString());
            }
            given.addAll(List.of("x\u00e9", "x\u00e8", "x\u00e9")); // UTF-8 that differs in the last byte only
            given.add(given.get(5));
            try (DuplicateIds ids = new DuplicateIds(1_000, spill)) {
                List<Found> found = run(ids, given);

                assertThat(found).containsExactly(
                        new Found(1026, "x\u00e9", 1024, "x\u00e9", "line 1027"),
                        new Found(1027, given.get(5), 5, given.get(5), "line 1028"));
            }
        }

        @Test
        void repeatsFoundAtTheEndComeInOrderOfPositionWhateverTheirKeys() {
            List<String> given = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                given.add("z-" + i);
            }
            for (int i = 499; i >= 0; i -= 3) {
                given.add("Z-" + i);
                given.add("a-" + i);
                given.add("a-" + i);
            }
            try (DuplicateIds ids = new DuplicateIds(2_048, spill)) {
                List<Found> found = run(ids, given);

                assertThat(found).isEqualTo(expected(given)).extracting(Found::position).isSorted();
                assertThat(found).filteredOn(f -> f.id().startsWith("Z")).first()
                        .isEqualTo(new Found(500, "Z-499", 499, "z-499", "line 501"));
            }
        }

        @Test
        void aRepeatOfAnIdKeptBeforeTheSpillIsFoundAtTheEnd() {
            try (DuplicateIds ids = new DuplicateIds(1, spill)) {
                assertThat(ids.putIfAbsent("a", "A", 0, tag(1 - 1))).isEqualTo(-1);
                assertThat(ids.spilled()).isTrue();
                assertThat(ids.putIfAbsent("b", "b", 1, tag(2 - 1))).isEqualTo(-1);
                assertThat(ids.putIfAbsent("a", "a", 2, tag(3 - 1))).isEqualTo(-1);
                assertThat(ids.putIfAbsent("b", "b", 3, tag(4 - 1))).isEqualTo(-1);
                List<String> found = new ArrayList<>();
                ids.finish((position, tag, id, first, other) ->
                        found.add(position + ":" + new String(tag, StandardCharsets.UTF_8) + ":" + id + "<" + first + ":" + other));

                assertThat(found).containsExactly("2:line 3:a<0:A", "3:line 4:b<1:b");
            }
        }
    }

    @Nested
    class TemporaryFile {

        @Test
        void isRemovedAfterARunThatSpilled() throws Exception {
            try (DuplicateIds ids = new DuplicateIds(512, spill)) {
                run(ids, randomIds(5, 2_000, 300));
                assertThat(ids.spilled()).isTrue();
            }
            try (Stream<Path> left = Files.list(spill)) {
                assertThat(left).isEmpty();
            }
        }

        @Test
        void isRemovedWhenWhatTakesTheRepeatsFails() throws Exception {
            DuplicateIds ids = new DuplicateIds(512, spill);
            List<String> given = randomIds(6, 2_000, 300);
            for (int i = 0; i < given.size(); i++) {
                ids.putIfAbsent(given.get(i), given.get(i), i, new byte[0]);
            }
            assertThatThrownBy(() -> ids.finish((position, tag, id, first, other) -> {
                throw new IllegalStateException("stop");
            })).hasMessage("stop");
            ids.close();

            try (Stream<Path> left = Files.list(spill)) {
                assertThat(left).isEmpty();
            }
        }

        @Test
        void isRemovedWhenClosedBeforeTheEnd() throws Exception {
            DuplicateIds ids = new DuplicateIds(512, spill);
            List<String> given = randomIds(7, 1_000, 300);
            for (int i = 0; i < given.size(); i++) {
                ids.putIfAbsent(given.get(i), given.get(i), i, new byte[0]);
            }
            ids.close();

            assertThat(ids.spilled()).isTrue();
            try (Stream<Path> left = Files.list(spill)) {
                assertThat(left).isEmpty();
            }
            assertThatThrownBy(() -> ids.putIfAbsent("a", "a", 1_000, new byte[0])).isInstanceOf(IllegalStateException.class);
        }

        @Test
        void aDirectoryThatCannotHoldItFailsAsAnInputOutputError() {
            try (DuplicateIds ids = new DuplicateIds(1, spill.resolve("missing"))) {
                assertThat(ids.putIfAbsent("a", "a", 0, new byte[0])).isEqualTo(-1);
                assertThatThrownBy(() -> ids.putIfAbsent("b", "b", 1, new byte[0]))
                        .isInstanceOf(UncheckedIOException.class)
                        .hasMessageStartingWith("cannot write the temporary file of ids: ");
            }
        }
    }
}
