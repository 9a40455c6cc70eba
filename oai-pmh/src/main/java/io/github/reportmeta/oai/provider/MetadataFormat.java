package io.github.reportmeta.oai.provider;

import io.github.reportmeta.Report;
import io.github.reportmeta.dc.OaiDcFormat;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.xml.XmlFormat;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Optional;

/** The metadata formats the provider disseminates, each backed by one of reportmeta's XML formats. */
enum MetadataFormat {
    /** Simple Dublin Core, which every OAI-PMH repository must serve; lossy, as documented for {@code oai_dc}. */
    OAI_DC("oai_dc", "http://www.openarchives.org/OAI/2.0/oai_dc.xsd", OaiDcFormat.OAI_DC, new OaiDcFormat()),
    /** reportmeta's canonical XML: every field of the model. */
    XML("xml", OaiProvider.XML_SCHEMA_LOCATION, XmlFormat.NAMESPACE, new XmlFormat());

    private final String prefix;
    private final String schema;
    private final String namespace;
    private final ReportFormat format;

    MetadataFormat(String prefix, String schema, String namespace, ReportFormat format) {
        this.prefix = prefix;
        this.schema = schema;
        this.namespace = namespace;
        this.format = format;
    }

    String prefix() {
        return prefix;
    }

    String schema() {
        return schema;
    }

    String namespace() {
        return namespace;
    }

    /** The format with a metadata prefix, if the provider serves it. */
    static Optional<MetadataFormat> ofPrefix(String prefix) {
        for (MetadataFormat f : values()) {
            if (f.prefix.equals(prefix)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Writes one report as a document of its own: the record's metadata, with its own namespace declarations. */
    byte[] render(Report report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        ReportWriter writer = format.newWriter(bytes, WriteOptions.DEFAULT);
        writer.write(report);
        writer.close();
        return bytes.toByteArray();
    }

    /** Opens a writer of the whole format over an output; used to check at load that every report can be served. */
    ReportWriter writer(OutputStream out) {
        return format.newWriter(out, WriteOptions.DEFAULT);
    }
}
