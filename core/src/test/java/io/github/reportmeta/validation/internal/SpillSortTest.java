package io.github.reportmeta.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpillSortTest {

    @TempDir
    Path spill;

    private static List<String> drained(SpillSort sort) {
        List<String> out = new ArrayList<>();
        sort.drain((key, payload) -> out.add(new String(key, StandardCharsets.ISO_8859_1) + "="
                + new String(payload, StandardCharsets.UTF_8)));
        return out;
    }

    @Nested
    class Order {

        @Test
        void keysComeBackInUnsignedByteOrderAndEqualKeysInTheOrderTheyWereAdded() {
            for (int budget : new int[] {64, 1 << 20}) {
                List<String> added = new ArrayList<>();
                SplittableRandom random = new SplittableRandom(budget);
                try (SpillSort sort = new SpillSort(budget, spill)) {
                    for (int i = 0; i < 2_000; i++) {
                        // keys around 0x7F and 0x80, where signed and unsigned order differ
                        String key = String.valueOf((char) (0x7D + random.nextInt(6))) + (char) ('a' + random.nextInt(3));
                        sort.add(key.getBytes(StandardCharsets.ISO_8859_1), String.valueOf(i).getBytes(StandardCharsets.UTF_8));
                        added.add(key + "=" + i);
                    }
                    List<String> expected = new ArrayList<>(added);
                    expected.sort(Comparator.comparing(r -> r.substring(0, 2))); // stable: ties keep their order

                    assertThat(drained(sort)).as("budget %d", budget).isEqualTo(expected);
                    assertThat(sort.spilled()).isEqualTo(budget == 64);
                }
            }
        }

        @Test
        void aRecordLongerThanTheReadBuffersComesBackWhole() throws Exception {
            String big = "长".repeat(30_000);
            try (SpillSort sort = new SpillSort(16, spill)) {
                sort.add(new byte[] {2}, big.getBytes(StandardCharsets.UTF_8));
                sort.add(new byte[] {1}, "small".getBytes(StandardCharsets.UTF_8));
                sort.add(new byte[] {3}, new byte[0]);

                assertThat(drained(sort)).containsExactly("\u0001=small", "\u0002=" + big, "\u0003=");
            }
            try (Stream<Path> left = Files.list(spill)) {
                assertThat(left).isEmpty();
            }
        }
    }
}
