package io.github.reportmeta.registry.datacite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.reportmeta.Report;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.xml.internal.HardenedSchemas;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.xml.sax.SAXException;

/** What the DataCite tests share: writing and reading with notes, and the official schema. */
final class DataCiteTesting {

    static final DataCiteFormat FORMAT = new DataCiteFormat();

    /** The official schema and its examples, beside the checkout in {@code shared/schemas/datacite}. */
    static final Path OFFICIAL = official();

    private static @Nullable Schema schema;

    private DataCiteTesting() {}

    /** A write's bytes and notes. */
    record Written(byte[] bytes, List<ConversionNote> notes) {
        String text() {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** A read's reports, notes and tally of values (unread, kept, noted). */
    record Read(List<Report> reports, List<ConversionNote> notes, long[] tally) {}

    static Written write(WriteOptions options, Report... reports) {
        List<ConversionNote> notes = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReportWriter writer = FORMAT.newWriter(out, options.withListener(notes::add))) {
            for (Report r : reports) {
                writer.write(r);
            }
        }
        return new Written(out.toByteArray(), notes);
    }

    static Written write(Report... reports) {
        return write(WriteOptions.DEFAULT, reports);
    }

    static Read read(byte[] bytes, String source) {
        List<ConversionNote> notes = new ArrayList<>();
        List<Report> reports = new ArrayList<>();
        try (ReportReader reader = FORMAT.newReader(new ByteArrayInputStream(bytes),
                ReadOptions.of(source).withListener(notes::add))) {
            reader.forEachRemaining(reports::add);
            return new Read(reports, notes, ((DataCiteReader) reader).tally());
        }
    }

    static Path official() {
        Path relative = Path.of("shared", "schemas", "datacite");
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(relative).resolve("metadata.xsd"))) {
                return dir.resolve(relative);
            }
        }
        return Path.of("..", "..").resolve(relative);
    }

    /**
     * The official DataCite 4.6 schema; the calling test is skipped when it is missing, and fails when CI=true.
     *
     * @return the compiled schema
     */
    static synchronized Schema schema() {
        if (schema == null) {
            boolean present = Files.isRegularFile(OFFICIAL.resolve("metadata.xsd"));
            if ("true".equals(System.getenv("CI"))) {
                assertThat(present).as("CI=true, but the DataCite schema is missing from %s",
                        OFFICIAL.toAbsolutePath().normalize()).isTrue();
            }
            assumeTrue(present, "the DataCite schema is not beside the checkout at " + OFFICIAL.toAbsolutePath());
            Map<String, URL> table = new HashMap<>();
            try (var files = Files.list(OFFICIAL.resolve("include"))) {
                for (Path p : files.toList()) {
                    table.put(p.getFileName().toString(), url(p));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            schema = HardenedSchemas.load(url(OFFICIAL.resolve("metadata.xsd")), table);
        }
        return schema;
    }

    /**
     * The schema's complaint about a document, or {@code null} when it is valid.
     *
     * @param document a single-record document
     * @return the first error, or {@code null}
     */
    static @Nullable String schemaError(byte[] document) {
        Validator v = HardenedSchemas.validator(schema());
        try {
            v.validate(new StreamSource(new ByteArrayInputStream(document)));
            return null;
        } catch (SAXException e) {
            return e.getMessage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static URL url(Path p) {
        try {
            return p.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The components named by the loss notes: {@code /authors} gives {@code authors}. */
    static List<String> lostComponents(List<ConversionNote> notes) {
        return notes.stream().filter(n -> n.kind() == ConversionNote.Kind.LOSS)
                .map(n -> n.pointer().split("/", 3)[1]).distinct().toList();
    }
}
