package io.github.reportmeta.cli;

import io.github.reportmeta.Catalogue;
import io.github.reportmeta.InvalidValueException;
import io.github.reportmeta.PartialDate;
import io.github.reportmeta.cli.internal.Catalogues;
import io.github.reportmeta.cli.internal.Notes;
import io.github.reportmeta.cli.internal.Output;
import io.github.reportmeta.cli.internal.UsageException;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.format.WriteOptions;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code reportmeta digest}: the e-mail alert of a catalogue's reports issued since a date. */
@Command(name = "digest", mixinStandardHelpOptions = true,
        description = "Writes the e-mail alert of the reports issued on or after a date, newest first, grouped by series.")
final class DigestCommand implements Callable<Integer> {

    @ParentCommand
    private @Nullable Reportmeta root;

    @Parameters(index = "0", paramLabel = "CATALOGUE", description = "The catalogue, or - for standard input.")
    private String catalogue = "-";

    @Option(names = "--since", required = true, paramLabel = "DATE", description = "The first day to include: YYYY, YYYY-MM or YYYY-MM-DD.")
    private String since = "";

    @Option(names = "--from", paramLabel = "FORMAT", description = "The catalogue's format; found from its content when left out.")
    private @Nullable String from;

    @Option(names = "--to", paramLabel = "FORMAT", description = "digest-text or digest-html. Default: ${DEFAULT-VALUE}.")
    private String to = "digest-text";

    @Option(names = {"-o", "--output"}, paramLabel = "OUTPUT", description = "The file to write, or - for standard output (the default).")
    private @Nullable String output;

    @Mixin
    private NotesOption notesOption = new NotesOption();

    @Override
    public Integer call() {
        Reportmeta cli = Commands.root(root);
        PartialDate first;
        try {
            first = PartialDate.parse(since);
        } catch (InvalidValueException e) {
            throw new UsageException("--since: " + e.getMessage());
        }
        ReportFormat digest = cli.formats().expect(to);
        if (!digest.canWrite()) {
            throw new UsageException("format '" + digest.name() + "' can only be read, not written");
        }
        Notes notes = notesOption.open(cli.err());
        Catalogue all;
        try {
            all = Catalogues.read(catalogue, from, cli.formats(), cli.stdin(), notes);
        } catch (RuntimeException e) {
            throw notes.finish(e);
        }
        notes.finish();
        Catalogue latest = all.withReports(all.latestSince(first));
        Output out = Output.open(output, cli.stdout());
        try {
            digest.writeCatalogue(latest, out.stream(), WriteOptions.DEFAULT);
            out.commit();
        } catch (RuntimeException e) {
            throw out.abort(e);
        }
        return ExitCode.OK.code();
    }
}
