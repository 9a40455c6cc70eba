package io.github.reportmeta.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.Catalogue;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.WriteOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The rule of a lossless format, besides those of its reader and writer: a catalogue with the maximal report
 * comes back unchanged, header included, and a lossless write of it notes nothing.
 */
public interface LosslessFormatContract extends ReaderContract, RefusingWriterContract {

    @Test
    default void givesBackEveryReportAndTheHeader() {
        Catalogue catalogue = Catalogue.of(Contracts.header(), Contracts.reports());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(format().writeCatalogue(catalogue, out, WriteOptions.LOSSLESS).isLossless()).isTrue();
        Catalogue back = format().readCatalogue(new ByteArrayInputStream(out.toByteArray()), ReadOptions.of("back"));
        assertThat(back).isEqualTo(catalogue);
    }
}
