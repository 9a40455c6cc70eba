package io.github.reportmeta.registry.schemaorg;

import io.github.reportmeta.format.Detection;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.format.spi.AbstractReportFormat;
import io.github.reportmeta.format.spi.FormatDescriptor;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The format {@code schema-org}: schema.org {@code Report} as JSON-LD, what search engines read on a landing page.
 * One report is written as one object with {@code "@context": "https://schema.org"}; several, or a catalogue, as
 * {@code {"@context": ..., "@graph": [...]}}. The reader takes what this writer and real sites write (compacted
 * JSON-LD in the schema.org context; {@code @graph}, top-level arrays, single values or arrays; {@code Report},
 * {@code ScholarlyArticle}, {@code CreativeWork} and their kin) and names every property it does not map in a
 * note. The mapping is in {@code docs/formats/registries.md}.
 */
public final class SchemaOrgFormat extends AbstractReportFormat {

    /** The context this format writes. */
    public static final String CONTEXT = "https://schema.org";

    /** Creates the format; {@link java.util.ServiceLoader} calls this. */
    public SchemaOrgFormat() {
        super(FormatDescriptor.readWrite("schema-org",
                "schema.org Report as JSON-LD, for search engines and landing pages",
                "application/ld+json", "jsonld"));
    }

    @Override
    public Detection detect(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        boolean context = text.contains("\"@context\"");
        boolean schema = text.contains("schema.org");
        if (context && schema) {
            return Detection.of(Detection.Strength.LIKELY, "a JSON-LD @context naming schema.org");
        }
        return context ? Detection.of(Detection.Strength.WEAK, "a JSON-LD @context") : Detection.NONE;
    }

    @Override
    protected ReportReader openReader(InputStream in, ReadOptions options) {
        return SchemaOrgReader.open(in, options);
    }

    @Override
    protected ReportWriter openWriter(OutputStream out, WriteOptions options) {
        return new SchemaOrgWriter(out, options);
    }
}
