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
 * with a message free of raw control characters; whatever was read validates without throwing, and the lossless
 * writer either refuses it (with such a message) or writes what its reader reads back unchanged: nothing written
 * can fail to be read back.
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
            assertPrintable(rejected, "the " + format.name() + " reader's rejection");
            return;
        }
        VALIDATOR.validate(read);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            lossless.writeCatalogue(read, out, WriteOptions.LOSSLESS);
        } catch (ReportMetadataException refused) {
            assertPrintable(refused, "the " + lossless.name() + " writer's refusal");
            return;
        }
        Catalogue again;
        try {
            again = lossless.readCatalogue(new ByteArrayInputStream(out.toByteArray()),
                    ReadOptions.of("written." + lossless.name()));
        } catch (ReportMetadataException unreadable) {
            throw new AssertionError("the " + lossless.name() + " writer wrote what its reader refuses: "
                    + unreadable.getMessage(), unreadable);
        }
        assertThat(again).as("the catalogue read back from its %s", lossless.name()).isEqualTo(read);
    }

    /**
     * Checks that an exception's message says something and holds no raw control character (C0, DEL or C1), so
     * that it prints safely on a terminal or in a log.
     *
     * @param e the exception
     * @param what what threw it, for the assertion's description
     */
    public static void assertPrintable(ReportMetadataException e, String what) {
        String message = e.getMessage();
        assertThat(message).as("the message of %s (%s)", what, e).isNotBlank();
        assertThat(message.codePoints().filter(ReadOracle::isControl).mapToObj(c -> String.format("U+%04X", c)))
                .as("raw control characters in the message of %s: %s", what, message)
                .isEmpty();
    }

    private static boolean isControl(int c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }
}
