package io.github.reportmeta.examples;

import io.github.reportmeta.Catalogue;
import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.CatalogueId;
import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.Report;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ConversionReport;
import io.github.reportmeta.format.FormatRegistry;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.validation.Profile;
import io.github.reportmeta.validation.ReportValidator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Builds the seed report in code, validates it, and writes it as canonical JSON, canonical XML and oai_dc. */
public final class WriteFormats {

    private WriteFormats() {}

    /**
     * Runs the example, printing to standard output.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Runs the example.
     *
     * @param out where to print
     */
    public static void run(PrintStream out) {
        Report report = QuickStart.seedReport();
        out.println("strict validation: " + ReportValidator.builder().profile(Profile.STRICT).build().validate(report));

        Catalogue catalogue = Catalogue.of(
                CatalogueHeader.of(CatalogueId.of("drc-reports"), LocalizedText.of("DRC research reports", LanguageTag.ENGLISH)),
                List.of(report));
        FormatRegistry formats = FormatRegistry.load();
        for (String name : List.of("json", "xml", "oai_dc")) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ConversionReport losses = formats.expect(name).writeCatalogue(catalogue, bytes, WriteOptions.DEFAULT);
            out.println("== " + name + ": " + bytes.size() + " bytes, " + losses.notes().size() + " fields dropped");
            losses.notes().stream().map(ConversionNote::toString).forEach(note -> out.println("   " + note));
            if (name.equals("oai_dc")) {
                out.print(bytes.toString(StandardCharsets.UTF_8));
            }
        }
    }
}
