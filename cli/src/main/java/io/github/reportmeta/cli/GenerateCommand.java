package io.github.reportmeta.cli;

import io.github.reportmeta.cli.internal.Output;
import io.github.reportmeta.cli.internal.Progress;
import io.github.reportmeta.cli.internal.UsageException;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.synthetic.SyntheticReports;
import java.util.Iterator;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code reportmeta generate}: a synthetic catalogue, the same for the same seed, streamed. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes realistic synthetic reports in English and Chinese, the same for the same seed, for testing pipelines.")
final class GenerateCommand implements Callable<Integer> {

    @ParentCommand
    private @Nullable Reportmeta root;

    @Option(names = "--count", required = true, paramLabel = "N", description = "How many reports.")
    private long count;

    @Option(names = "--seed", paramLabel = "S", description = "The seed. Default: ${DEFAULT-VALUE}.")
    private long seed = 1;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "The output format (see 'reportmeta formats').")
    private String to = "";

    @Option(names = {"-o", "--output"}, paramLabel = "OUTPUT", description = "The file to write, or - for standard output (the default).")
    private @Nullable String output;

    @Override
    public Integer call() {
        Reportmeta cli = Commands.root(root);
        if (count < 0) {
            throw new UsageException("--count must be 0 or more, but was " + count);
        }
        ReportFormat target = cli.formats().expect(to);
        if (!target.canWrite()) {
            throw new UsageException("format '" + target.name() + "' can only be read, not written");
        }
        SyntheticReports synthetic = SyntheticReports.withSeed(seed);
        Progress progress = new Progress(cli.err(), cli.interactive(), "generated");
        Output out = Output.open(output, cli.stdout());
        ReportWriter writer = null;
        try {
            // Not try-with-resources: closing a writer ends its document, which only a whole run may do.
            writer = target.newWriter(out.stream(), WriteOptions.DEFAULT);
            writer.writeHeader(synthetic.header());
            for (Iterator<io.github.reportmeta.Report> it = synthetic.reports(count); it.hasNext(); ) {
                writer.write(it.next());
                progress.step();
            }
            writer.close();
            out.commit();
        } catch (RuntimeException e) {
            progress.done();
            ConvertCommand.abort(writer, e);
            throw out.abort(e);
        }
        progress.done();
        return ExitCode.OK.code();
    }
}
