package io.github.reportmeta.registry.datacite;

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
 * The format {@code datacite}: DataCite Metadata Schema 4.6 XML, what a DataCite member deposits to register a DOI.
 * One report is written as a {@code <resource>} of {@code resourceTypeGeneral="Report"}; several, or a catalogue, as
 * a {@code <resources>} element in {@link #COLLECTION_NAMESPACE} holding one {@code <resource>} per report. Every
 * field a write drops is a loss in the conversion report, and every value a read does not keep is a note; the
 * mapping is in {@code docs/formats/registries.md}.
 */
public final class DataCiteFormat extends AbstractReportFormat {

    /** The namespace of DataCite Metadata Schema 4.x records. */
    public static final String KERNEL = "http://datacite.org/schema/kernel-4";

    /** The {@code xsi:schemaLocation} written on each record: the 4.6 schema. */
    public static final String SCHEMA_LOCATION = KERNEL + " https://schema.datacite.org/meta/kernel-4.6/metadata.xsd";

    /** The namespace of the {@code <resources>} collection of several records. */
    public static final String COLLECTION_NAMESPACE = "https://reportmeta.github.io/ns/datacite/1";

    /** Creates the format; {@link java.util.ServiceLoader} calls this. */
    public DataCiteFormat() {
        super(FormatDescriptor.readWrite("datacite",
                "DataCite Metadata Schema 4.6 XML, to register DOIs (resourceTypeGeneral Report)",
                "application/vnd.datacite.datacite+xml", "datacite.xml"));
    }

    @Override
    public Detection detect(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        return text.contains(KERNEL) ? Detection.of(Detection.Strength.LIKELY, "the DataCite kernel-4 namespace")
                : Detection.NONE;
    }

    @Override
    protected ReportReader openReader(InputStream in, ReadOptions options) {
        return DataCiteReader.open(in, options);
    }

    @Override
    protected ReportWriter openWriter(OutputStream out, WriteOptions options) {
        return new DataCiteWriter(out, options);
    }
}
