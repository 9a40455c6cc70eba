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

/**
 * The format {@code dcterms}: qualified Dublin Core with the refinements a report needs ({@code abstract},
 * {@code issued}, {@code isPartOf}, {@code bibliographicCitation}, {@code alternative}, {@code hasVersion},
 * {@code license}, ...) and the encoding schemes {@code dcterms:W3CDTF}, {@code dcterms:URI},
 * {@code dcterms:RFC4646} and {@code dcterms:DCMIType}. A report is a {@code <record>} in
 * {@link #COLLECTION_NAMESPACE} (of type {@code dcterms:elementOrRefinementContainer}); several are a
 * {@code <records>} element holding them.
 */
public final class DctermsFormat extends AbstractReportFormat {

    /** The namespace of the DCMI terms. */
    public static final String DCTERMS = "http://purl.org/dc/terms/";

    /** The namespace of {@code <record>} and {@code <records>}. */
    public static final String COLLECTION_NAMESPACE = "https://reportmeta.github.io/ns/dcterms/1";

    /** Creates the format; {@link java.util.ServiceLoader} calls this. */
    public DctermsFormat() {
        super(FormatDescriptor.readWrite("dcterms",
                "qualified Dublin Core (DCMI terms) with encoding schemes",
                "application/xml", "dcterms.xml"));
    }

    @Override
    public Detection detect(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        return text.contains(COLLECTION_NAMESPACE)
                ? Detection.of(Detection.Strength.LIKELY, "the namespace of reportmeta's dcterms records")
                : Detection.NONE;
    }

    @Override
    protected ReportReader openReader(InputStream in, ReadOptions options) {
        return DcReader.open(in, options, true);
    }

    @Override
    protected ReportWriter openWriter(OutputStream out, WriteOptions options) {
        return new DcXmlWriter(out, options, true);
    }
}
