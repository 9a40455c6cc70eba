package io.github.reportmeta.cli;

import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.Report;
import io.github.reportmeta.cli.internal.Input;
import io.github.reportmeta.cli.internal.Notes;
import io.github.reportmeta.cli.internal.Output;
import io.github.reportmeta.cli.internal.Problem;
import io.github.reportmeta.cli.internal.ProblemReport;
import io.github.reportmeta.cli.internal.Progress;
import io.github.reportmeta.cli.internal.ReadAhead;
import io.github.reportmeta.cli.internal.TerminalText;
import io.github.reportmeta.cli.internal.UsageException;
import io.github.reportmeta.cli.internal.WriteException;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.format.SourceLocation;
import io.github.reportmeta.format.UnknownFormatException;
import io.github.reportmeta.validation.CatalogueValidation;
import io.github.reportmeta.validation.Profile;
import io.github.reportmeta.validation.ReportValidator;
import io.github.reportmeta.validation.Severity;
import io.github.reportmeta.validation.ValidationResult;
import io.github.reportmeta.validation.Violation;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code reportmeta validate}: reads catalogues to the end and reports every problem in them. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Validates catalogues, reporting every problem in every file.",
            "Each file is read to the end; parse errors and rule violations alike are reported with file, line",
            "and column where known, the JSON Pointer of the field, a stable code and a message."
        })
final class ValidateCommand implements Callable<Integer> {

    /** What makes the run fail. */
    enum FailOn {
        /** Errors only. */
        ERROR,
        /** Errors and warnings. */
        WARNING
    }

    @ParentCommand
    private @Nullable Reportmeta root;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files to validate, or - for standard input.")
    private List<String> inputs = List.of();

    @Option(names = "--from", paramLabel = "FORMAT", description = "The input format; found from the content and extension when left out.")
    private @Nullable String from;

    @Option(names = "--profile", paramLabel = "PROFILE", description = "default or strict (ready to publish). Default: ${DEFAULT-VALUE}.")
    private Profile profile = Profile.DEFAULT;

    @Option(names = "--report", paramLabel = "KIND", description = "text, json, junit or github. Default: ${DEFAULT-VALUE}.")
    private ProblemReport.Kind report = ProblemReport.Kind.TEXT;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", description = "error or warning. Default: ${DEFAULT-VALUE}.")
    private FailOn failOn = FailOn.ERROR;

    @Option(names = "--junit", paramLabel = "FILE", description = "Also write the problems as JUnit XML to FILE, for the CI server beside the log.")
    private @Nullable String junit;

    @Option(names = "--lenient", description = "Read past what the readers can recover from (unknown fields, bad records), each as a warning.")
    private boolean lenient;

    @Option(names = "--locale", paramLabel = "TAG", description = "The language of the messages: en or zh. Default: ${DEFAULT-VALUE}.")
    private String locale = "en";

    @Mixin
    private NotesOption notesOption = new NotesOption();

    @Mixin
    private ThreadsOption threadsOption = new ThreadsOption();

    @Override
    public Integer call() {
        Reportmeta cli = Commands.root(root);
        int threads = threadsOption.threads();
        ReportValidator validator = ReportValidator.builder()
                .profile(profile)
                .locale(Locale.forLanguageTag(locale))
                .build();
        Output output = Output.open(null, cli.stdout());
        PrintWriter out = new PrintWriter(new OutputStreamWriter(output.stream(), StandardCharsets.UTF_8), true);
        Output junitOutput = null;
        ProblemReport problems = ProblemReport.of(report, out);
        PrintWriter junitWriter = null;
        if (junit != null) {
            try {
                junitOutput = Output.open(junit, cli.stdout());
            } catch (RuntimeException e) {
                throw output.abort(e);
            }
            junitWriter = new PrintWriter(new OutputStreamWriter(junitOutput.stream(), StandardCharsets.UTF_8), true);
            problems = ProblemReport.both(problems, ProblemReport.of(ProblemReport.Kind.JUNIT, junitWriter));
        }
        Progress progress = new Progress(cli.err(), cli.interactive(), "validated");
        Notes notes = notesOption.open(cli.err());
        ExitCode exit = ExitCode.OK;
        try {
            if (threads > 1) {
                exit = validateReadingAhead(cli, validator, problems, progress, notes, threads);
            } else {
                exit = validate(cli, validator, problems, progress, notes);
            }
            problems.finish();
            out.flush();
            output.commit();
            if (junitOutput != null && junitWriter != null) {
                junitWriter.flush();
                junitOutput.commit();
            }
        } catch (RuntimeException e) {
            progress.done();
            RuntimeException failure = output.abort(e);
            throw notes.finish(junitOutput != null ? junitOutput.abort(failure) : failure);
        }
        progress.done();
        notes.finish();
        boolean failed = problems.errors() > 0 || (failOn == FailOn.WARNING && problems.warnings() > 0);
        return exit.worst(failed ? ExitCode.INVALID : ExitCode.OK).code();
    }

    /** Reads and checks every input on this thread, report by report; the exit code so far. */
    private ExitCode validate(Reportmeta cli, ReportValidator validator, ProblemReport problems, Progress progress, Notes notes) {
        ExitCode exit = ExitCode.OK;
        for (String argument : inputs) {
            Input input;
            try {
                input = Input.open(argument, from, cli.formats(), cli.stdin());
            } catch (UsageException | UnknownFormatException e) {
                cli.err().println("reportmeta: " + TerminalText.escape(String.valueOf(e.getMessage())));
                exit = exit.worst(ExitCode.USAGE);
                continue;
            }
            problems.startFile(input.name(), input.format().name());
            validate(input, validator, problems, progress, notes, lenient);
        }
        return exit;
    }

    /**
     * Reads on a thread of its own, checks the reports on {@code threads - 1} others, and does here, in the order of
     * the inputs, what {@link #validate(Reportmeta, ReportValidator, ProblemReport, Progress, Notes)} does: the same
     * problems, notes and exit code.
     */
    private ExitCode validateReadingAhead(Reportmeta cli, ReportValidator validator, ProblemReport problems, Progress progress,
            Notes notes, int threads) {
        ExitCode exit = ExitCode.OK;
        try (ReadAhead<ValidationResult> ahead = ReadAhead.start(inputs,
                argument -> Input.open(argument, from, cli.formats(), cli.stdin()),
                input -> ReadOptions.of(input.name()).withLenient(lenient),
                ValidateCommand::readsOnAfter,
                read -> validator.validate(read.report(), "/reports/" + read.index()),
                threads - 1)) {
            String name = "";
            CatalogueValidation catalogue = null;
            try {
                for (ReadAhead.Event event = ahead.next(); event != null; event = ahead.next()) {
                    if (event instanceof ReadAhead.OpenFailed failed) {
                        if (!(failed.failure() instanceof UsageException || failed.failure() instanceof UnknownFormatException)) {
                            throw ReadAhead.rethrow(failed.failure());
                        }
                        cli.err().println("reportmeta: " + TerminalText.escape(String.valueOf(failed.failure().getMessage())));
                        exit = exit.worst(ExitCode.USAGE);
                    } else if (event instanceof ReadAhead.Opened opened) {
                        if (catalogue != null) {
                            finish(catalogue, name, problems);
                            catalogue.close();
                        }
                        name = opened.input().name();
                        problems.startFile(name, opened.input().format().name());
                        catalogue = validator.startCatalogue();
                    } else if (event instanceof ReadAhead.Header header) {
                        CatalogueHeader found = header.header();
                        if (found != null) {
                            add(problems, name, SourceLocation.of(name), "", validator.validate(found));
                        }
                    } else if (event instanceof ReadAhead.Note note) {
                        if (note.note().kind() == ConversionNote.Kind.INFO) {
                            notes.accept(note.note());
                        } else {
                            problems.add(fromNote(name, note.note()));
                        }
                    } else if (event instanceof ReadAhead.Read<?> read) {
                        problems.countReport();
                        progress.step();
                        ValidationResult result = Objects.requireNonNull(catalogue, "a report before its input was opened")
                                .next(read.report(), (ValidationResult) read.result(), read.location(), read.pointer());
                        add(problems, name, read.location(), read.pointer(), rebase(result, catalogue.count() - 1));
                    } else if (event instanceof ReadAhead.Failed failed) {
                        problems.add(problemOf(name, ReadAhead.rethrow(failed.failure())));
                    }
                }
                if (catalogue != null) {
                    finish(catalogue, name, problems);
                }
            } finally {
                if (catalogue != null) {
                    catalogue.close();
                }
            }
        }
        return exit;
    }

    /** Whether the reading goes on after a failure: the failures that are problems of an input, not of the run. */
    private static boolean readsOnAfter(Throwable failure) {
        return failure instanceof UsageException || failure instanceof UnknownFormatException
                || failure instanceof ReportParseException
                || (failure instanceof UncheckedIOException && !(failure instanceof WriteException));
    }

    /** The problem that a failure to read an input is, or the failure again when it ends the run. */
    private static Problem problemOf(String file, RuntimeException failure) {
        if (failure instanceof ReportParseException e) {
            SourceLocation at = e.location();
            return new Problem(file, at.line(), at.column(), Severity.ERROR, "parse-error", e.pointer(), e.problem());
        }
        if (failure instanceof UncheckedIOException e && !(failure instanceof WriteException)) {
            return new Problem(file, 0, 0, Severity.ERROR, "io-error", "", e.getCause().getMessage());
        }
        throw failure;
    }

    private static void validate(Input input, ReportValidator validator, ProblemReport problems, Progress progress, Notes notes,
            boolean lenient) {
        try (CatalogueValidation catalogue = validator.startCatalogue()) {
            validate(input, validator, catalogue, problems, progress, notes, lenient);
        }
    }

    private static void validate(Input input, ReportValidator validator, CatalogueValidation catalogue, ProblemReport problems,
            Progress progress, Notes notes, boolean lenient) {
        // An info note changes nothing in what was read, so it is no problem: it goes with the other commands' notes.
        ReadOptions options = ReadOptions.of(input.name()).withLenient(lenient).withListener(note -> {
            if (note.kind() == ConversionNote.Kind.INFO) {
                notes.accept(note);
            } else {
                problems.add(fromNote(input.name(), note));
            }
        });
        try (ReportReader reader = input.reader(options)) {
            CatalogueHeader header = reader.header();
            if (header != null) {
                add(problems, input.name(), SourceLocation.of(input.name()), "", validator.validate(header));
            }
            while (reader.hasNext()) {
                Report report = reader.next();
                problems.countReport();
                progress.step();
                String base = reader.pointer();
                ValidationResult result = catalogue.next(report, reader.location(), base);
                add(problems, input.name(), reader.location(), base, rebase(result, catalogue.count() - 1));
            }
        } catch (ReportParseException e) {
            SourceLocation at = e.location();
            problems.add(new Problem(input.name(), at.line(), at.column(), Severity.ERROR, "parse-error", e.pointer(), e.problem()));
        } catch (WriteException e) {
            // the report itself cannot be written: that ends the run, it is no problem of the input
            throw e;
        } catch (UncheckedIOException e) {
            problems.add(new Problem(input.name(), 0, 0, Severity.ERROR, "io-error", "", e.getCause().getMessage()));
        }
        finish(catalogue, input.name(), problems);
    }

    /** Adds the ids used twice that only the end of a file could tell (once the ids outgrew memory), in report order. */
    private static void finish(CatalogueValidation catalogue, String file, ProblemReport problems) {
        try {
            catalogue.finish(repeat -> {
                SourceLocation at = repeat.location() != null ? repeat.location() : SourceLocation.of(file);
                Violation v = repeat.violation();
                problems.add(new Problem(file, at.line(), at.column(), v.severity(), v.code(),
                        repeat.pointer() + "/id", v.message()));
            });
        } catch (WriteException e) {
            throw e;
        } catch (UncheckedIOException e) {
            problems.add(new Problem(file, 0, 0, Severity.ERROR, "io-error", "", e.getCause().getMessage()));
        }
    }

    /**
     * Strips the stream position the catalogue validation put in front ({@code /reports/INDEX}), leaving pointers
     * within the report; a result without violations, most of them, is taken as it is.
     */
    private static ValidationResult rebase(ValidationResult result, int index) {
        if (result.violations().isEmpty()) {
            return result;
        }
        String within = "/reports/" + index;
        return new ValidationResult(result.violations().stream()
                .map(v -> new Violation(v.severity(), v.code(),
                        v.pointer().startsWith(within) ? v.pointer().substring(within.length()) : v.pointer(), v.message()))
                .toList());
    }

    private static void add(ProblemReport problems, String file, SourceLocation at, String base, ValidationResult result) {
        for (Violation v : result.violations()) {
            problems.add(new Problem(file, at.line(), at.column(), v.severity(), v.code(), base + v.pointer(), v.message()));
        }
    }

    private static Problem fromNote(String file, ConversionNote note) {
        SourceLocation at = note.location() != null ? note.location() : SourceLocation.of(file);
        return new Problem(file, at.line(), at.column(), Severity.WARNING,
                note.kind().name().toLowerCase(Locale.ROOT), note.pointer(), note.message());
    }
}
