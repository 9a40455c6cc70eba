package io.github.reportmeta.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.reportmeta.testing.ReadOracle;

/**
 * Fuzz target of the JSON reader: any bytes end in a catalogue or in one of the library's own exceptions, and a
 * catalogue that was read survives a lossless JSON round trip unchanged.
 *
 * <p>Plain {@code mvn verify} replays the inputs under {@code JsonFuzzTestInputs/readsJsonOrRejectsIt/}; with
 * {@code JAZZER_FUZZ=1} Jazzer mutates them (see {@code scripts/fuzz.sh}).
 */
class JsonFuzzTest {

    private static final JsonFormat JSON = new JsonFormat();

    @FuzzTest(maxDuration = "60s")
    void readsJsonOrRejectsIt(byte[] input) {
        ReadOracle.check(JSON, JSON, input, "fuzz.json");
    }
}
