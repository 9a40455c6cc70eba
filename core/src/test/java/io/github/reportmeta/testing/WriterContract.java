package io.github.reportmeta.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reportmeta.ReportMetadataException;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/**
 * The rules every writer obeys, whoever wrote it: a format's test class implements this interface, names the
 * format, and inherits the tests. The output is closed once; the header comes first or not at all; a write that
 * fails half-way leaves the writer failed; an aborted document never reads as complete.
 */
public interface WriterContract {

    /**
     * The format under test.
     *
     * @return the format
     */
    ReportFormat format();

    /**
     * Whether an aborted document is incomplete: true for a format with an end (a closing tag, a closing bracket, a
     * digest rendered at the end); false for one whose every report stands alone (JSON Lines, a CSV row).
     *
     * @return true unless the format says otherwise
     */
    default boolean abortLeavesDocumentIncomplete() {
        return true;
    }

    @Test
    default void closesItsOutputOnceAndRefusesReportsAfterwards() {
        Contracts.CountingOutput out = new Contracts.CountingOutput(null);
        ReportWriter writer = format().newWriter(out, WriteOptions.DEFAULT);
        writer.writeHeader(Contracts.header());
        writer.write(Contracts.reports().get(0));
        writer.close();
        writer.close();
        writer.abort();
        assertThat(out.closes).as("closes of the output").isEqualTo(1);
        assertThatThrownBy(() -> writer.write(Contracts.reports().get(1))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    default void takesTheHeaderOnlyFirst() {
        ReportWriter writer = format().newWriter(new ByteArrayOutputStream(), WriteOptions.DEFAULT);
        writer.write(Contracts.reports().get(0));
        assertThatThrownBy(() -> writer.writeHeader(Contracts.header())).isInstanceOf(IllegalStateException.class);
        writer.close();
    }

    @Test
    default void aWriteThatFailsHalfWayLeavesTheWriterFailed() {
        byte[] whole = Contracts.write(format(), Contracts.header(), Contracts.reports());
        Contracts.CountingOutput out = new Contracts.CountingOutput((long) whole.length / 2);
        ReportWriter writer = format().newWriter(out, WriteOptions.DEFAULT);
        RuntimeException failure = null;
        try {
            writer.writeHeader(Contracts.header());
            Contracts.reports().forEach(writer::write);
            writer.close();
        } catch (UncheckedIOException e) {
            failure = e;
        }
        assertThat(failure).as("the failure of the output half-way").isNotNull();
        assertThatThrownBy(() -> writer.write(Contracts.reports().get(0))).isInstanceOf(IllegalStateException.class);
        writer.close();
        assertThat(out.closes).as("closes of the output").isEqualTo(1);
    }

    @Test
    default void anAbortedDocumentDoesNotReadAsComplete() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWriter writer = format().newWriter(out, WriteOptions.DEFAULT);
        writer.writeHeader(Contracts.header());
        Contracts.reports().forEach(writer::write);
        writer.abort();
        writer.close();
        byte[] aborted = out.toByteArray();
        byte[] complete = Contracts.write(format(), Contracts.header(), Contracts.reports());
        if (aborted.length > 0) {
            assertThat(complete).as("the complete document starts with what the aborted one wrote").startsWith(aborted);
        }
        if (!abortLeavesDocumentIncomplete()) {
            return;
        }
        assertThat(aborted).as("the aborted document").isNotEqualTo(complete);
        if (format().canRead()) {
            assertThatThrownBy(() -> format().readCatalogue(new ByteArrayInputStream(aborted), ReadOptions.of("aborted")))
                    .as("reading the aborted document").isInstanceOf(ReportMetadataException.class);
        }
    }
}
