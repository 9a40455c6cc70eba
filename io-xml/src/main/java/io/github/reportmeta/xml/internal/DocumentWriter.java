package io.github.reportmeta.xml.internal;

import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.ReportId;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.format.spi.AbstractReportWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/**
 * What the XML writers add to the SPI's writer: a hardened StAX writer on the output, StAX failures as
 * {@link UncheckedIOException}s, single-report documents, and the check that text is XML 1.0 text.
 *
 * @param <P> a report prepared for writing
 */
public abstract class DocumentWriter<P> extends AbstractReportWriter<P> {

    /** The StAX writer over the output, for subclasses. */
    protected final XMLStreamWriter xml;

    /**
     * Creates the writer.
     *
     * @param out the output, closed by {@link #close()}
     * @param options what to do with losses
     */
    // output() is the superclass's final accessor of a field its constructor has set; javac from 21 on cannot see
    // that across modules and warns of a possible 'this' escape.
    @SuppressWarnings("this-escape")
    protected DocumentWriter(OutputStream out, WriteOptions options) {
        super(out, options);
        try {
            this.xml = SecureStax.writer(output());
        } catch (XMLStreamException e) {
            throw unchecked(e);
        }
    }

    /** A single report without a header is a document of its own. */
    @Override
    protected final boolean writesSingleReportDocuments() {
        return true;
    }

    /** Checks the header's id and titles for characters XML cannot carry. */
    @Override
    protected void prepareHeader(CatalogueHeader header) {
        check(null, "/id", header.id().value());
        for (int i = 0; i < header.titles().size(); i++) {
            check(null, "/titles/" + i + "/text", header.titles().get(i).text());
        }
    }

    @Override
    protected final void finish() throws XMLStreamException {
        xml.flush();
        xml.close();
    }

    @Override
    protected final RuntimeException translate(Exception failure) {
        if (failure instanceof XMLStreamException e) {
            return unchecked(e);
        }
        return super.translate(failure);
    }

    /**
     * Refuses text that XML 1.0 cannot carry, naming the report, the field and the character.
     *
     * @param report the report's id, or {@code null} for the header
     * @param pointer the field's JSON Pointer
     * @param text the text
     * @throws io.github.reportmeta.ReportMetadataException if the text holds a character XML 1.0 forbids
     */
    public static void check(@Nullable ReportId report, String pointer, @Nullable String text) {
        XmlReadBackCheck.text(report, pointer, text);
    }

    private static UncheckedIOException unchecked(XMLStreamException e) {
        Throwable cause = e.getNestedException();
        if (cause instanceof IOException io) {
            return new UncheckedIOException(io);
        }
        return new UncheckedIOException(new IOException("cannot write XML: " + e.getMessage(), e));
    }
}
