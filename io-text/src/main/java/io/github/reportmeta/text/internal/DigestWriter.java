package io.github.reportmeta.text.internal;

import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportId;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ConversionReport;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.text.DigestOptions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import org.jspecify.annotations.Nullable;

/**
 * The writer of both digests. A digest is grouped by series and ordered newest first, which a stream cannot
 * give in one pass, so the writer keeps what it shows of at most {@link DigestOptions#maxReports()} reports (the
 * newest) and renders them all on {@link #close()}. A digest renders reports, it does not convert them: the
 * fields it does not show are not losses, and it records none (so a lossless write succeeds); a report left
 * out, as older than the limit allows or issued before {@link DigestOptions#since()}, is a SKIPPED note.
 */
public final class DigestWriter implements ReportWriter {

    /** Turns the grouped entries into a document. */
    public interface Renderer {
        /**
         * Writes the whole digest.
         *
         * @param digest what to show
         * @param out where to write it
         * @throws IOException when the output fails
         */
        void render(Digest digest, Writer out) throws IOException;
    }

    /**
     * What a digest shows.
     *
     * @param header the catalogue's header, or {@code null} when none was written
     * @param options the options
     * @param groups the entries by series, the series with the newest report first, reports without a series last
     * @param count the number of entries
     */
    public record Digest(@Nullable CatalogueHeader header, DigestOptions options, Map<String, List<DigestEntry>> groups,
            int count) {

        /** The heading of the group of reports that have no series. */
        public static final String NO_SERIES = "Other reports";

        /**
         * The digest's title: "Latest reports: " and the catalogue's title.
         *
         * @return the title
         */
        public String title() {
            if (header == null || header.titles().isEmpty()) {
                return "Latest reports";
            }
            return "Latest reports: " + Excerpt.collapse(header.titles().get(0).text());
        }

        /**
         * The line under the title: the period and the number of reports.
         *
         * @return the line
         */
        public String summary() {
            String period = options.since() == null ? "" : "Issued since " + options.since() + ": ";
            return period + count + (count == 1 ? " report" : " reports") + ", newest first";
        }
    }

    private final Writer out;
    private final DigestOptions options;
    private final Renderer renderer;
    private final PriorityQueue<DigestEntry> kept;
    private final ConversionReport.Builder notes;
    private @Nullable CatalogueHeader header;
    private boolean started;
    private boolean closed;

    /**
     * A digest writer.
     *
     * @param out the output; closed by {@link #close()}
     * @param options the layout and limits
     * @param renderer the document it renders
     * @param writeOptions where its notes go
     */
    public DigestWriter(OutputStream out, DigestOptions options, Renderer renderer, WriteOptions writeOptions) {
        this.notes = ConversionReport.builder(writeOptions);
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        this.options = Objects.requireNonNull(options, "options");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.kept = new PriorityQueue<>(DigestEntry.NEWEST_FIRST.reversed());
    }

    @Override
    public void writeHeader(CatalogueHeader value) {
        checkOpen();
        if (started) {
            throw new IllegalStateException("the header must come before every report, and only once");
        }
        header = Objects.requireNonNull(value, "header");
        DigestEntry.checkHeader(value, notes::add);
        started = true;
    }

    @Override
    public void write(Report report) {
        checkOpen();
        started = true;
        if (options.since() != null && (report.issued() == null
                || report.issued().latest().isBefore(options.since().earliest()))) {
            notes.add(new ConversionNote(ConversionNote.Kind.SKIPPED, report.id(), "",
                    (report.issued() == null ? "undated" : "issued " + report.issued())
                            + ", before the digest's first day " + options.since() + "; left out", null));
            return;
        }
        kept.add(DigestEntry.of(report, options.openingLength(), notes::add));
        if (kept.size() > options.maxReports()) {
            DigestEntry oldest = kept.poll();
            notes.add(new ConversionNote(ConversionNote.Kind.SKIPPED, ReportId.of(oldest.id()),
                    "", "older than the " + options.maxReports() + " newest reports a digest shows; left out", null));
        }
    }

    @Override
    public ConversionReport conversionReport() {
        return notes.build();
    }

    /** Renders the digest and closes the output. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<DigestEntry> entries = new ArrayList<>(kept);
        kept.clear();
        entries.sort(DigestEntry.NEWEST_FIRST);
        Map<String, List<DigestEntry>> groups = new LinkedHashMap<>();
        List<DigestEntry> unnumbered = new ArrayList<>();
        for (DigestEntry e : entries) {
            if (e.series() == null) {
                unnumbered.add(e);
            } else {
                groups.computeIfAbsent(e.series(), s -> new ArrayList<>()).add(e);
            }
        }
        if (!unnumbered.isEmpty()) {
            groups.merge(Digest.NO_SERIES, unnumbered, (a, b) -> {
                List<DigestEntry> both = new ArrayList<>(a);
                both.addAll(b);
                return both;
            });
        }
        try (Writer w = out) {
            renderer.render(new Digest(header, options, groups, entries.size()), w);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the digest: " + e.getMessage(), e);
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the digest writer is closed");
        }
    }
}
