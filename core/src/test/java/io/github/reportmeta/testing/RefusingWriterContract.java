package io.github.reportmeta.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reportmeta.Report;
import io.github.reportmeta.ReportMetadataException;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rule for a writer that refuses some values (text XML cannot carry, nesting its reader would refuse): a
 * refused report is refused before any of it is written, and the writer goes on as if it had never been offered.
 */
public interface RefusingWriterContract extends WriterContract {

    /**
     * A report the writer refuses with a {@link ReportMetadataException}.
     *
     * @return the report
     */
    Report refusedReport();

    @Test
    default void aRefusedReportLeavesTheOutputAsIfItHadNeverBeenOffered() {
        List<Report> good = Contracts.reports().subList(0, 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWriter writer = format().newWriter(out, WriteOptions.DEFAULT);
        writer.writeHeader(Contracts.header());
        writer.write(good.get(0));
        assertThatThrownBy(() -> writer.write(refusedReport())).isInstanceOf(ReportMetadataException.class);
        writer.write(good.get(1));
        writer.close();
        assertThat(out.toByteArray()).as("the output with a refused report in between")
                .isEqualTo(Contracts.write(format(), Contracts.header(), good));
    }
}
