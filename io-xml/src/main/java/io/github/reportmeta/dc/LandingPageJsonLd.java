package io.github.reportmeta.dc;

import io.github.reportmeta.Report;
import io.github.reportmeta.format.FormatRegistry;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The schema.org JSON-LD of a landing page, from the {@code schema-org} format when it is on the path
 * ({@code reportmeta-io-registry}, found through {@link FormatRegistry} at run time, since io-xml cannot depend on
 * it), as the text of a {@code <script type="application/ld+json">} element that no value can end.
 */
final class LandingPageJsonLd {

    /** The name of the format that writes the JSON-LD. */
    static final String FORMAT = "schema-org";

    private final ReportFormat format;

    private LandingPageJsonLd(ReportFormat format) {
        this.format = format;
    }

    /** The JSON-LD writer, when the {@code schema-org} format is on the path; looked up once. */
    static Optional<LandingPageJsonLd> find() {
        return Holder.FOUND;
    }

    private static final class Holder {
        static final Optional<LandingPageJsonLd> FOUND =
                FormatRegistry.load().find(FORMAT).filter(ReportFormat::canWrite).map(LandingPageJsonLd::new);
    }

    /**
     * The report's JSON-LD, escaped for a script element.
     *
     * @param r the report
     * @return the script's text, ending with a line end
     */
    String script(Report r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReportWriter writer = format.newWriter(out, WriteOptions.DEFAULT)) {
            writer.write(r);
        }
        return scriptSafe(out.toString(StandardCharsets.UTF_8));
    }

    /**
     * JSON with every {@code <}, {@code >} and {@code &}, and U+2028 and U+2029, written as a JSON escape: the same
     * JSON value, in which no {@code </script>} or {@code <!--} can appear. Those characters can only stand inside
     * JSON strings, where the escape means the same character.
     *
     * @param json a JSON text
     * @return the same JSON, safe inside {@code <script>}
     */
    static String scriptSafe(String json) {
        StringBuilder b = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> b.append("\\u003c");
                case '>' -> b.append("\\u003e");
                case '&' -> b.append("\\u0026");
                case '\u2028' -> b.append("\\u2028");
                case '\u2029' -> b.append("\\u2029");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
