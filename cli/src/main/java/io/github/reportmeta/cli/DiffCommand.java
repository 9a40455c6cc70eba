package io.github.reportmeta.cli;

import io.github.reportmeta.Catalogue;
import io.github.reportmeta.CatalogueDiff;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.Report;
import io.github.reportmeta.cli.internal.Catalogues;
import io.github.reportmeta.cli.internal.Notes;
import io.github.reportmeta.cli.internal.Output;
import io.github.reportmeta.cli.internal.TerminalText;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** {@code reportmeta diff}: what changed between two editions of a catalogue. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Lists the reports added, changed (with the fields that changed) and removed between two editions of a catalogue.")
final class DiffCommand implements Callable<Integer> {

    /** The forms of the difference. */
    enum Kind {
        /** One line a report, for people. */
        TEXT,
        /** A JSON document, for programs. */
        JSON
    }

    @ParentCommand
    private @Nullable Reportmeta root;

    @Parameters(index = "0", paramLabel = "OLD", description = "The older edition.")
    private String older = "";

    @Parameters(index = "1", paramLabel = "NEW", description = "The newer edition.")
    private String newer = "";

    @Option(names = "--from", paramLabel = "FORMAT", description = "The format of both editions; found from their content when left out.")
    private @Nullable String from;

    @Option(names = "--report", paramLabel = "KIND", description = "text or json. Default: ${DEFAULT-VALUE}.")
    private Kind report = Kind.TEXT;

    @Option(names = "--exit-code", description = "Exit 3 when the editions differ, 0 when they are the same (as git diff --exit-code, but 1 stays for invalid input).")
    private boolean exitCode;

    @Mixin
    private NotesOption notesOption = new NotesOption();

    @Override
    public Integer call() {
        Reportmeta cli = Commands.root(root);
        Notes notes = notesOption.open(cli.err());
        Catalogue before;
        Catalogue after;
        try {
            before = Catalogues.read(older, from, cli.formats(), cli.stdin(), notes);
            after = Catalogues.read(newer, from, cli.formats(), cli.stdin(), notes);
        } catch (RuntimeException e) {
            throw notes.finish(e);
        }
        notes.finish();
        CatalogueDiff diff = Catalogue.diff(before, after);
        Output output = Output.open(null, cli.stdout());
        try {
            PrintWriter out = new PrintWriter(new OutputStreamWriter(output.stream(), StandardCharsets.UTF_8));
            if (report == Kind.JSON) {
                json(diff, out);
            } else {
                text(diff, out);
            }
            out.flush();
            output.commit();
        } catch (RuntimeException e) {
            throw output.abort(e);
        }
        boolean same = diff.added().isEmpty() && diff.changed().isEmpty() && diff.removed().isEmpty();
        return (exitCode && !same ? ExitCode.DIFFERENT : ExitCode.OK).code();
    }

    private static void text(CatalogueDiff diff, PrintWriter out) {
        diff.added().forEach(r -> out.println(TerminalText.escape("added    " + r.id() + "  " + title(r))));
        diff.changed().forEach(c -> out.println(TerminalText.escape("changed  " + c.id() + "  " + String.join(", ", c.fields()))));
        diff.removed().forEach(r -> out.println(TerminalText.escape("removed  " + r.id() + "  " + title(r))));
        out.println(diff.added().size() + " added, " + diff.changed().size() + " changed, " + diff.removed().size() + " removed");
    }

    private static void json(CatalogueDiff diff, PrintWriter out) {
        try (JsonGenerator g = JsonFactory.builder().build().createGenerator(ObjectWriteContext.empty(), out)) {
            g.writeStartObject();
            g.writeArrayPropertyStart("added");
            for (Report r : diff.added()) {
                g.writeStartObject();
                g.writeStringProperty("id", r.id().value());
                g.writeStringProperty("title", title(r));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("changed");
            for (CatalogueDiff.Change c : diff.changed()) {
                g.writeStartObject();
                g.writeStringProperty("id", c.id().value());
                g.writeArrayPropertyStart("fields");
                for (String field : c.fields()) {
                    g.writeString(field);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("removed");
            for (Report r : diff.removed()) {
                g.writeStartObject();
                g.writeStringProperty("id", r.id().value());
                g.writeStringProperty("title", title(r));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.println();
    }

    private static String title(Report r) {
        LocalizedText main = r.mainTitle();
        return main == null ? "" : main.text();
    }
}
