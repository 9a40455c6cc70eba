package io.github.reportmeta.xml;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.reportmeta.testing.ReadOracle;

/**
 * Fuzz target of the canonical XML reader: any bytes end in a catalogue or in one of the library's own
 * exceptions, and a catalogue that was read survives a lossless XML round trip unchanged.
 *
 * <p>Plain {@code mvn verify} replays the inputs under {@code XmlFuzzTestInputs/readsXmlOrRejectsIt/}; with
 * {@code JAZZER_FUZZ=1} Jazzer mutates them (see {@code scripts/fuzz.sh}).
 */
class XmlFuzzTest {

    private static final XmlFormat XML = new XmlFormat();

    @FuzzTest(maxDuration = "60s")
    void readsXmlOrRejectsIt(byte[] input) {
        ReadOracle.check(XML, XML, input, "fuzz.xml");
    }
}
