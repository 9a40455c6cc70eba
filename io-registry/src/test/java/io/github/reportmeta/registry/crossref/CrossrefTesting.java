package io.github.reportmeta.registry.crossref;

import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.Doi;
import io.github.reportmeta.Report;
import io.github.reportmeta.Url;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the crossref tests share: settings that make the output reproducible, and reports made registrable. */
final class CrossrefTesting {

    static final WriteOptions SETTINGS = WriteOptions.DEFAULT
            .with(CrossrefFormat.DEPOSITOR_NAME, "Development Research Center")
            .with(CrossrefFormat.DEPOSITOR_EMAIL, "deposits@drc.example.org")
            .with(CrossrefFormat.REGISTRANT, "Development Research Center of the State Council")
            .with(CrossrefFormat.TIMESTAMP, "20181210093000000");

    private CrossrefTesting() {}

    /** A report with a DOI and a landing page, which a deposit requires, added when it has none. */
    static Report registrable(Report r) {
        Report.Builder b = r.toBuilder();
        if (r.identifier(io.github.reportmeta.IdentifierScheme.DOI).isEmpty()) {
            b.identifier(Doi.parse("10.5555/" + r.id().value()));
        }
        if (r.landingPage() == null) {
            b.landingPage(Url.parse("https://reports.example.org/" + r.id().value()));
        }
        return b.build();
    }

    record Written(byte[] bytes, List<ConversionNote> notes) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    static Written write(@Nullable CatalogueHeader header, List<Report> reports) {
        return write(header, reports, SETTINGS);
    }

    static Written write(@Nullable CatalogueHeader header, List<Report> reports, WriteOptions options) {
        List<ConversionNote> notes = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReportWriter writer = new CrossrefFormat().newWriter(out, options.withListener(notes::add))) {
            if (header != null) {
                writer.writeHeader(header);
            }
            reports.forEach(writer::write);
        }
        return new Written(out.toByteArray(), notes);
    }
}
