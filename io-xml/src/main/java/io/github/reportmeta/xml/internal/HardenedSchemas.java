package io.github.reportmeta.xml.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;

/**
 * XML Schema loading and validation that never touch the network: secure processing on, no external DTD, and
 * every imported schema supplied by a resolver from a fixed table; a reference outside the table fails.
 */
public final class HardenedSchemas {

    private HardenedSchemas() {}

    /**
     * Loads a schema whose imports and includes are all in a table.
     *
     * @param main the schema document to load
     * @param imports the documents that imports may name, by the last segment of their schema location
     * @return the compiled schema
     * @throws IllegalArgumentException if the schema is invalid or names a document outside the table
     */
    public static Schema load(URL main, Map<String, URL> imports) {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            // Imports arrive through the resolver as streams; the protocols here only admit what it returns.
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            throw new IllegalStateException("the XML Schema factory cannot be hardened: " + e.getMessage(), e);
        }
        factory.setResourceResolver(new TableResolver(imports));
        try (InputStream in = main.openStream()) {
            return factory.newSchema(new StreamSource(in, main.toExternalForm()));
        } catch (SAXException e) {
            throw new IllegalArgumentException("cannot load the schema " + main + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A validator of a schema that resolves no DTD and no external entity in the documents it checks.
     *
     * @param schema the schema
     * @return a new validator (validators are not thread-safe)
     */
    public static Validator validator(Schema schema) {
        Validator v = schema.newValidator();
        try {
            v.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            throw new IllegalStateException("the validator cannot be hardened: " + e.getMessage(), e);
        }
        v.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
            throw new IllegalArgumentException("the validated document may not refer to '" + systemId + "'");
        });
        return v;
    }

    private record TableResolver(Map<String, URL> table) implements LSResourceResolver {

        @Override
        public @Nullable LSInput resolveResource(
                String type, String namespace, String publicId, @Nullable String systemId, String baseUri) {
            if (systemId == null) {
                // An import without a schemaLocation (JATS imports xlink and MathML so) names no document: the
                // namespace's components come from another import, and nothing is loaded for this one.
                return null;
            }
            String name = systemId.substring(systemId.lastIndexOf('/') + 1);
            URL url = table.get(name);
            if (url == null) {
                throw new IllegalArgumentException("schema reference '" + systemId + "' (namespace " + namespace
                        + ") is not one of the bundled schemas " + table.keySet());
            }
            return new Input(url, publicId);
        }
    }

    private static final class Input implements LSInput {
        private final URL url;
        private final String publicId;

        Input(URL url, String publicId) {
            this.url = url;
            this.publicId = publicId;
        }

        @Override
        public InputStream getByteStream() {
            try {
                return url.openStream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String getSystemId() {
            return url.toExternalForm();
        }

        @Override
        public String getPublicId() {
            return publicId;
        }

        @Override
        public java.io.Reader getCharacterStream() {
            return null;
        }

        @Override
        public void setCharacterStream(java.io.Reader characterStream) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setByteStream(InputStream byteStream) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getStringData() {
            return null;
        }

        @Override
        public void setStringData(String stringData) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setSystemId(String systemId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setPublicId(String publicId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getBaseURI() {
            return url.toExternalForm();
        }

        @Override
        public void setBaseURI(String baseURI) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getEncoding() {
            return null;
        }

        @Override
        public void setEncoding(String encoding) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCertifiedText(boolean certifiedText) {
            throw new UnsupportedOperationException();
        }
    }

}
