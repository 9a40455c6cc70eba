package io.github.reportmeta.citation.bibtex;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * pandoc as a third-party reader in tests: converts BibTeX to CSL-JSON and gives the items as maps. Absent pandoc
 * skips a test, except under {@code CI=true}, where it fails it.
 */
final class Pandoc {

    private Pandoc() {}

    /** The pandoc on the path, or a skipped (locally) or failed (CI) test. */
    static Path require() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "pandoc");
            if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        if ("true".equals(System.getenv("CI"))) {
            fail("pandoc is not on the PATH, and CI=true: .ci/run installs it");
        }
        assumeTrue(false, "pandoc is not on the PATH; skipped outside CI");
        throw new IllegalStateException("unreachable");
    }

    /** The CSL-JSON items pandoc reads from a BibTeX document. */
    static List<Map<String, Object>> cslItems(Path pandoc, String bibtex) {
        try {
            Process p = new ProcessBuilder(pandoc.toString(), "-f", "bibtex", "-t", "csljson")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(bibtex.getBytes(StandardCharsets.UTF_8));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (InputStream o = p.getInputStream()) {
                o.transferTo(out);
            }
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("pandoc took more than 60 seconds");
            }
            if (p.exitValue() != 0) {
                throw new AssertionError("pandoc failed with exit code " + p.exitValue());
            }
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) parse(out.toByteArray());
            return items;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while pandoc ran", e);
        }
    }

    private static @Nullable Object parse(byte[] json) {
        try (JsonParser parser = new JsonFactory().createParser(tools.jackson.core.ObjectReadContext.empty(), json)) {
            parser.nextToken();
            return value(parser);
        }
    }

    private static @Nullable Object value(JsonParser parser) {
        JsonToken t = parser.currentToken();
        switch (t) {
            case START_ARRAY -> {
                List<@Nullable Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(parser));
                }
                return list;
            }
            case START_OBJECT -> {
                Map<String, @Nullable Object> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    map.put(name, value(parser));
                }
                return map;
            }
            case VALUE_NUMBER_INT -> {
                return parser.getLongValue();
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> {
                return parser.getString();
            }
        }
    }
}
