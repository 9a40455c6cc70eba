package io.github.reportmeta.json;

import io.github.reportmeta.Catalogue;
import io.github.reportmeta.format.FormatRegistry;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The streaming path of the {@code json} and {@code jsonl} formats end to end: found through the registry,
 * written, read back, and a bad input refused. {@link DatabindOptionalTest} runs it in a class loader without
 * jackson-databind, so it uses only java.* types in its result and nothing that needs databind (not {@link Json}).
 */
public final class StreamingProbe {

    private StreamingProbe() {}

    /**
     * Runs both formats through the registry of the probe's own class loader.
     *
     * @return per format: the bytes written, whether they read back equal, and the message of a bad input
     */
    public static Map<String, String> run() {
        FormatRegistry formats = FormatRegistry.load(StreamingProbe.class.getClassLoader());
        Catalogue catalogue = Catalogue.of(FullReport.header(), List.of(FullReport.report()));
        Map<String, String> outcome = new LinkedHashMap<>();
        for (String name : List.of("json", "jsonl")) {
            ReportFormat format = formats.expect(name);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ReportWriter writer = format.newWriter(out, WriteOptions.LOSSLESS)) {
                writer.writeHeader(catalogue.header());
                catalogue.reports().forEach(writer::write);
            }
            byte[] written = out.toByteArray();
            Catalogue back = format.readCatalogue(new ByteArrayInputStream(written), ReadOptions.of("probe." + name));
            outcome.put(name + " written", new String(written, StandardCharsets.UTF_8));
            outcome.put(name + " reads back equal", String.valueOf(back.equals(catalogue)));
            outcome.put(name + " refuses", refusal(format, name));
        }
        return outcome;
    }

    private static String refusal(ReportFormat format, String name) {
        byte[] bad = "{\"id\":\"r\",\"type\":\"book\",\"colour\":1}\n".getBytes(StandardCharsets.UTF_8);
        try {
            format.readCatalogue(new ByteArrayInputStream(bad), ReadOptions.of("bad." + name));
            return "nothing";
        } catch (ReportParseException e) {
            return e.getMessage();
        }
    }
}
