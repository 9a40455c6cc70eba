package io.github.reportmeta.cli;

import io.github.reportmeta.format.ReportFormat;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code reportmeta formats}: lists every format found and what it can read and write. */
@Command(name = "formats", mixinStandardHelpOptions = true, description = "Lists every format found, and what each can read and write.")
final class FormatsCommand implements Callable<Integer> {

    @ParentCommand
    private @Nullable Reportmeta root;

    @Spec
    private @Nullable CommandSpec spec;

    @Override
    public Integer call() {
        Reportmeta cli = Commands.root(root);
        PrintWriter out = spec == null ? new PrintWriter(System.out, true) : spec.commandLine().getOut();
        out.printf("%-12s %-10s %-26s %-16s %s%n", "NAME", "CAN", "MEDIA TYPE", "EXTENSIONS", "DESCRIPTION");
        for (ReportFormat f : cli.formats().all()) {
            String can = f.canRead() && f.canWrite() ? "read/write" : f.canRead() ? "read" : "write";
            out.printf("%-12s %-10s %-26s %-16s %s%n", f.name(), can, f.mediaType(),
                    f.extensions().isEmpty() ? "-" : String.join(",", f.extensions()), f.description());
        }
        out.flush();
        return ExitCode.OK.code();
    }
}
