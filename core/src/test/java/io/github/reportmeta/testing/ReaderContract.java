package io.github.reportmeta.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reportmeta.Report;
import io.github.reportmeta.ReportMetadataException;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.format.ReportReader;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The rules every reader obeys, whoever wrote it: a format's test class implements this interface, names the format
 * and a document, and inherits the tests. The input is closed once, at the end, on a failure or when the reader is
 * closed; {@link ReportReader#pointer()} and {@link ReportReader#location()} describe the last report
 * {@link ReportReader#next()} returned, however far {@link ReportReader#hasNext()} read ahead.
 */
public interface ReaderContract {

    /**
     * The format under test.
     *
     * @return the format
     */
    ReportFormat format();

    /**
     * A document of several reports; by default the format's own writer's output of the contract's reports.
     *
     * @return the document's bytes
     */
    default byte[] document() {
        return Contracts.write(format(), null, Contracts.reports());
    }

    /**
     * A document whose reading fails part-way; by default the first half of {@link #document()}.
     *
     * @return the bytes
     */
    default byte[] malformedDocument() {
        byte[] whole = document();
        return Arrays.copyOf(whole, whole.length / 2);
    }

    @Test
    default void closesItsInputOnceAtTheEnd() {
        Contracts.CountingInput in = new Contracts.CountingInput(document());
        ReportReader reader = format().newReader(in, ReadOptions.of("contract"));
        while (reader.hasNext()) {
            reader.next();
        }
        assertThat(in.closes).as("closes of the input at the end").isEqualTo(1);
        reader.close();
        assertThat(in.closes).as("closes of the input after close()").isEqualTo(1);
        assertThat(reader.hasNext()).isFalse();
        assertThatThrownBy(reader::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    default void closesItsInputWhenClosedEarly() {
        Contracts.CountingInput in = new Contracts.CountingInput(document());
        ReportReader reader = format().newReader(in, ReadOptions.of("contract"));
        reader.close();
        reader.close();
        assertThat(in.closes).as("closes of the input").isEqualTo(1);
        assertThat(reader.hasNext()).isFalse();
    }

    @Test
    default void closesItsInputOnAFailure() {
        Contracts.CountingInput in = new Contracts.CountingInput(malformedDocument());
        assertThatThrownBy(() -> {
            try (ReportReader reader = format().newReader(in, ReadOptions.of("contract"))) {
                reader.forEachRemaining(Objects::requireNonNull);
            }
        }).isInstanceOf(ReportMetadataException.class);
        assertThat(in.closes).as("closes of the input").isEqualTo(1);
    }

    @Test
    default void pointsAtTheLastReportReturnedHoweverFarItReadAhead() {
        List<String> plain = new ArrayList<>();
        try (ReportReader reader = format().newReader(new ByteArrayInputStream(document()), ReadOptions.of("contract"))) {
            assertThat(reader.pointer()).as("the pointer before the first report").isEmpty();
            while (reader.hasNext()) {
                Report r = reader.next();
                plain.add(r.id() + " " + reader.pointer() + " " + reader.location());
            }
        }
        assertThat(plain).as("reports in the document").hasSizeGreaterThan(1);
        List<String> ahead = new ArrayList<>();
        try (ReportReader reader = format().newReader(new ByteArrayInputStream(document()), ReadOptions.of("contract"))) {
            while (reader.hasNext() && reader.hasNext()) {
                Report r = reader.next();
                reader.hasNext();
                ahead.add(r.id() + " " + reader.pointer() + " " + reader.location());
            }
        }
        assertThat(ahead).as("pointers and locations read with look-ahead").isEqualTo(plain);
        assertThat(plain).as("each report has a place of its own").doesNotHaveDuplicates();
    }

    @Test
    default void aReportsLocationNamesTheSource() {
        try (ReportReader reader = format().newReader(new ByteArrayInputStream(document()), ReadOptions.of("named"))) {
            reader.next();
            assertThat(reader.location().source()).isEqualTo("named");
        }
    }
}
