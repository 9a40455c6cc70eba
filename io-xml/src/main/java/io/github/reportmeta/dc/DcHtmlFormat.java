package io.github.reportmeta.dc;

import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.format.spi.AbstractReportFormat;
import io.github.reportmeta.format.spi.FormatDescriptor;
import java.io.OutputStream;

/**
 * The format {@code dc-html}, write only: the {@code <head>} fragment of a report's landing page, with DC-HTML
 * ({@code <link rel="schema.DC">}, {@code <meta name="DC.title">}) and the Highwire Press {@code citation_*} tags
 * that scholarly search engines read, and, when {@code reportmeta-io-registry} is on the path, the report's
 * schema.org JSON-LD (the {@code schema-org} format, found at run time) in a {@code <script type="application/ld+json">}.
 * Several reports give one fragment each, separated by a blank line.
 */
public final class DcHtmlFormat extends AbstractReportFormat {

    /** Creates the format; {@link java.util.ServiceLoader} calls this. */
    public DcHtmlFormat() {
        super(FormatDescriptor.writeOnly("dc-html",
                "DC-HTML and Highwire citation_* <meta> tags for a landing page's <head> (write only)",
                "text/html", "head.html"));
    }

    @Override
    protected ReportWriter openWriter(OutputStream out, WriteOptions options) {
        return new DcHtmlWriter(out, options, LandingPageJsonLd.find());
    }
}
