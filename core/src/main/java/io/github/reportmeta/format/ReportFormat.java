package io.github.reportmeta.format;

import io.github.reportmeta.Catalogue;
import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.CatalogueId;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.Report;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A file format of reports, found through {@link java.util.ServiceLoader}: its name, media type and file
 * extensions, what it can do, how to recognise it, and its streaming reader and writer.
 *
 * <p>A third party adds a format by implementing this interface, best by extending
 * {@link io.github.reportmeta.format.spi.AbstractReportFormat} with the readers and writers of
 * {@link io.github.reportmeta.format.spi}, and naming the class in
 * {@code META-INF/services/io.github.reportmeta.format.ReportFormat} (or {@code provides} in its module).
 */
public interface ReportFormat {

    /** The id a catalogue gets when its document has no header. */
    CatalogueId UNNAMED = CatalogueId.of("unnamed");

    /**
     * The short name by which users choose the format, such as {@code json} or {@code oai_dc}.
     *
     * @return the name, unique among formats
     */
    String name();

    /**
     * A sentence that says what the format is, for listings.
     *
     * @return the description
     */
    String description();

    /**
     * The media type of documents in this format, such as {@code application/json}.
     *
     * @return the media type
     */
    String mediaType();

    /**
     * The file extensions of this format without the dot, most usual first, such as {@code [jsonl, ndjson]}.
     *
     * @return the extensions, possibly none
     */
    List<String> extensions();

    /**
     * Whether {@link #newReader} is supported.
     *
     * @return true for a readable format
     */
    boolean canRead();

    /**
     * Whether {@link #newWriter} is supported.
     *
     * @return true for a writable format
     */
    boolean canWrite();

    /**
     * How strongly a document starting with these bytes looks like one of this format's own.
     *
     * @param head the first bytes of the input, up to {@link FormatRegistry#SNIFF_BYTES}
     * @return the match, {@link Detection#NONE} when it is not
     */
    Detection detect(byte[] head);

    /**
     * Opens a streaming reader.
     *
     * @param in the input; the reader closes it
     * @param options how to read
     * @return the reader
     * @throws UnknownFormatException if the format cannot be read
     */
    ReportReader newReader(InputStream in, ReadOptions options);

    /**
     * Opens a streaming writer.
     *
     * @param out the output; the writer closes it
     * @param options how to treat what the format cannot hold
     * @return the writer
     * @throws UnknownFormatException if the format cannot be written
     */
    ReportWriter newWriter(OutputStream out, WriteOptions options);

    /**
     * Reads a whole catalogue into memory; a document without a header gets the id {@link #UNNAMED} and the
     * source name as its title.
     *
     * @param in the input; it is closed
     * @param options how to read
     * @return the catalogue
     */
    default Catalogue readCatalogue(InputStream in, ReadOptions options) {
        try (ReportReader reader = newReader(in, options)) {
            List<Report> reports = new ArrayList<>();
            reader.forEachRemaining(reports::add);
            CatalogueHeader header = reader.header();
            if (header == null) {
                header = CatalogueHeader.of(UNNAMED, LocalizedText.of(options.sourceName()));
            }
            return Catalogue.of(header, reports);
        }
    }

    /**
     * Writes a whole catalogue.
     *
     * @param catalogue the catalogue
     * @param out the output; it is closed
     * @param options how to treat what the format cannot hold
     * @return what the format could not hold
     */
    default ConversionReport writeCatalogue(Catalogue catalogue, OutputStream out, WriteOptions options) {
        ReportWriter writer = newWriter(out, options);
        try {
            writer.writeHeader(catalogue.header());
            catalogue.reports().forEach(writer::write);
        } catch (RuntimeException e) {
            try {
                writer.abort();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        writer.close();
        return writer.conversionReport();
    }
}
