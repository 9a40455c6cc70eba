package io.github.reportmeta.xml;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.reportmeta.Catalogue;
import io.github.reportmeta.ReportMetadataException;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.validation.ReportValidator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

/**
 * Fuzz target of the canonical XML reader: any bytes end in a catalogue or in one of the library's own
 * exceptions, and a catalogue that was read survives a lossless XML round trip unchanged.
 *
 * <p>Plain {@code mvn verify} replays the inputs under {@code XmlFuzzTestInputs/readsXmlOrRejectsIt/}; with
 * {@code JAZZER_FUZZ=1} Jazzer mutates them (see {@code scripts/fuzz.sh}).
 */
class XmlFuzzTest {

    private static final XmlFormat XML = new XmlFormat();
    private static final ReadOptions STRICT = ReadOptions.of("fuzz.xml");
    private static final ReportValidator VALIDATOR = ReportValidator.standard();

    @FuzzTest(maxDuration = "60s")
    void readsXmlOrRejectsIt(byte[] input) {
        checkRead(input, STRICT);
        checkRead(input, STRICT.withLenient(true));
    }

    private static void checkRead(byte[] input, ReadOptions options) {
        Catalogue read;
        try {
            read = XML.readCatalogue(new ByteArrayInputStream(input), options);
        } catch (ReportMetadataException rejected) {
            assertThat(rejected.getMessage()).as("the message of %s", rejected).isNotBlank();
            return;
        }
        VALIDATOR.validate(read);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XML.writeCatalogue(read, out, WriteOptions.LOSSLESS);
        Catalogue again = XML.readCatalogue(new ByteArrayInputStream(out.toByteArray()), STRICT);
        assertThat(again).as("the catalogue read back from what was written").isEqualTo(read);
    }
}
