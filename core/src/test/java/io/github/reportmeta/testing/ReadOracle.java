package io.github.reportmeta.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.Catalogue;
import io.github.reportmeta.ReportMetadataException;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.validation.ReportValidator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

/**
 * The oracle of the readers' fuzz targets: any bytes end in a catalogue or in one of the library's own exceptions
 * with a message; whatever was read validates without throwing and survives a lossless round trip unchanged.
 */
public final class ReadOracle {

    private static final ReportValidator VALIDATOR = ReportValidator.standard();

    private ReadOracle() {}

    /**
     * Reads the input strictly, then leniently, and checks each outcome.
     *
     * @param format the format under test
     * @param lossless the lossless format that what was read is written in and read back from
     * @param input the bytes
     * @param sourceName the name the reader gives the input
     */
    public static void check(ReportFormat format, ReportFormat lossless, byte[] input, String sourceName) {
        ReadOptions strict = ReadOptions.of(sourceName);
        check(format, lossless, input, strict);
        check(format, lossless, input, strict.withLenient(true));
    }

    private static void check(ReportFormat format, ReportFormat lossless, byte[] input, ReadOptions options) {
        Catalogue read;
        try {
            read = format.readCatalogue(new ByteArrayInputStream(input), options);
        } catch (ReportMetadataException rejected) {
            assertThat(rejected.getMessage()).as("the message of %s", rejected).isNotBlank();
            return;
        }
        VALIDATOR.validate(read);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        lossless.writeCatalogue(read, out, WriteOptions.LOSSLESS);
        Catalogue again = lossless.readCatalogue(new ByteArrayInputStream(out.toByteArray()),
                ReadOptions.of("written." + lossless.name()));
        assertThat(again).as("the catalogue read back from its %s", lossless.name()).isEqualTo(read);
    }
}
