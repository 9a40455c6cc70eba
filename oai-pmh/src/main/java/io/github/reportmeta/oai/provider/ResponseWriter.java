package io.github.reportmeta.oai.provider;

import io.github.reportmeta.xml.internal.SecureStax;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/** Writes one OAI-PMH response document: the envelope, elements in the OAI namespace, and records' metadata. */
final class ResponseWriter {

    static final String OAI = "http://www.openarchives.org/OAI/2.0/";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final String SCHEMA_LOCATION = OAI + " http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd";

    private final XMLStreamWriter xml;

    ResponseWriter(OutputStream out) throws XMLStreamException {
        this.xml = SecureStax.writer(out);
    }

    /** Writes the declaration, the root, {@code responseDate} and {@code request}. */
    void start(Instant now, String baseUrl, Map<String, String> attributes) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("", "OAI-PMH", OAI);
        xml.writeDefaultNamespace(OAI);
        xml.writeNamespace("xsi", XSI);
        xml.writeAttribute("xsi", XSI, "schemaLocation", SCHEMA_LOCATION);
        xml.writeCharacters("\n");
        leaf("responseDate", now.truncatedTo(ChronoUnit.SECONDS).toString());
        xml.writeStartElement(OAI, "request");
        for (Map.Entry<String, String> a : attributes.entrySet()) {
            xml.writeAttribute(a.getKey(), a.getValue());
        }
        xml.writeCharacters(baseUrl);
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    void error(OaiError error, String message) throws XMLStreamException {
        xml.writeStartElement(OAI, "error");
        xml.writeAttribute("code", error.code());
        xml.writeCharacters(message);
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    void open(String name) throws XMLStreamException {
        xml.writeStartElement(OAI, name);
    }

    void close() throws XMLStreamException {
        xml.writeEndElement();
    }

    void leaf(String name, String text) throws XMLStreamException {
        xml.writeStartElement(OAI, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    void header(Repository.Item item) throws XMLStreamException {
        open("header");
        leaf("identifier", item.identifier());
        leaf("datestamp", item.datestamp().toString());
        if (item.setSpec() != null) {
            leaf("setSpec", item.setSpec());
        }
        close();
    }

    /** The {@code resumptionToken} element; an empty token ends a list that was resumed. */
    void resumptionToken(String token, int completeListSize, int cursor) throws XMLStreamException {
        xml.writeStartElement(OAI, "resumptionToken");
        xml.writeAttribute("completeListSize", Integer.toString(completeListSize));
        xml.writeAttribute("cursor", Integer.toString(cursor));
        xml.writeCharacters(token);
        xml.writeEndElement();
    }

    /** Writes an element of another namespace, declaring it as the default namespace. */
    void foreign(String namespace, String name) throws XMLStreamException {
        xml.writeStartElement("", name, namespace);
        xml.writeDefaultNamespace(namespace);
    }

    void foreignLeaf(String namespace, String name, String text) throws XMLStreamException {
        xml.writeStartElement(namespace, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    void schemaLocation(String value) throws XMLStreamException {
        xml.writeAttribute("xsi", XSI, "schemaLocation", value);
    }

    /** Copies a document's root element and everything in it, with its namespace declarations. */
    void copy(byte[] document) throws XMLStreamException {
        XMLStreamReader in = SecureStax.reader(new ByteArrayInputStream(document), "record");
        try {
            int depth = 0;
            while (in.hasNext()) {
                switch (in.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        startElement(in);
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        depth--;
                        xml.writeEndElement();
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (depth > 0) {
                            xml.writeCharacters(in.getText());
                        }
                    }
                    default -> {
                        // The declaration, comments and processing instructions are not part of the record.
                    }
                }
            }
        } finally {
            in.close();
        }
    }

    private void startElement(XMLStreamReader in) throws XMLStreamException {
        String prefix = in.getPrefix();
        String ns = in.getNamespaceURI();
        xml.writeStartElement(prefix == null ? "" : prefix, in.getLocalName(), ns == null ? "" : ns);
        for (int i = 0; i < in.getNamespaceCount(); i++) {
            String p = in.getNamespacePrefix(i);
            if (p == null || p.isEmpty()) {
                xml.writeDefaultNamespace(in.getNamespaceURI(i));
            } else {
                xml.writeNamespace(p, in.getNamespaceURI(i));
            }
        }
        for (int i = 0; i < in.getAttributeCount(); i++) {
            String ans = in.getAttributeNamespace(i);
            if (ans == null || ans.isEmpty()) {
                xml.writeAttribute(in.getAttributeLocalName(i), in.getAttributeValue(i));
            } else {
                xml.writeAttribute(in.getAttributePrefix(i), ans, in.getAttributeLocalName(i), in.getAttributeValue(i));
            }
        }
    }

    void newline() throws XMLStreamException {
        xml.writeCharacters("\n");
    }

    /** Ends the root and the document and flushes. */
    void end() throws XMLStreamException {
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }
}
