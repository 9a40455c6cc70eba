package io.github.reportmeta.text;

import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportId;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.format.spi.AbstractReportWriter;
import io.github.reportmeta.text.internal.DigestEntry;
import io.github.reportmeta.text.internal.Excerpt;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
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
final class DigestWriter extends AbstractReportWriter<Report> {

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
    private @Nullable CatalogueHeader header;

    /**
     * A digest writer.
     *
     * @param out the output; closed by {@link #close()}
     * @param options the layout and limits
     * @param renderer the document it renders
     * @param writeOptions where its notes go
     */
    public DigestWriter(OutputStream out, DigestOptions options, Renderer renderer, WriteOptions writeOptions) {
        super(out, writeOptions);
        this.out = new BufferedWriter(new OutputStreamWriter(output(), StandardCharsets.UTF_8));
        this.options = Objects.requireNonNull(options, "options");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.kept = new PriorityQueue<>(DigestEntry.NEWEST_FIRST.reversed());
    }

    /** Notes the header's control characters, which the digest replaces. */
    @Override
    protected void prepareHeader(CatalogueHeader value) {
        DigestEntry.checkHeader(value, this::note);
    }

    /** Nothing to refuse: a digest shows what it can of any report. */
    @Override
    protected Report prepare(Report report) {
        return report;
    }

    @Override
    protected void startDocument(@Nullable CatalogueHeader value) {
        header = value;
    }

    /** Keeps the report among the newest, or notes it as left out. */
    @Override
    protected void writeReport(Report report) {
        if (options.since() != null && (report.issued() == null
                || report.issued().latest().isBefore(options.since().earliest()))) {
            note(new ConversionNote(ConversionNote.Kind.SKIPPED, report.id(), "",
                    (report.issued() == null ? "undated" : "issued " + report.issued())
                            + ", before the digest's first day " + options.since() + "; left out", null));
            return;
        }
        kept.add(DigestEntry.of(report, options.openingLength(), this::note));
        if (kept.size() > options.maxReports()) {
            DigestEntry oldest = kept.poll();
            note(new ConversionNote(ConversionNote.Kind.SKIPPED, ReportId.of(oldest.id()),
                    "", "older than the " + options.maxReports() + " newest reports a digest shows; left out", null));
        }
    }

    /** Renders the digest of the reports kept. */
    @Override
    protected void endDocument() throws IOException {
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
        renderer.render(new Digest(header, options, groups, entries.size()), out);
    }

    @Override
    protected void finish() throws IOException {
        out.flush();
    }
}
