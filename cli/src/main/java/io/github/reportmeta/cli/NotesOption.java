package io.github.reportmeta.cli;

import io.github.reportmeta.cli.internal.Notes;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Stack;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The {@code --notes} option of the commands that print what a reader or writer noted. */
final class NotesOption {

    /** The value of the option: {@code summary}, {@code all}, or {@code json} with its file. */
    record Choice(String mode, String file) {}

    @Option(names = "--notes", paramLabel = "summary|all|json FILE", parameterConsumer = Values.class,
            description = "How to print notes (fields dropped, unknown fields skipped): summary (the default), one line a kind of"
                    + " note with its count and first place; all, each note; json FILE, a summary and each note as JSON Lines in FILE.")
    private Choice choice = new Choice("summary", "");

    /**
     * The notes as the option asks.
     *
     * @param err standard error
     * @return the notes, to be finished when the run ends
     */
    Notes open(PrintWriter err) {
        return switch (choice.mode()) {
            case "all" -> Notes.printed(Notes.Mode.ALL, err);
            case "json" -> Notes.json(choice.file(), err);
            default -> Notes.printed(Notes.Mode.SUMMARY, err);
        };
    }

    /** Takes {@code summary}, {@code all}, or {@code json} and the argument after it. */
    static final class Values implements IParameterConsumer {
        @Override
        public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
            if (args.isEmpty()) {
                throw new ParameterException(commandSpec.commandLine(), "--notes needs summary, all or json FILE");
            }
            String mode = args.pop().toLowerCase(Locale.ROOT);
            switch (mode) {
                case "summary", "all" -> argSpec.setValue(new Choice(mode, ""));
                case "json" -> {
                    if (args.isEmpty()) {
                        throw new ParameterException(commandSpec.commandLine(), "--notes json needs the file to write the notes to");
                    }
                    argSpec.setValue(new Choice(mode, args.pop()));
                }
                default -> throw new ParameterException(commandSpec.commandLine(),
                        "--notes must be summary, all or json FILE, but was '" + io.github.reportmeta.cli.internal.TerminalText.escape(mode) + "'");
            }
        }
    }
}
