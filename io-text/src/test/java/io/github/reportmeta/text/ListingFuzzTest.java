package io.github.reportmeta.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.reportmeta.json.JsonFormat;
import io.github.reportmeta.testing.ReadOracle;

/**
 * Fuzz target of the {@code listing} reader: any bytes end in a catalogue or in one of the library's own
 * exceptions, and a catalogue that was read survives a lossless round trip through JSON unchanged.
 *
 * <p>Plain {@code mvn verify} replays the inputs under {@code ListingFuzzTestInputs/readsListingOrRejectsIt/};
 * with {@code JAZZER_FUZZ=1} Jazzer mutates them (see {@code scripts/fuzz.sh}).
 */
class ListingFuzzTest {

    private static final ListingFormat LISTING = new ListingFormat();
    private static final JsonFormat JSON = new JsonFormat();

    @FuzzTest(maxDuration = "60s")
    void readsListingOrRejectsIt(byte[] input) {
        ReadOracle.check(LISTING, JSON, input, "fuzz.txt");
    }
}
