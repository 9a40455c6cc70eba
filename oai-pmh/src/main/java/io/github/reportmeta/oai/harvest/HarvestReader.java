package io.github.reportmeta.oai.harvest;

import io.github.reportmeta.Report;
import io.github.reportmeta.ReportId;
import io.github.reportmeta.dc.OaiDcFormat;
import io.github.reportmeta.dc.OaiResponseListener;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.format.SourceLocation;
import io.github.reportmeta.format.spi.AbstractReportReader;
import io.github.reportmeta.xml.internal.XmlCursor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The reports of one harvest, page after page, as an {@link io.github.reportmeta.format.ReportReader}: a page is
 * fetched when the one before has been read to its end. Deleted records are counted, noted and left out. With a
 * state file, each complete page is kept in {@code FILE.pages/} and the state rewritten, so that an interrupted
 * harvest can be resumed; {@link #markDone()} then ends it.
 *
 * <p>{@link #pointer()} numbers the reports across pages ({@code /reports/0}, {@code /reports/1}, ...), and
 * {@link #location()} is the place in the page (its URL, or its kept file) where the last report starts.
 */
public final class HarvestReader extends AbstractReportReader {

    private static final OaiDcFormat FORMAT = new OaiDcFormat();

    private final OaiHarvester harvester;
    private final @Nullable Path stateFile;
    private final @Nullable Path spool;
    private final long replay;
    private final @Nullable String replayToken;
    private HarvestState state;
    private @Nullable ReportReader page;
    private @Nullable PageEvents events;
    private byte[] pageBytes = new byte[0];
    private boolean pageFromSpool;
    private long count;

    private HarvestReader(OaiHarvester harvester, HarvestState state, @Nullable Path stateFile,
            @Nullable HarvestState interrupted) {
        super(harvester.readOptions());
        this.harvester = harvester;
        this.state = state;
        this.stateFile = stateFile;
        this.spool = stateFile == null ? null : stateFile.resolveSibling(stateFile.getFileName() + ".pages");
        this.replay = interrupted == null ? 0 : interrupted.pages();
        this.replayToken = interrupted == null ? null : interrupted.resumptionToken();
    }

    /**
     * Opens a harvest from its start: a new one, or, when the state of an interrupted one is given, the same
     * harvest again, whose pages up to the interruption are read from the pages kept beside the state file.
     */
    static HarvestReader open(OaiHarvester harvester, HarvestState start, @Nullable Path stateFile,
            @Nullable HarvestState interrupted) {
        HarvestReader reader = new HarvestReader(harvester, start, stateFile, interrupted);
        if (stateFile != null && interrupted == null) {
            reader.clearSpool();
            start.save(stateFile);
        }
        reader.open();
        return reader;
    }

    /**
     * Where the harvest stands after its last complete page.
     *
     * @return the state, as the state file (if any) records it
     */
    public HarvestState state() {
        return state;
    }

    /**
     * Ends a harvest whose reports are stored: the state file says it is done, so that the next harvest with it
     * is incremental, and the pages kept for resuming are deleted. Without a state file, only {@link #state()}
     * changes.
     *
     * @throws IllegalStateException when the harvest has not read its last page
     */
    public void markDone() {
        if (state.phase() == HarvestState.Phase.HARVESTING) {
            throw new IllegalStateException("the harvest of " + state.baseUrl() + " has not read its last page: "
                    + state.pages() + " pages read so far");
        }
        state = state.done();
        if (stateFile != null) {
            state.save(stateFile);
            clearSpool();
        }
    }

    @Override
    protected @Nullable Report readNext() {
        while (true) {
            ReportReader current = page;
            PageEvents seen = events;
            if (current != null && seen != null) {
                if (current.hasNext()) {
                    Report report = current.next();
                    seen.records++;
                    startReport(current.location(), "/reports/" + count);
                    count++;
                    return report;
                }
                completePage(current, seen);
            }
            if (state.phase() != HarvestState.Phase.HARVESTING) {
                return null;
            }
            openPage();
        }
    }

    private void openPage() {
        long number = state.pages() + 1;
        String source;
        if (number <= replay) {
            Path file = spoolFile(number);
            try {
                pageBytes = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                throw new HarvestException("the page " + number + " kept for resuming the harvest, " + file
                        + ", is missing; start the harvest over (--restart)", e);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
            source = file.toString();
            pageFromSpool = true;
        } else {
            URI url = harvester.listRecords(state);
            pageBytes = harvester.fetcher().fetch(url);
            source = url.toString();
            pageFromSpool = false;
        }
        PageEvents seen = new PageEvents(source);
        events = seen;
        ReadOptions options = new ReadOptions(source, options().lenient(), options().maxReportBytes(), this::note);
        try {
            page = FORMAT.openResponse(new ByteArrayInputStream(pageBytes), options, seen);
        } catch (ReportParseException e) {
            String code = seen.errorCode;
            if (code == null) {
                throw e;
            }
            String token = state.resumptionToken();
            String advice = OaiErrorException.BAD_RESUMPTION_TOKEN.equals(code) && token != null
                    ? "the repository no longer knows the resumption token '" + XmlCursor.clip(token) + "' of page "
                    + number + " (tokens expire): start the harvest over from its first page (reportmeta harvest "
                    + "--restart, or OaiHarvester.restart)"
                    : "";
            OaiErrorException error = new OaiErrorException(code, Objects.requireNonNullElse(seen.errorMessage, ""),
                    source, advice);
            error.addSuppressed(e);
            throw error;
        }
    }

    private void completePage(ReportReader current, PageEvents seen) {
        current.close();
        page = null;
        events = null;
        String token = seen.token == null || seen.token.isEmpty() ? null : seen.token;
        if (token != null && token.equals(state.resumptionToken())) {
            throw new HarvestException("the repository answered the resumption token '" + XmlCursor.clip(token)
                    + "' with a page that gives the same token again; stopping rather than asking for ever");
        }
        HarvestState next = state.afterPage(seen.records, seen.deleted, seen.latest, token);
        if (pageFromSpool && next.pages() == replay && !Objects.equals(token, replayToken)) {
            throw new HarvestException("the pages kept for resuming the harvest in " + spool + " end with the token '"
                    + XmlCursor.clip(token) + "', but the state file records '" + XmlCursor.clip(replayToken)
                    + "'; start the harvest over (--restart)");
        }
        if (stateFile != null && spool != null) {
            if (!pageFromSpool) {
                try {
                    Files.createDirectories(spool);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot create " + spool + ": " + e.getMessage(), e);
                }
                HarvestState.writeAtomically(spoolFile(next.pages()), pageBytes);
            }
            next.save(stateFile);
        }
        state = next;
        pageBytes = new byte[0];
        harvester.onPage().accept(next);
    }

    private Path spoolFile(long number) {
        return Objects.requireNonNull(spool).resolve(String.format("page-%06d.xml", number));
    }

    private void clearSpool() {
        Path dir = spool;
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.startsWith("page-") && name.endsWith(".xml")) {
                    Files.delete(file);
                }
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the kept pages in " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    protected void closeInput() {
        ReportReader current = page;
        page = null;
        if (current != null) {
            current.close();
        }
    }

    /** What one page holds besides its reports. */
    private final class PageEvents implements OaiResponseListener {
        private final String source;
        private @Nullable String token;
        private @Nullable String errorCode;
        private @Nullable String errorMessage;
        private @Nullable String latest;
        private long records;
        private long deleted;

        PageEvents(String source) {
            this.source = source;
        }

        @Override
        public void header(@Nullable String identifier, @Nullable String datestamp, boolean isDeleted) {
            if (isDeleted) {
                deleted++;
            }
            if (datestamp == null) {
                return;
            }
            if (!Granularity.isDatestamp(datestamp)) {
                note(new ConversionNote(ConversionNote.Kind.WARNING, identifier == null ? null
                        : new ReportId(identifier), "", "the header datestamp '" + XmlCursor.clip(datestamp)
                        + "' is not YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ; not counted as the latest datestamp",
                        SourceLocation.of(source)));
                return;
            }
            if (latest == null || datestamp.compareTo(latest) > 0) {
                latest = datestamp;
            }
        }

        @Override
        public void resumptionToken(String value, @Nullable String completeListSize, @Nullable String cursor) {
            token = value;
        }

        @Override
        public void error(String code, String message) {
            errorCode = code;
            errorMessage = message;
        }
    }
}
