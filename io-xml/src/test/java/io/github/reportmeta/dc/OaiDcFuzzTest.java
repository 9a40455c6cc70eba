package io.github.reportmeta.dc;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.reportmeta.testing.ReadOracle;
import io.github.reportmeta.xml.XmlFormat;

/**
 * Fuzz target of the {@code oai_dc} reader: any bytes end in a catalogue or in one of the library's own
 * exceptions, and a catalogue that was read survives a lossless round trip through canonical XML unchanged.
 *
 * <p>Plain {@code mvn verify} replays the inputs under {@code OaiDcFuzzTestInputs/readsOaiDcOrRejectsIt/}; with
 * {@code JAZZER_FUZZ=1} Jazzer mutates them (see {@code scripts/fuzz.sh}).
 */
class OaiDcFuzzTest {

    private static final OaiDcFormat OAI_DC = new OaiDcFormat();
    private static final XmlFormat XML = new XmlFormat();

    @FuzzTest(maxDuration = "60s")
    void readsOaiDcOrRejectsIt(byte[] input) {
        ReadOracle.check(OAI_DC, XML, input, "fuzz.oai_dc.xml");
    }
}
