package io.github.reportmeta.cli;

import io.github.reportmeta.cli.internal.Notes;
import io.github.reportmeta.cli.internal.Output;
import io.github.reportmeta.cli.internal.TerminalText;
import io.github.reportmeta.cli.internal.UsageException;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.oai.harvest.HarvestReader;
import io.github.reportmeta.oai.harvest.HarvestState;
import io.github.reportmeta.oai.harvest.OaiHarvester;
import io.github.reportmeta.oai.harvest.RetryPolicy;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code reportmeta harvest}: the Dublin Core records of an OAI-PMH repository, written in any format. */
@Command(
        name = "harvest",
        mixinStandardHelpOptions = true,
        description = {
            "Harvests the oai_dc records of an OAI-PMH repository (ListRecords, following resumption tokens) and writes "
                    + "them as one catalogue, report by report.",
            "Deleted records are counted and left out; noRecordsMatch is an empty harvest (exit 0). With --resume, an "
                    + "interrupted harvest continues from its last complete page, and a finished one makes the next "
                    + "incremental."
        })
final class HarvestCommand implements Callable<Integer> {

    @ParentCommand
    private @Nullable Reportmeta root;

    @Parameters(index = "0", paramLabel = "URL", description = "The repository's base URL, such as https://example.org/oai.")
    private String url = "";

    @Option(names = "--prefix", paramLabel = "PREFIX", description = "The metadata prefix; the records must be oai_dc. Default: ${DEFAULT-VALUE}.")
    private String prefix = "oai_dc";

    @Option(names = "--from", paramLabel = "DATE", description = "The earliest datestamp, YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ.")
    private @Nullable String from;

    @Option(names = "--until", paramLabel = "DATE", description = "The latest datestamp, YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ.")
    private @Nullable String until;

    @Option(names = "--set", paramLabel = "SPEC", description = "The set to harvest (its setSpec).")
    private @Nullable String set;

    @Option(names = "--resume", paramLabel = "FILE", description = "The state file: written after each page; resumes an interrupted harvest, or starts an incremental one after a finished harvest.")
    private @Nullable Path resume;

    @Option(names = "--restart", description = "With --resume: start the harvest the state file records over from its first page (after badResumptionToken).")
    private boolean restart;

    @Option(names = "--to", paramLabel = "FORMAT", description = "The output format; found from the extension of -o when left out.")
    private @Nullable String to;

    @Option(names = {"-o", "--output"}, paramLabel = "OUTPUT", description = "The file to write, or - for standard output (the default).")
    private @Nullable String output;

    @Option(names = "--strict", description = "Stop at the first record the oai_dc reader cannot read, instead of leaving it out with a note.")
    private boolean strict;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "How long one request may take, to its last byte. Default: ${DEFAULT-VALUE}.")
    private long timeout = 60;

    @Option(names = "--retries", paramLabel = "N", description = "How often a request is tried again after a 503, a time-out or a dropped connection. Default: ${DEFAULT-VALUE}.")
    private int retries = 5;

    @Mixin
    private NotesOption notesOption = new NotesOption();

    @Override
    public Integer call() {
        Reportmeta cli = Commands.root(root);
        ReportFormat target = target(cli);
        if (restart && resume == null) {
            throw new UsageException("--restart needs --resume FILE, the state file of the harvest to start over");
        }
        if (timeout <= 0 || retries < 0) {
            throw new UsageException("--timeout must be positive and --retries 0 or more, but were " + timeout + " and "
                    + retries);
        }
        Notes notes = notesOption.open(cli.err());
        Consumer<HarvestState> progress = cli.interactive() ? progress(cli.err()) : state -> {};
        OaiHarvester harvester;
        try {
            harvester = OaiHarvester.builder(baseUrl())
                    .metadataPrefix(prefix)
                    .from(from)
                    .until(until)
                    .set(set)
                    .requestTimeout(Duration.ofSeconds(timeout))
                    .retryPolicy(new RetryPolicy(retries, RetryPolicy.DEFAULT.initialBackoff(), RetryPolicy.DEFAULT.maxWait()))
                    .readOptions(ReadOptions.of(url).withLenient(!strict).withListener(notes))
                    .onPage(progress)
                    .build();
        } catch (IllegalArgumentException e) {
            throw notes.finish(new UsageException(TerminalText.escape(String.valueOf(e.getMessage())), e));
        }
        Output out;
        try {
            out = Output.open(output, cli.stdout());
        } catch (RuntimeException e) {
            throw notes.finish(e);
        }
        ReportWriter writer = null;
        HarvestReader reader = null;
        try {
            // Not try-with-resources: closing a writer ends its document, which only a whole harvest may do.
            writer = target.newWriter(out.stream(), new WriteOptions(false, notes));
            reader = resume == null ? harvester.harvest() : restart ? harvester.restart(resume) : harvester.harvest(resume);
            try (HarvestReader reports = reader) {
                while (reports.hasNext()) {
                    writer.write(reports.next());
                }
            }
            writer.close();
            out.commit();
            reader.markDone();
        } catch (RuntimeException e) {
            endProgress(cli, reader);
            ConvertCommand.abort(writer, e);
            throw notes.finish(out.abort(e));
        }
        endProgress(cli, reader);
        notes.finish();
        return ExitCode.OK.code();
    }

    private URI baseUrl() {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw new UsageException("the URL '" + TerminalText.escape(url) + "' is not a URL: " + TerminalText.escape(
                    String.valueOf(e.getReason())));
        }
    }

    private ReportFormat target(Reportmeta cli) {
        ReportFormat target;
        if (to != null) {
            target = cli.formats().expect(to);
        } else {
            if (output == null || output.equals("-")) {
                throw new UsageException("name the output format with --to FORMAT (see 'reportmeta formats')");
            }
            List<ReportFormat> found = cli.formats().forFileName(output).stream().filter(ReportFormat::canWrite).toList();
            if (found.isEmpty()) {
                throw new UsageException("no writable format has the extension of '" + TerminalText.escape(output)
                        + "'; name the output format with --to FORMAT (see 'reportmeta formats')");
            }
            if (found.size() > 1 && extension(found.get(0), output) == extension(found.get(1), output)) {
                throw new UsageException("the extension of '" + TerminalText.escape(output) + "' fits the formats "
                        + found.stream().map(ReportFormat::name).toList() + "; name one with --to FORMAT");
            }
            target = found.get(0);
        }
        if (!target.canWrite()) {
            throw new UsageException("format '" + target.name() + "' can only be read, not written");
        }
        return target;
    }

    /** The length of the longest extension of a format that a file name ends with. */
    private static int extension(ReportFormat format, String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return format.extensions().stream().filter(ext -> lower.endsWith("." + ext.toLowerCase(Locale.ROOT)))
                .mapToInt(String::length).max().orElse(0);
    }

    /** One progress line, rewritten after each page. */
    private static Consumer<HarvestState> progress(PrintWriter err) {
        return state -> {
            err.print("\rpage " + state.pages() + ": " + state.records() + " reports, " + state.deleted() + " deleted");
            err.flush();
        };
    }

    private static void endProgress(Reportmeta cli, @Nullable HarvestReader reader) {
        if (cli.interactive() && reader != null && reader.state().pages() > 0) {
            cli.err().println();
        }
    }
}
