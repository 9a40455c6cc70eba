package io.github.reportmeta.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.reportmeta.Catalogue;
import io.github.reportmeta.ReportMetadataException;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.json.JsonFormat;
import io.github.reportmeta.validation.ReportValidator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

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
    private static final ReadOptions STRICT = ReadOptions.of("fuzz.txt");
    private static final ReportValidator VALIDATOR = ReportValidator.standard();

    @FuzzTest(maxDuration = "60s")
    void readsListingOrRejectsIt(byte[] input) {
        checkRead(input, STRICT);
        checkRead(input, STRICT.withLenient(true));
    }

    private static void checkRead(byte[] input, ReadOptions options) {
        Catalogue read;
        try {
            read = LISTING.readCatalogue(new ByteArrayInputStream(input), options);
        } catch (ReportMetadataException rejected) {
            assertThat(rejected.getMessage()).as("the message of %s", rejected).isNotBlank();
            return;
        }
        VALIDATOR.validate(read);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.writeCatalogue(read, out, WriteOptions.LOSSLESS);
        Catalogue again = JSON.readCatalogue(new ByteArrayInputStream(out.toByteArray()), STRICT);
        assertThat(again).as("the catalogue read back from its JSON").isEqualTo(read);
    }
}
