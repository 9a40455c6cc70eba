package io.github.reportmeta.cli;

import io.github.reportmeta.ReportMetadataException;
import io.github.reportmeta.cli.internal.TerminalText;
import io.github.reportmeta.cli.internal.UsageException;
import io.github.reportmeta.cli.internal.WriteException;
import io.github.reportmeta.format.FormatRegistry;
import io.github.reportmeta.format.LossyConversionException;
import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.format.UnknownFormatException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code reportmeta} command: its subcommands, its standard streams and its exit codes.
 *
 * <p>{@link #run(String...)} runs a command line in this process, which is what {@link Main} and the tests do.
 */
@Command(
        name = "reportmeta",
        mixinStandardHelpOptions = true,
        versionProvider = Reportmeta.Version.class,
        description = "Converts, validates and compares catalogues of research-report metadata.",
        subcommands = {
            ConvertCommand.class,
            ValidateCommand.class,
            FormatsCommand.class,
            SchemaCommand.class,
            DigestCommand.class,
            DiffCommand.class,
            GenerateCommand.class,
            HarvestCommand.class,
            ServeCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:the input is invalid or malformed, or a conversion was refused",
            "2:usage error, or a file that cannot be opened"
        })
public final class Reportmeta {

    private final InputStream stdin;
    private final OutputStream stdout;
    private final PrintWriter err;
    private final boolean interactive;
    private final FormatRegistry formats = FormatRegistry.load();

    /**
     * A command bound to this process's standard streams, for picocli's tools that build the command from its class:
     * the build generates the completion script and the man pages with them.
     */
    Reportmeta() {
        this(System.in, System.out, System.err, false);
    }

    /**
     * A command bound to standard streams.
     *
     * @param stdin standard input
     * @param stdout standard output, for documents
     * @param stderr standard error, for warnings, errors and progress
     * @param interactive whether standard error is a terminal, so that progress lines are wanted
     */
    public Reportmeta(InputStream stdin, OutputStream stdout, OutputStream stderr, boolean interactive) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.err = new PrintWriter(new PrintStream(stderr, true, StandardCharsets.UTF_8), true);
        this.interactive = interactive;
    }

    /**
     * Runs a command line.
     *
     * @param args the arguments, without the program name
     * @return the exit code
     */
    public int run(String... args) {
        CommandLine cli = new CommandLine(this);
        PrintWriter out = new PrintWriter(new PrintStream(stdout, true, StandardCharsets.UTF_8), true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // picocli's own handler, but with what was typed escaped: an argument may come from a script's input.
        cli.setParameterExceptionHandler((e, arguments) -> {
            CommandLine failed = e.getCommandLine();
            err.println(TerminalText.escape(String.valueOf(e.getMessage())));
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
                failed.usage(err, failed.getColorScheme());
            }
            return failed.getCommandSpec().exitCodeOnInvalidInput();
        });
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            err.println("reportmeta: " + TerminalText.escape(describe(e)));
            return exitCodeOf(e).code();
        });
        int code = cli.execute(args);
        out.flush();
        if (code == ExitCode.OK.code() && out.checkError()) {
            // What picocli printed itself (help, version, the formats table) did not all arrive; a failed command
            // has said so already.
            err.println("reportmeta: cannot write to standard output");
            code = Math.max(code, ExitCode.INVALID.code());
        }
        err.flush();
        return code;
    }

    /** The exit code of a failure. */
    static ExitCode exitCodeOf(Exception e) {
        if (e instanceof UsageException || e instanceof UnknownFormatException) {
            return ExitCode.USAGE;
        }
        if (e instanceof ReportMetadataException || e instanceof UncheckedIOException) {
            return ExitCode.INVALID;
        }
        return ExitCode.INVALID;
    }

    private static String describe(Exception e) {
        if (e instanceof LossyConversionException lossy) {
            return "refused: " + lossy.getMessage();
        }
        if (e instanceof ReportParseException || e instanceof ReportMetadataException) {
            return e.getMessage();
        }
        if (e instanceof WriteException) {
            return e.getMessage();
        }
        if (e instanceof UncheckedIOException io) {
            return "I/O failure: " + io.getCause().getMessage();
        }
        return e.toString();
    }

    InputStream stdin() {
        return stdin;
    }

    OutputStream stdout() {
        return stdout;
    }

    PrintWriter err() {
        return err;
    }

    FormatRegistry formats() {
        return formats;
    }

    boolean interactive() {
        return interactive;
    }

    /** Reads the version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Reportmeta.class.getPackage().getImplementationVersion();
            return new String[] {"reportmeta " + (version == null ? "(development build)" : version)};
        }
    }
}
