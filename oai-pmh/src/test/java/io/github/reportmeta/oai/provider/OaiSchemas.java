package io.github.reportmeta.oai.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.reportmeta.xml.XmlFormat;
import io.github.reportmeta.xml.internal.HardenedSchemas;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import org.xml.sax.SAXException;

/**
 * The official OAI-PMH 2.0 schema and the schemas of the payloads, from {@code shared/schemas/oai-pmh/} beside
 * the checkout (the nearest ancestor folder that has it). Missing schemas skip the tests that need them, except
 * in CI ({@code CI=true}), where they fail.
 */
final class OaiSchemas {

    static final Path PUBLISHED = published();

    private static Schema schema;

    private OaiSchemas() {}

    static synchronized Schema schema() {
        if (schema == null) {
            boolean present = Files.isRegularFile(PUBLISHED.resolve("OAI-PMH.xsd"))
                    && Files.isRegularFile(PUBLISHED.resolve("oai_dc.xsd"));
            if ("true".equals(System.getenv("CI"))) {
                assertThat(present).as("CI=true, but the OAI-PMH schemas are missing from %s",
                        PUBLISHED.toAbsolutePath().normalize()).isTrue();
            }
            assumeTrue(present, "the OAI-PMH schemas are not beside the checkout at " + PUBLISHED.toAbsolutePath());
            schema = load();
        }
        return schema;
    }

    private static Schema load() {
        try {
            Map<String, URL> table = new HashMap<>();
            try (var files = Files.list(PUBLISHED)) {
                for (Path p : files.filter(Files::isRegularFile).toList()) {
                    table.put(p.getFileName().toString(), url(p));
                }
            }
            Path ours = Files.createTempFile("reportmeta-1.0", ".xsd");
            ours.toFile().deleteOnExit();
            try (InputStream in = XmlFormat.openSchema()) {
                Files.copy(in, ours, StandardCopyOption.REPLACE_EXISTING);
            }
            table.put("reportmeta-1.0.xsd", url(ours));
            return HardenedSchemas.load(OaiSchemas.class.getResource("/schemas/oai-pmh-responses.xsd"), table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validates a response, failing with the schema's message and the document. */
    static void assertValid(byte[] response) {
        try {
            HardenedSchemas.validator(schema()).validate(new StreamSource(new ByteArrayInputStream(response)));
        } catch (SAXException e) {
            throw new AssertionError("the response does not validate: " + e.getMessage() + "\n"
                    + new String(response, StandardCharsets.UTF_8), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path published() {
        Path relative = Path.of("shared", "schemas", "oai-pmh");
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        return Path.of("..", "..").resolve(relative);
    }

    private static URL url(Path p) {
        try {
            return p.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
