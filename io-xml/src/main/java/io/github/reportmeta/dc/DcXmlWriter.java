package io.github.reportmeta.dc;

import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.Report;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.internal.XmlChars;
import io.github.reportmeta.xml.internal.DocumentWriter;
import io.github.reportmeta.xml.internal.SecureStax;
import io.github.reportmeta.xml.internal.XmlCursor;
import io.github.reportmeta.xml.internal.XmlReadBackCheck;
import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.jspecify.annotations.Nullable;

/** Writes {@code oai_dc} records or qualified DC records, one per report, in a collection when there are several. */
final class DcXmlWriter extends DocumentWriter<DcXmlWriter.Prepared> {

    record Prepared(Report report, List<DcStatement> statements) {}

    private final DcMapping mapping;
    private final boolean qualified;

    DcXmlWriter(OutputStream out, WriteOptions options, boolean qualified) {
        super(out, options);
        this.qualified = qualified;
        this.mapping = new DcMapping(qualified);
    }

    @Override
    protected Prepared prepare(Report report) {
        List<DcStatement> statements = mapping.statements(report);
        long chars = 0;
        for (DcStatement s : statements) {
            String v = s.value();
            if (v.length() > SecureStax.MAX_TEXT_LENGTH || XmlChars.firstIllegal(v) >= 0) {
                // Refused: checked again by name, for the message.
                XmlReadBackCheck.derived(report, s.qname(), v, true);
            }
            chars += v.length();
        }
        if (!XmlReadBackCheck.withinSize(chars * XmlReadBackCheck.MOST_BYTES_PER_CHAR, statements.size())) {
            // Near the limit: the bytes are counted as the check counts them.
            long bytes = 0;
            for (DcStatement s : statements) {
                bytes += XmlReadBackCheck.derived(report, s.qname(), s.value(), true);
            }
            XmlReadBackCheck.size(report.id(), bytes, statements.size());
        }
        for (String pointer : mapping.lostFields(report, statements)) {
            note(ConversionNote.loss(report.id(), pointer, mapping.reason(pointer)));
        }
        return new Prepared(report, statements);
    }

    /** The checks and the mapping read only the report and constants, so they may run ahead on other threads. */
    @Override
    protected boolean preparesConcurrently() {
        return true;
    }

    @Override
    protected void prepareHeader(CatalogueHeader header) {
        super.prepareHeader(header);
        String name = qualified ? "dcterms" : "oai_dc";
        noteHeaderNotKept(header, name + " records have no catalogue header");
    }

    @Override
    protected void startDocument(@Nullable CatalogueHeader header) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        String ns = qualified ? DctermsFormat.COLLECTION_NAMESPACE : OaiDcFormat.COLLECTION_NAMESPACE;
        xml.writeStartElement("", "records", ns);
        xml.writeDefaultNamespace(ns);
        declareNamespaces();
        xml.writeCharacters("\n");
    }

    @Override
    protected void writeReport(Prepared report) throws XMLStreamException {
        record(report, false);
        xml.writeCharacters("\n");
    }

    @Override
    protected void endDocument() throws XMLStreamException {
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
    }

    @Override
    protected void writeSingleReport(Prepared report) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        record(report, true);
        xml.writeCharacters("\n");
        xml.writeEndDocument();
    }

    private void declareNamespaces() throws XMLStreamException {
        if (!qualified) {
            xml.writeNamespace("oai_dc", OaiDcFormat.OAI_DC);
        }
        xml.writeNamespace("dc", OaiDcFormat.DC);
        if (qualified) {
            xml.writeNamespace("dcterms", DctermsFormat.DCTERMS);
        }
        xml.writeNamespace("xsi", XmlCursor.XSI);
    }

    private void record(Prepared p, boolean root) throws XMLStreamException {
        if (qualified) {
            xml.writeStartElement("", "record", DctermsFormat.COLLECTION_NAMESPACE);
            if (root) {
                xml.writeDefaultNamespace(DctermsFormat.COLLECTION_NAMESPACE);
                declareNamespaces();
            }
        } else {
            xml.writeStartElement("oai_dc", "dc", OaiDcFormat.OAI_DC);
            if (root) {
                declareNamespaces();
            }
            xml.writeAttribute("xsi", XmlCursor.XSI, "schemaLocation", OaiDcFormat.SCHEMA_LOCATION);
        }
        for (DcStatement s : p.statements()) {
            xml.writeCharacters("\n  ");
            if (s.qualified()) {
                xml.writeStartElement("dcterms", s.term(), DctermsFormat.DCTERMS);
            } else {
                xml.writeStartElement("dc", s.term(), OaiDcFormat.DC);
            }
            if (s.scheme() != null) {
                xml.writeAttribute("xsi", XmlCursor.XSI, "type", "dcterms:" + s.scheme());
            }
            if (s.language() != null) {
                xml.writeAttribute("xml", XmlCursor.XML, "lang", s.language());
            }
            xml.writeCharacters(s.value());
            xml.writeEndElement();
        }
        xml.writeCharacters("\n");
        xml.writeEndElement();
    }
}
