package io.github.reportmeta.registry.crossref;

import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.Report;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.xml.internal.DocumentWriter;
import io.github.reportmeta.xml.internal.XmlCursor;
import java.io.OutputStream;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import org.jspecify.annotations.Nullable;

/** Writes a {@code doi_batch}: the head from the settings, then one {@code report-paper} per report. */
final class CrossrefWriter extends DocumentWriter<Node> {

    private final CrossrefHead head;

    CrossrefWriter(OutputStream out, WriteOptions options, CrossrefHead head) {
        super(out, options);
        this.head = head;
    }

    @Override
    protected Node prepare(Report report) {
        CrossrefMapping.Mapped mapped = CrossrefMapping.map(report);
        mapped.losses().forEach(this::note);
        return mapped.reportPaper();
    }

    @Override
    protected void prepareHeader(CatalogueHeader header) {
        super.prepareHeader(header);
        noteHeaderNotKept(header, "a Crossref deposit has no catalogue header");
    }

    @Override
    protected void startDocument(@Nullable CatalogueHeader header) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("", "doi_batch", CrossrefFormat.NAMESPACE);
        xml.writeDefaultNamespace(CrossrefFormat.NAMESPACE);
        xml.writeNamespace("jats", CrossrefFormat.JATS);
        xml.writeNamespace("xsi", XmlCursor.XSI);
        xml.writeAttribute("version", "5.3.1");
        xml.writeAttribute("xsi", XmlCursor.XSI, "schemaLocation", CrossrefFormat.SCHEMA_LOCATION);
        Node h = Node.of("head")
                .add("doi_batch_id", head.batchId())
                .add("timestamp", head.timestamp())
                .add(Node.of("depositor")
                        .add("depositor_name", head.depositorName())
                        .add("email_address", head.depositorEmail()))
                .add("registrant", head.registrant());
        write(h, 1);
        xml.writeCharacters("\n  ");
        xml.writeStartElement("", "body", CrossrefFormat.NAMESPACE);
    }

    @Override
    protected void writeReport(Node reportPaper) throws XMLStreamException {
        write(reportPaper, 2);
    }

    @Override
    protected void endDocument() throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
    }

    @Override
    protected void writeSingleReport(Node reportPaper) throws XMLStreamException {
        startDocument(null);
        writeReport(reportPaper);
        endDocument();
    }

    private void write(Node node, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
        if (node.namespace.equals(CrossrefFormat.JATS)) {
            xml.writeStartElement("jats", node.name, CrossrefFormat.JATS);
        } else {
            xml.writeStartElement("", node.name, CrossrefFormat.NAMESPACE);
        }
        for (Map.Entry<String, String> a : node.attributes.entrySet()) {
            if (a.getKey().startsWith("xml:")) {
                xml.writeAttribute("xml", XMLConstants.XML_NS_URI, a.getKey().substring(4), a.getValue());
            } else {
                xml.writeAttribute(a.getKey(), a.getValue());
            }
        }
        if (node.text != null) {
            xml.writeCharacters(node.text);
        }
        for (Node child : node.children) {
            write(child, depth + 1);
        }
        if (!node.children.isEmpty()) {
            xml.writeCharacters("\n" + "  ".repeat(depth));
        }
        xml.writeEndElement();
    }
}
