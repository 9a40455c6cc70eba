package io.github.reportmeta.cli;

import io.github.reportmeta.format.ReportFormat;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** {@code reportmeta formats}: lists every format found and what it can read and write. */
@Command(name = "formats", mixinStandardHelpOptions = true, description = "Lists every format found, and what each can read and write.")
final class FormatsCommand implements Callable<Integer> {

    @ParentCommand
    private @Nullable Reportmeta root;

    @Spec
    private @Nullable CommandSpec spec;

    @Option(names = "--json", description = "A JSON array, one object a format, for programs.")
    private boolean json;

    @Override
    public Integer call() {
        Reportmeta cli = Commands.root(root);
        PrintWriter out = spec == null ? new PrintWriter(System.out, true) : spec.commandLine().getOut();
        if (json) {
            json(cli, out);
            return ExitCode.OK.code();
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"NAME", "CAN", "MEDIA TYPE", "EXTENSIONS", "DESCRIPTION"});
        for (ReportFormat f : cli.formats().all()) {
            String can = f.canRead() && f.canWrite() ? "read/write" : f.canRead() ? "read" : "write";
            rows.add(new String[] {f.name(), can, f.mediaType(),
                    f.extensions().isEmpty() ? "-" : String.join(",", f.extensions()), f.description()});
        }
        // Columns as wide as their widest cell, so that a long media type does not push a row out of line.
        int[] widths = new int[4];
        for (String[] row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        String line = "%-" + widths[0] + "s %-" + widths[1] + "s %-" + widths[2] + "s %-" + widths[3] + "s %s%n";
        for (String[] row : rows) {
            out.printf(line, (Object[]) row);
        }
        out.flush();
        return ExitCode.OK.code();
    }

    /** The same list as a JSON array: name, description, media type, extensions, and whether it reads and writes. */
    private static void json(Reportmeta cli, PrintWriter out) {
        try (JsonGenerator g = JsonFactory.builder().build().createGenerator(ObjectWriteContext.empty(), out)) {
            g.writeStartArray();
            for (ReportFormat f : cli.formats().all()) {
                g.writeStartObject();
                g.writeStringProperty("name", f.name());
                g.writeStringProperty("description", f.description());
                g.writeStringProperty("mediaType", f.mediaType());
                g.writeArrayPropertyStart("extensions");
                for (String extension : f.extensions()) {
                    g.writeString(extension);
                }
                g.writeEndArray();
                g.writeBooleanProperty("reads", f.canRead());
                g.writeBooleanProperty("writes", f.canWrite());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        out.println();
        out.flush();
    }
}
