package io.github.reportmeta.xml;

import io.github.reportmeta.Doi;
import io.github.reportmeta.Handle;
import io.github.reportmeta.Identifier;
import io.github.reportmeta.IdentifierScheme;
import io.github.reportmeta.InvalidValueException;
import io.github.reportmeta.Isbn;
import io.github.reportmeta.Issn;
import io.github.reportmeta.LocalIdentifier;
import io.github.reportmeta.NameOrder;
import io.github.reportmeta.Url;
import io.github.reportmeta.Urn;
import io.github.reportmeta.format.Detection;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.format.spi.AbstractReportFormat;
import io.github.reportmeta.format.spi.FormatDescriptor;
import io.github.reportmeta.xml.internal.HardenedSchemas;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import javax.xml.validation.Schema;

/**
 * The canonical XML format {@code xml}: every field of the model, lossless, in the namespace {@link #NAMESPACE}.
 *
 * <p>A document is either {@code <catalogue version="1.0">} (header elements, then {@code <reports>}) or
 * {@code <report version="1.0">}. Element names are the model's record component names, so that the JSON
 * Pointer of a validation violation ({@code /reports/3/authors/0/agent/orcid}) names the element path
 * ({@code reports/report[4]/authors/author[1]/agent/orcid}); list items are named in the singular. The XSD is
 * the resource {@link #SCHEMA_RESOURCE}; every document the writer produces validates against it.
 */
public final class XmlFormat extends AbstractReportFormat {

    /** The namespace of the format, major version 1. */
    public static final String NAMESPACE = "https://reportmeta.github.io/ns/xml/1";

    /** The format version written in the root's {@code version} attribute. */
    public static final String VERSION = "1.0";

    /** The class-path resource of the XSD. */
    public static final String SCHEMA_RESOURCE = "/io/github/reportmeta/xml/reportmeta-1.0.xsd";

    static final String VERSION_MAJOR = "1.";

    private static final byte[] NAMESPACE_BYTES = NAMESPACE.getBytes(StandardCharsets.US_ASCII);

    /** Creates the format; {@link java.util.ServiceLoader} calls this. */
    public XmlFormat() {
        super(FormatDescriptor.readWrite("xml",
                "canonical reportmeta XML: every field, lossless, with an XSD",
                "application/xml", "xml"));
    }

    @Override
    public Detection detect(byte[] head) {
        return contains(head, NAMESPACE_BYTES)
                ? Detection.of(Detection.Strength.CERTAIN, "the reportmeta XML namespace")
                : Detection.NONE;
    }

    @Override
    protected ReportReader openReader(InputStream in, ReadOptions options) {
        return XmlReader.open(in, options);
    }

    @Override
    protected ReportWriter openWriter(OutputStream out, WriteOptions options) {
        return new XmlWriter(out, options);
    }

    /**
     * Opens the shipped XSD; works on the module path too, where another module cannot read the resource.
     *
     * @return the schema's bytes, UTF-8; the caller closes the stream
     */
    public static java.io.InputStream openSchema() {
        return Objects.requireNonNull(XmlFormat.class.getResourceAsStream(SCHEMA_RESOURCE), SCHEMA_RESOURCE);
    }

    /**
     * The format's XSD, compiled by a hardened schema factory; validate with {@link javax.xml.validation.Validator}
     * instances whose external access is switched off.
     *
     * @return the schema
     */
    public static Schema schema() {
        URL xsd = Objects.requireNonNull(XmlFormat.class.getResource(SCHEMA_RESOURCE), SCHEMA_RESOURCE);
        return HardenedSchemas.load(xsd, Map.of());
    }

    /**
     * Whether a byte sequence occurs in another.
     *
     * @param head the bytes to search
     * @param wanted the bytes to find
     * @return true when found
     */
    static boolean contains(byte[] head, byte[] wanted) {
        outer:
        for (int i = 0; i + wanted.length <= head.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (head[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    static String code(NameOrder order) {
        return order == NameOrder.FAMILY_FIRST ? "family-first" : "given-first";
    }

    static NameOrder nameOrder(String code) {
        return switch (code) {
            case "family-first" -> NameOrder.FAMILY_FIRST;
            case "given-first" -> NameOrder.GIVEN_FIRST;
            default -> throw new InvalidValueException("name order must be family-first or given-first", code);
        };
    }

    /** An identifier exactly as written: the constructors, not {@code parse}, which would normalise. */
    static Identifier identifier(IdentifierScheme scheme, String value) {
        return switch (scheme) {
            case DOI -> new Doi(value);
            case ISBN -> new Isbn(value);
            case ISSN -> new Issn(value);
            case HANDLE -> new Handle(value);
            case URN -> new Urn(value);
            case URL -> new Url(value);
            case LOCAL -> new LocalIdentifier(value);
        };
    }
}
