package io.github.reportmeta.cli;

import io.github.reportmeta.cli.internal.Output;
import io.github.reportmeta.json.JsonFormat;
import io.github.reportmeta.xml.XmlFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code reportmeta schema}: prints the schema shipped with a canonical format. */
@Command(name = "schema", mixinStandardHelpOptions = true, description = "Prints the schema of a canonical format: the JSON Schema of json, or the XSD of xml.")
final class SchemaCommand implements Callable<Integer> {

    /** The shipped schemas. */
    enum Kind {
        /** The JSON Schema (2020-12) of the json and jsonl formats. */
        JSON(JsonFormat::openSchema),
        /** The XML Schema of the xml format. */
        XML(XmlFormat::openSchema);

        final Supplier<InputStream> schema;

        Kind(Supplier<InputStream> schema) {
            this.schema = schema;
        }
    }

    @ParentCommand
    private @Nullable Reportmeta root;

    @Parameters(index = "0", paramLabel = "FORMAT", description = "json or xml.")
    private Kind kind = Kind.JSON;

    @Override
    public Integer call() {
        Reportmeta cli = Commands.root(root);
        Output out = Output.open(null, cli.stdout());
        try (InputStream in = kind.schema.get()) {
            in.transferTo(out.stream());
            out.commit();
        } catch (IOException e) {
            throw out.abort(new UncheckedIOException(e));
        } catch (RuntimeException e) {
            throw out.abort(e);
        }
        return ExitCode.OK.code();
    }
}
