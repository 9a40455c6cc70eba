package io.github.reportmeta.dc;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.reportmeta.Catalogue;
import io.github.reportmeta.ReportMetadataException;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.validation.ReportValidator;
import io.github.reportmeta.xml.XmlFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

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
    private static final ReadOptions STRICT = ReadOptions.of("fuzz.oai_dc.xml");
    private static final ReportValidator VALIDATOR = ReportValidator.standard();

    @FuzzTest(maxDuration = "60s")
    void readsOaiDcOrRejectsIt(byte[] input) {
        checkRead(input, STRICT);
        checkRead(input, STRICT.withLenient(true));
    }

    private static void checkRead(byte[] input, ReadOptions options) {
        Catalogue read;
        try {
            read = OAI_DC.readCatalogue(new ByteArrayInputStream(input), options);
        } catch (ReportMetadataException rejected) {
            assertThat(rejected.getMessage()).as("the message of %s", rejected).isNotBlank();
            return;
        }
        VALIDATOR.validate(read);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XML.writeCatalogue(read, out, WriteOptions.LOSSLESS);
        Catalogue again = XML.readCatalogue(new ByteArrayInputStream(out.toByteArray()), STRICT);
        assertThat(again).as("the catalogue read back from its canonical XML").isEqualTo(read);
    }
}
