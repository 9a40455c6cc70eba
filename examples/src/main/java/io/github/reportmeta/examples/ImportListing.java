package io.github.reportmeta.examples;

import io.github.reportmeta.Report;
import io.github.reportmeta.format.FormatRegistry;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a catalogue importer does: reads a report listing page and publishes it as OAI-PMH Dublin Core, one report
 * at a time, printing what Dublin Core cannot hold.
 */
public final class ImportListing {

    private ImportListing() {}

    /**
     * Converts a listing file to oai_dc on standard output.
     *
     * @param args the listing file; {@code examples/data/sample-listing.txt} when none is given
     */
    public static void main(String[] args) {
        Path listing = Path.of(args.length > 0 ? args[0] : "examples/data/sample-listing.txt");
        run(listing, System.out, System.err);
    }

    /**
     * Converts a listing file to oai_dc.
     *
     * @param listing the listing file
     * @param out where the oai_dc records go
     * @param log where the losses go
     * @return how many reports were converted
     */
    public static int run(Path listing, OutputStream out, PrintStream log) {
        FormatRegistry formats = FormatRegistry.load();
        ReportFormat from = formats.expect("listing");
        ReportFormat to = formats.expect("oai_dc");
        int count = 0;
        try (InputStream in = Files.newInputStream(listing);
                ReportReader reader = from.newReader(in, ReadOptions.of(listing.toString()));
                ReportWriter writer = to.newWriter(out, WriteOptions.DEFAULT.withListener(note -> log.println("dropped: " + note)))) {
            while (reader.hasNext()) {
                Report report = reader.next();
                writer.write(report);
                count++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count;
    }
}
