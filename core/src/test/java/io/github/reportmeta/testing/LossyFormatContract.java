package io.github.reportmeta.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reportmeta.Report;
import io.github.reportmeta.ReportMetadataException;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The rule of a lossy format that is read back, besides those of its reader and writer: the loss notes of a write
 * name exactly the components of each report that do not come back as they were, and a lossless write is refused.
 */
public interface LossyFormatContract extends ReaderContract, RefusingWriterContract {

    @Test
    default void namesEveryComponentItChangedAndNoneItKept() {
        for (Report report : Contracts.reports()) {
            List<ConversionNote> notes = new ArrayList<>();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ReportWriter writer = format().newWriter(out, WriteOptions.DEFAULT.withListener(notes::add))) {
                writer.write(report);
            }
            List<Report> back = format().readCatalogue(new ByteArrayInputStream(out.toByteArray()),
                    ReadOptions.of("back")).reports();
            assertThat(back).as("reports read back of %s", report.id()).hasSize(1);
            List<String> named = notes.stream().filter(n -> n.kind() == ConversionNote.Kind.LOSS)
                    .map(n -> n.pointer().split("/", 3)[1]).distinct().toList();
            assertThat(named).as("components of %s named as lost", report.id())
                    .containsExactlyInAnyOrderElementsOf(changedComponents(report, back.get(0)));
        }
    }

    @Test
    default void refusesALosslessWriteOfWhatItCannotHold() {
        Report maximal = RandomReports.withSeed(Contracts.SEED).maximalReport();
        ReportWriter writer = format().newWriter(new ByteArrayOutputStream(), WriteOptions.LOSSLESS);
        assertThatThrownBy(() -> writer.write(maximal)).isInstanceOf(ReportMetadataException.class);
        writer.close();
    }

    private static List<String> changedComponents(Report a, Report b) {
        List<String> names = new ArrayList<>();
        for (RecordComponent c : Report.class.getRecordComponents()) {
            try {
                if (!Objects.equals(c.getAccessor().invoke(a), c.getAccessor().invoke(b))) {
                    names.add(c.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return names;
    }
}
