package io.github.reportmeta.dc;

import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.Identifier;
import io.github.reportmeta.Keyword;
import io.github.reportmeta.Organization;
import io.github.reportmeta.Report;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ConversionReport;
import io.github.reportmeta.format.LossyConversionException;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.UnknownFormatException;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.xml.internal.DocumentWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The format {@code dc-html}, write only: the {@code <head>} fragment of a report's landing page, with DC-HTML
 * ({@code <link rel="schema.DC">}, {@code <meta name="DC.title">}) and the Highwire Press {@code citation_*} tags
 * that scholarly search engines read. Several reports give one fragment each, separated by a blank line.
 */
public final class DcHtmlFormat implements ReportFormat {

    /** Creates the format; {@link java.util.ServiceLoader} calls this. */
    public DcHtmlFormat() {}

    @Override
    public String name() {
        return "dc-html";
    }

    @Override
    public String description() {
        return "DC-HTML and Highwire citation_* <meta> tags for a landing page's <head> (write only)";
    }

    @Override
    public String mediaType() {
        return "text/html";
    }

    @Override
    public List<String> extensions() {
        return List.of("head.html");
    }

    @Override
    public boolean canRead() {
        return false;
    }

    @Override
    public boolean canWrite() {
        return true;
    }

    @Override
    public int sniff(byte[] head) {
        return 0;
    }

    @Override
    public ReportReader newReader(InputStream in, ReadOptions options) {
        throw new UnknownFormatException("the format dc-html can be written, not read");
    }

    @Override
    public ReportWriter newWriter(OutputStream out, WriteOptions options) {
        return new HeadWriter(out, options);
    }

    /** Escapes text for a double-quoted HTML attribute, keeping line ends and tabs as character references. */
    static String attribute(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\r' -> b.append("&#13;");
                case '\n' -> b.append("&#10;");
                case '\t' -> b.append("&#9;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static final class HeadWriter implements ReportWriter {
        private final Writer out;
        private final WriteOptions options;
        private final DcMapping mapping = new DcMapping(true);
        private final ConversionReport.Builder notes;
        private boolean started;
        private boolean closed;

        HeadWriter(OutputStream out, WriteOptions options) {
            this.out = new BufferedWriter(new OutputStreamWriter(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8));
            this.options = Objects.requireNonNull(options, "options");
            this.notes = ConversionReport.builder(options);
        }

        @Override
        public void writeHeader(CatalogueHeader header) {
            if (started) {
                throw new IllegalStateException("the header must be written before the first report");
            }
            loss(new ConversionNote(ConversionNote.Kind.LOSS, null, "/", "dc-html describes one page per report "
                    + "and has no catalogue header", null));
        }

        @Override
        public void write(Report r) {
            if (closed) {
                throw new IllegalStateException("the writer is closed");
            }
            List<DcStatement> statements = mapping.statements(r);
            List<String[]> tags = new ArrayList<>();
            for (DcStatement s : statements) {
                String name = (s.qualified() ? "DCTERMS." : "DC.") + s.term();
                String scheme = s.scheme() == null ? null : "DCTERMS." + s.scheme();
                tags.add(new String[] {name, s.value(), s.language(), scheme});
            }
            if (r.mainTitle() != null) {
                tags.add(meta("citation_title", r.mainTitle().text()));
            }
            r.authors().stream().filter(a -> a.role() == io.github.reportmeta.Role.AUTHOR)
                    .forEach(a -> tags.add(meta("citation_author", DcMapping.agentName(a.agent()))));
            if (r.issued() != null) {
                tags.add(meta("citation_publication_date", r.issued().toString().replace('-', '/')));
            }
            if (r.number() != null) {
                tags.add(meta("citation_technical_report_number", r.number().number()));
                tags.add(meta("citation_series_title", r.number().series()));
            }
            Organization institution = r.publisher();
            if (institution != null) {
                tags.add(meta("citation_technical_report_institution", DcMapping.organizationName(institution)));
            }
            if (!r.keywords().isEmpty()) {
                tags.add(meta("citation_keywords",
                        r.keywords().stream().map(Keyword::term).collect(Collectors.joining("; "))));
            }
            if (r.language() != null) {
                tags.add(meta("citation_language", r.language().value()));
            }
            if (!r.abstracts().isEmpty()) {
                tags.add(meta("citation_abstract", r.abstracts().get(0).text()));
            }
            for (Identifier i : r.identifiers()) {
                switch (i.scheme()) {
                    case DOI -> tags.add(meta("citation_doi", i.value()));
                    case ISBN -> tags.add(meta("citation_isbn", i.value()));
                    case ISSN -> tags.add(meta("citation_issn", i.value()));
                    default -> { }
                }
            }
            if (r.landingPage() != null) {
                tags.add(meta("citation_abstract_html_url", r.landingPage().value()));
            }
            for (String[] t : tags) {
                DocumentWriter.check(r.id(), t[0], t[1]);
            }
            for (String pointer : mapping.lostFields(r, statements)) {
                loss(ConversionNote.loss(r.id(), pointer, mapping.reason(pointer).replace("dcterms", "dc-html")));
            }
            StringBuilder b = new StringBuilder();
            if (started) {
                b.append('\n');
            }
            b.append("<link rel=\"schema.DC\" href=\"http://purl.org/dc/elements/1.1/\">\n");
            b.append("<link rel=\"schema.DCTERMS\" href=\"http://purl.org/dc/terms/\">\n");
            for (String[] t : tags) {
                b.append("<meta name=\"").append(t[0]).append('"');
                if (t[3] != null) {
                    b.append(" scheme=\"").append(attribute(t[3])).append('"');
                }
                if (t[2] != null) {
                    b.append(" lang=\"").append(attribute(t[2])).append('"');
                }
                b.append(" content=\"").append(attribute(t[1])).append("\">\n");
            }
            try {
                out.write(b.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            started = true;
        }

        private static String[] meta(String name, String content) {
            return new String[] {name, content, null, null};
        }

        private void loss(ConversionNote note) {
            notes.add(note);
        }

        @Override
        public ConversionReport conversionReport() {
            return notes.build();
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
