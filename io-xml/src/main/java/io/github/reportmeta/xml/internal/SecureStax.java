package io.github.reportmeta.xml.internal;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.api.WstxOutputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import com.ctc.wstx.stax.WstxOutputFactory;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLResolver;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Woodstox factories configured for untrusted input: no DTD, no external entity, and limits on depth,
 * attributes, text length and element count. The factories are configured once and shared; Woodstox factories
 * are thread-safe once configured.
 */
public final class SecureStax {

    /** The deepest element nesting accepted. */
    public static final int MAX_DEPTH = 64;

    /** The most attributes (namespace declarations included) on one element. */
    public static final int MAX_ATTRIBUTES = 32;

    /** The longest attribute value, in characters. */
    public static final int MAX_ATTRIBUTE_SIZE = 16 * 1024;

    /**
     * The longest XML name (element, attribute, namespace prefix and local name together, processing-instruction
     * target, entity reference), in characters. Woodstox has no such limit and buffers a name whole, so
     * {@link XmlCursor} counts names in the bytes before the parser reads them.
     */
    public static final int MAX_NAME_LENGTH = 1024;

    /** The longest text node, in characters: an abstract of 100,000 code points and markup to spare. */
    public static final int MAX_TEXT_LENGTH = 1_000_000;

    /**
     * The most elements in one document. Large enough for a catalogue of some ten million reports; the report
     * size limit of {@link io.github.reportmeta.format.ReadOptions} bounds what one report costs.
     */
    public static final long MAX_ELEMENTS = 1_000_000_000L;

    private static final XMLResolver REFUSE = (publicId, systemId, baseUri, namespace) -> {
        throw new XMLStreamException("external entities are not resolved, but the document refers to '"
                + systemId + "'");
    };

    private static final WstxInputFactory INPUT = createInputFactory();
    private static final WstxOutputFactory OUTPUT = createOutputFactory();

    private SecureStax() {}

    private static WstxInputFactory createInputFactory() {
        WstxInputFactory f = new WstxInputFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setProperty(XMLInputFactory.IS_VALIDATING, false);
        f.setProperty(XMLInputFactory.RESOLVER, REFUSE);
        f.setProperty(WstxInputProperties.P_DTD_RESOLVER, REFUSE);
        f.setProperty(WstxInputProperties.P_ENTITY_RESOLVER, REFUSE);
        f.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, MAX_DEPTH);
        f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, MAX_ATTRIBUTES);
        f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, MAX_ATTRIBUTE_SIZE);
        f.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, MAX_TEXT_LENGTH);
        f.setProperty(WstxInputProperties.P_MAX_ELEMENT_COUNT, MAX_ELEMENTS);
        f.setProperty(WstxInputProperties.P_MAX_ENTITY_DEPTH, 2);
        f.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, 100L);
        f.setProperty(WstxInputProperties.P_MAX_DTD_DEPTH, 1);
        return f;
    }

    private static WstxOutputFactory createOutputFactory() {
        WstxOutputFactory f = new WstxOutputFactory();
        f.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, false);
        // A carriage return written raw would be read back as a line feed.
        f.setProperty(WstxOutputProperties.P_OUTPUT_ESCAPE_CR, true);
        f.setProperty(WstxOutputProperties.P_OUTPUT_VALIDATE_STRUCTURE, true);
        f.setProperty(WstxOutputProperties.P_OUTPUT_VALIDATE_CONTENT, true);
        return f;
    }

    /**
     * Opens a hardened reader on raw bytes; the parser detects the encoding itself.
     *
     * @param in the input
     * @param source the input's name, used as its system id in locations
     * @return the reader
     * @throws XMLStreamException if the prolog cannot be read
     */
    public static XMLStreamReader2 reader(InputStream in, String source) throws XMLStreamException {
        return (XMLStreamReader2) INPUT.createXMLStreamReader(source, in);
    }

    /**
     * Opens a UTF-8 writer.
     *
     * @param out the output
     * @return the writer
     * @throws XMLStreamException if the writer cannot be created
     */
    public static XMLStreamWriter writer(OutputStream out) throws XMLStreamException {
        return OUTPUT.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
    }
}
