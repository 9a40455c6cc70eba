package io.github.reportmeta.examples;

import io.github.reportmeta.Report;
import io.github.reportmeta.format.FormatRegistry;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.validation.CatalogueValidation;
import io.github.reportmeta.validation.ReportValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams a catalogue too large to hold: reads JSON Lines report by report, validates each as it comes, and
 * writes canonical XML, with memory that does not grow with the catalogue.
 */
public final class StreamLargeCatalogue {

    private StreamLargeCatalogue() {}

    /**
     * Streams a JSON Lines file to canonical XML.
     *
     * @param args the input and output files
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: StreamLargeCatalogue INPUT.jsonl OUTPUT.xml");
            System.exit(2);
        }
        run(Path.of(args[0]), Path.of(args[1]), System.out);
    }

    /**
     * Streams a JSON Lines file to canonical XML, validating every report on the way.
     *
     * @param input the JSON Lines file
     * @param output the XML file to write
     * @param out where to print the tally
     * @return how many reports had errors found as they were read (ids repeated beyond memory, found at the end,
     *     are printed apart)
     */
    public static long run(Path input, Path output, PrintStream out) {
        FormatRegistry formats = FormatRegistry.load();
        long invalid = 0;
        long[] repeatedLate = {0};
        int count;
        // closing the validation removes the temporary file it keeps ids in once they outgrow memory
        try (CatalogueValidation validation = ReportValidator.standard().startCatalogue();
                InputStream in = Files.newInputStream(input);
                OutputStream os = Files.newOutputStream(output);
                ReportReader reader = formats.expect("jsonl").newReader(in, ReadOptions.of(input.toString()));
                ReportWriter writer = formats.expect("xml").newWriter(os, WriteOptions.LOSSLESS)) {
            if (reader.header() != null) {
                writer.writeHeader(reader.header());
            }
            while (reader.hasNext()) {
                Report report = reader.next();
                if (!validation.next(report).isValid()) {
                    invalid++;
                }
                writer.write(report);
            }
            // beyond about 160,000 distinct ids, a repeated id is found only once all ids were seen
            validation.finish(repeat -> repeatedLate[0]++);
            count = validation.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println(count + " reports streamed, " + invalid + " with errors"
                + (repeatedLate[0] == 0 ? "" : ", and " + repeatedLate[0] + " repeat an earlier report's id"));
        return invalid;
    }
}
