package io.github.reportmeta.dc;

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
import java.util.Objects;

/**
 * The format {@code oai_dc}: simple Dublin Core as OAI-PMH serves it. One report is written as an
 * {@code oai_dc:dc} record; several, or a catalogue, as a {@code <records>} element in
 * {@link #COLLECTION_NAMESPACE} holding one {@code oai_dc:dc} record per report. The reader also takes OAI-PMH
 * {@code GetRecord} and {@code ListRecords} responses. Every field a write drops is a loss in the conversion
 * report; the mapping is in {@code docs/formats/dublin-core.md}.
 */
public final class OaiDcFormat extends AbstractReportFormat {

    /** The namespace of the {@code oai_dc:dc} container. */
    public static final String OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/";

    /** The namespace of the 15 Dublin Core elements. */
    public static final String DC = "http://purl.org/dc/elements/1.1/";

    /** The {@code xsi:schemaLocation} that the OAI-PMH specification gives for {@code oai_dc}. */
    public static final String SCHEMA_LOCATION = OAI_DC + " http://www.openarchives.org/OAI/2.0/oai_dc.xsd";

    /** The namespace of the {@code <records>} collection of several records. */
    public static final String COLLECTION_NAMESPACE = "https://reportmeta.github.io/ns/oai_dc/1";

    /** Creates the format; {@link java.util.ServiceLoader} calls this. */
    public OaiDcFormat() {
        super(FormatDescriptor.readWrite("oai_dc",
                "Dublin Core as OAI-PMH serves it (oai_dc); reads GetRecord and ListRecords responses",
                "application/xml", "oai_dc.xml", "dc.xml"));
    }

    @Override
    public Detection detect(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        return text.contains(OAI_DC) ? Detection.of(Detection.Strength.LIKELY, "the oai_dc namespace") : Detection.NONE;
    }

    @Override
    protected ReportReader openReader(InputStream in, ReadOptions options) {
        return DcReader.open(in, options, false);
    }

    /**
     * Opens a reader on one OAI-PMH response ({@code ListRecords} or {@code GetRecord}, or an error) that also tells
     * a listener each record's header, the resumption token and an error, so that a harvester can follow the list
     * to its next page. The reports, the notes and the recovery under lenient reading are those of
     * {@link #newReader(InputStream, ReadOptions)}.
     *
     * @param in the response; the reader closes it
     * @param options how to read
     * @param response what is told of the response's headers, resumption token and error
     * @return the reader, positioned before the first record
     * @throws io.github.reportmeta.format.ReportParseException when the response's start is malformed or is an
     *     OAI-PMH error other than {@code noRecordsMatch}
     */
    public ReportReader openResponse(InputStream in, ReadOptions options, OaiResponseListener response) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(response, "response");
        return DcReader.open(in, options, false, response);
    }

    @Override
    protected ReportWriter openWriter(OutputStream out, WriteOptions options) {
        return new DcXmlWriter(out, options, false);
    }
}
