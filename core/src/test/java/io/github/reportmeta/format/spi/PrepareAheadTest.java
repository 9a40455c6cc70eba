package io.github.reportmeta.format.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.Report;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.PreparedReport;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.testing.RandomReports;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PrepareAheadTest {

    private static final long SEED = 18;
    private static final List<Report> REPORTS = RandomReports.withSeed(SEED).reports(300);

    /** Writes each report's id on a line; notes every title after the first as lost; refuses the 100th report. */
    static final class LinesWriter extends AbstractReportWriter<String> {
        private final boolean concurrent;
        private final Report refused;

        LinesWriter(OutputStream out, WriteOptions options, boolean concurrent) {
            super(out, options);
            this.concurrent = concurrent;
            this.refused = REPORTS.get(99);
        }

        @Override
        protected boolean preparesConcurrently() {
            return concurrent;
        }

        @Override
        protected String prepare(Report report) {
            for (int i = 1; i < report.titles().size(); i++) {
                note(ConversionNote.loss(report.id(), "/titles/" + i, "one title a line"));
            }
            if (report == refused) {
                throw new IllegalArgumentException("report '" + report.id().value() + "' is the 100th");
            }
            return report.id().value() + "\n";
        }

        @Override
        protected void startDocument(io.github.reportmeta.CatalogueHeader header) {}

        @Override
        protected void writeReport(String line) throws Exception {
            output().write(line.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        protected void endDocument() {}

        @Override
        protected void finish() {}
    }

    /** What a run did: the notes and the bytes, interleaved as they happened, and how it ended. */
    private static List<String> run(boolean lossless, boolean concurrent, boolean ahead) throws Exception {
        List<String> happened = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WriteOptions options = new WriteOptions(lossless, note -> happened.add("note " + note.report() + note.pointer()));
        ReportWriter writer = new LinesWriter(out, options, concurrent);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<PreparedReport>> prepared = new ArrayList<>();
            for (Report report : REPORTS) {
                prepared.add(pool.submit(() -> writer.prepareAhead(report)));
            }
            for (int i = 0; i < REPORTS.size(); i++) {
                int before = out.size();
                try {
                    if (ahead) {
                        writer.write(prepared.get(i).get());
                    } else {
                        writer.write(REPORTS.get(i));
                    }
                } catch (RuntimeException e) {
                    happened.add("failed " + e.getClass().getSimpleName() + ": " + e.getMessage());
                    break;
                }
                happened.add("wrote " + new String(out.toByteArray(), before, out.size() - before, StandardCharsets.UTF_8));
            }
        } finally {
            pool.shutdownNow();
        }
        return happened;
    }

    @Nested
    class AWriterThatPreparesConcurrently {

        @Test
        void notesFailsAndWritesAsWritingInTurnDoes() throws Exception {
            List<String> inTurn = run(false, true, false);
            assertThat(run(false, true, true)).as("seed %d", SEED).isEqualTo(inTurn);
            assertThat(inTurn).anyMatch(s -> s.startsWith("note")).last().asString().startsWith("failed IllegalArgumentException");
        }

        @Test
        void refusesALossInALosslessWriteWhereWritingInTurnDoes() throws Exception {
            List<String> inTurn = run(true, true, false);
            assertThat(run(true, true, true)).as("seed %d", SEED).isEqualTo(inTurn);
            assertThat(inTurn).last().asString().startsWith("failed LossyConversionException");
        }
    }

    @Nested
    class AWriterThatDoesNot {

        @Test
        void leavesThePreparationToTheWrite() throws Exception {
            assertThat(run(false, false, true)).as("seed %d", SEED).isEqualTo(run(false, false, false));
        }
    }
}
