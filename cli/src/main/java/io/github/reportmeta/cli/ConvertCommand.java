package io.github.reportmeta.cli;

import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.cli.internal.Input;
import io.github.reportmeta.cli.internal.Notes;
import io.github.reportmeta.cli.internal.Output;
import io.github.reportmeta.cli.internal.Progress;
import io.github.reportmeta.cli.internal.ReadAhead;
import io.github.reportmeta.cli.internal.TerminalText;
import io.github.reportmeta.cli.internal.UsageException;
import io.github.reportmeta.format.PreparedReport;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code reportmeta convert}: reads catalogues in one format and writes them, as one, in another. */
@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        description = {
            "Converts catalogues from one format to another, report by report.",
            "What the target format cannot hold is printed to standard error, one line per kind (see --notes).",
            "A file named with -o appears only when the whole conversion succeeds."
        })
final class ConvertCommand implements Callable<Integer> {

    @ParentCommand
    private @Nullable Reportmeta root;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files to read, or - for standard input.")
    private List<String> inputs = List.of();

    @Option(names = "--from", paramLabel = "FORMAT", description = "The input format; found from the content and extension when left out.")
    private @Nullable String from;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "The output format (see 'reportmeta formats').")
    private String to = "";

    @Option(names = {"-o", "--output"}, paramLabel = "OUTPUT", description = "The file to write, or - for standard output (the default).")
    private @Nullable String output;

    @Option(names = "--lossless", description = "Refuse the conversion, writing nothing, if the target format would lose anything.")
    private boolean lossless;

    @Option(names = "--lenient", description = "Skip unknown fields with a warning instead of failing.")
    private boolean lenient;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = {
        "A setting of the output format, such as crossref.depositor.name=DRC; repeat for each (see docs/cli.md)."})
    private Map<String, String> settings = new LinkedHashMap<>();

    @Mixin
    private NotesOption notesOption = new NotesOption();

    @Mixin
    private ThreadsOption threadsOption = new ThreadsOption();

    @Override
    public Integer call() {
        Reportmeta cli = Commands.root(root);
        int threads = threadsOption.threads();
        ReportFormat target = cli.formats().expect(to);
        if (!target.canWrite()) {
            throw new UsageException("format '" + target.name() + "' can only be read, not written");
        }
        Progress progress = new Progress(cli.err(), cli.interactive(), "converted");
        Notes notes = notesOption.open(cli.err());
        Output out;
        try {
            out = Output.open(output, cli.stdout());
        } catch (RuntimeException e) {
            throw notes.finish(e);
        }
        ReportWriter writer = null;
        try {
            // Not try-with-resources: closing a writer ends its document, which only a whole conversion may do.
            writer = openWriter(target, out, new WriteOptions(lossless, notes));
            if (threads > 1) {
                convertReadingAhead(cli, writer, progress, notes, threads);
            } else {
                convert(cli, writer, progress, notes);
            }
            writer.close();
            out.commit();
        } catch (RuntimeException e) {
            progress.done();
            abort(writer, e);
            throw notes.finish(out.abort(e));
        }
        progress.done();
        notes.finish();
        return ExitCode.OK.code();
    }

    /** Reads and writes on this thread, report by report. */
    private void convert(Reportmeta cli, ReportWriter writer, Progress progress, Notes notes) {
        boolean started = false;
        for (String argument : inputs) {
            Input input = Input.open(argument, from, cli.formats(), cli.stdin());
            try (ReportReader reader = input.reader(ReadOptions.of(input.name()).withLenient(lenient).withListener(notes))) {
                CatalogueHeader header = reader.header();
                if (header != null) {
                    if (!started) {
                        writer.writeHeader(header);
                    } else {
                        cli.err().println(TerminalText.escape("warning: " + input.name()
                                + ": the catalogue header of a later input is not written; the output keeps the first input's"));
                    }
                }
                started = true;
                while (reader.hasNext()) {
                    writer.write(reader.next());
                    progress.step();
                }
            }
        }
    }

    /**
     * Reads on a thread of its own, has the writer prepare the reports ahead ({@link ReportWriter#prepareAhead}) on
     * {@code threads - 1} others, writes on this one, and does here, in the same order, what {@link #convert} does:
     * the same notes, warnings, output and first failure.
     */
    private void convertReadingAhead(Reportmeta cli, ReportWriter writer, Progress progress, Notes notes, int threads) {
        try (ReadAhead<PreparedReport> ahead = ReadAhead.start(inputs,
                argument -> Input.open(argument, from, cli.formats(), cli.stdin()),
                input -> ReadOptions.of(input.name()).withLenient(lenient), failure -> false,
                read -> writer.prepareAhead(read.report()), threads - 1)) {
            boolean started = false;
            String name = "";
            for (ReadAhead.Event event = ahead.next(); event != null; event = ahead.next()) {
                if (event instanceof ReadAhead.Opened opened) {
                    name = opened.input().name();
                } else if (event instanceof ReadAhead.Header header) {
                    CatalogueHeader found = header.header();
                    if (found != null) {
                        if (!started) {
                            writer.writeHeader(found);
                        } else {
                            cli.err().println(TerminalText.escape("warning: " + name
                                    + ": the catalogue header of a later input is not written; the output keeps the first input's"));
                        }
                    }
                    started = true;
                } else if (event instanceof ReadAhead.Note note) {
                    notes.accept(note.note());
                } else if (event instanceof ReadAhead.Read<?> read) {
                    writer.write((PreparedReport) read.result());
                    progress.step();
                } else if (event instanceof ReadAhead.OpenFailed failed) {
                    throw ReadAhead.rethrow(failed.failure());
                } else if (event instanceof ReadAhead.Failed failed) {
                    throw ReadAhead.rethrow(failed.failure());
                }
            }
        }
    }

    /** Opens the writer with the settings of --set; a setting the format refuses is a usage error. */
    private ReportWriter openWriter(ReportFormat target, Output out, WriteOptions options) {
        try {
            WriteOptions withSettings = options;
            for (Map.Entry<String, String> setting : settings.entrySet()) {
                withSettings = withSettings.with(setting.getKey(), setting.getValue());
            }
            return target.newWriter(out.stream(), withSettings);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    /** Leaves the document unterminated, so that a failed conversion never reads as complete. */
    static void abort(@Nullable ReportWriter writer, RuntimeException failure) {
        if (writer == null) {
            return;
        }
        try {
            writer.abort();
        } catch (RuntimeException e) {
            // The output's guard throws its first write error again, which may be the failure itself.
            if (e != failure) {
                failure.addSuppressed(e);
            }
        }
    }
}
