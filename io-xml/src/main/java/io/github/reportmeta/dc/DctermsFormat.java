package io.github.reportmeta.dc;

import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The format {@code dcterms}: qualified Dublin Core with the refinements a report needs ({@code abstract},
 * {@code issued}, {@code isPartOf}, {@code bibliographicCitation}, {@code alternative}, {@code hasVersion},
 * {@code license}, ...) and the encoding schemes {@code dcterms:W3CDTF}, {@code dcterms:URI},
 * {@code dcterms:RFC4646} and {@code dcterms:DCMIType}. A report is a {@code <record>} in
 * {@link #COLLECTION_NAMESPACE} (of type {@code dcterms:elementOrRefinementContainer}); several are a
 * {@code <records>} element holding them.
 */
public final class DctermsFormat implements ReportFormat {

    /** The namespace of the DCMI terms. */
    public static final String DCTERMS = "http://purl.org/dc/terms/";

    /** The namespace of {@code <record>} and {@code <records>}. */
    public static final String COLLECTION_NAMESPACE = "https://reportmeta.github.io/ns/dcterms/1";

    /** Creates the format; {@link java.util.ServiceLoader} calls this. */
    public DctermsFormat() {}

    @Override
    public String name() {
        return "dcterms";
    }

    @Override
    public String description() {
        return "qualified Dublin Core (DCMI terms) with encoding schemes";
    }

    @Override
    public String mediaType() {
        return "application/xml";
    }

    @Override
    public List<String> extensions() {
        return List.of("dcterms.xml");
    }

    @Override
    public boolean canRead() {
        return true;
    }

    @Override
    public boolean canWrite() {
        return true;
    }

    @Override
    public int sniff(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        return text.contains(COLLECTION_NAMESPACE) ? 90 : 0;
    }

    @Override
    public ReportReader newReader(InputStream in, ReadOptions options) {
        return new DcReader(Objects.requireNonNull(in, "in"), Objects.requireNonNull(options, "options"), true);
    }

    @Override
    public ReportWriter newWriter(OutputStream out, WriteOptions options) {
        return new DcXmlWriter(out, options, true);
    }
}
