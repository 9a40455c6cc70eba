package io.github.reportmeta.dc;

import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.Identifier;
import io.github.reportmeta.Keyword;
import io.github.reportmeta.Organization;
import io.github.reportmeta.Report;
import io.github.reportmeta.Role;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.format.spi.AbstractReportWriter;
import io.github.reportmeta.xml.internal.XmlReadBackCheck;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes {@code dc-html}: per report, the {@code <head>} fragment of its landing page, with the DC-HTML statements
 * of qualified Dublin Core and the Highwire Press {@code citation_*} tags, and, when the {@code schema-org} format
 * is on the path, its JSON-LD in a {@code <script type="application/ld+json">}; fragments are separated by a blank
 * line.
 */
final class DcHtmlWriter extends AbstractReportWriter<DcHtmlWriter.Page> {

    /**
     * A report's fragment, prepared.
     *
     * @param tags the {@code <meta>} tags
     * @param jsonLd the text of the JSON-LD script, or {@code null} without the {@code schema-org} format
     */
    record Page(List<Meta> tags, @Nullable String jsonLd) {}

    /**
     * One {@code <meta>} tag.
     *
     * @param name the {@code name} attribute
     * @param content the {@code content} attribute
     * @param lang the {@code lang} attribute, or {@code null}
     * @param scheme the {@code scheme} attribute, or {@code null}
     */
    record Meta(String name, String content, @Nullable String lang, @Nullable String scheme) {
        static Meta of(String name, String content) {
            return new Meta(name, content, null, null);
        }
    }

    private final Writer out;
    private final DcMapping mapping = new DcMapping(true);
    private final Optional<LandingPageJsonLd> jsonLd;
    private boolean started;

    DcHtmlWriter(OutputStream out, WriteOptions options, Optional<LandingPageJsonLd> jsonLd) {
        super(out, options);
        this.out = new BufferedWriter(new OutputStreamWriter(output(), StandardCharsets.UTF_8));
        this.jsonLd = jsonLd;
    }

    @Override
    protected void prepareHeader(CatalogueHeader header) {
        note(new ConversionNote(ConversionNote.Kind.LOSS, null, "/", "dc-html describes one page per report "
                + "and has no catalogue header", null));
    }

    @Override
    protected Page prepare(Report r) {
        List<DcStatement> statements = mapping.statements(r);
        List<Meta> tags = new ArrayList<>();
        for (DcStatement s : statements) {
            tags.add(new Meta((s.qualified() ? "DCTERMS." : "DC.") + s.term(), s.value(), s.language(),
                    s.scheme() == null ? null : "DCTERMS." + s.scheme()));
        }
        if (r.mainTitle() != null) {
            tags.add(Meta.of("citation_title", r.mainTitle().text()));
        }
        r.authors().stream().filter(a -> a.role() == Role.AUTHOR)
                .forEach(a -> tags.add(Meta.of("citation_author", DcMapping.agentName(a.agent()))));
        if (r.issued() != null) {
            tags.add(Meta.of("citation_publication_date", r.issued().toString().replace('-', '/')));
        }
        if (r.number() != null) {
            tags.add(Meta.of("citation_technical_report_number", r.number().number()));
            tags.add(Meta.of("citation_series_title", r.number().series()));
        }
        Organization institution = r.publisher();
        if (institution != null) {
            tags.add(Meta.of("citation_technical_report_institution", DcMapping.organizationName(institution)));
        }
        if (!r.keywords().isEmpty()) {
            tags.add(Meta.of("citation_keywords", r.keywords().stream().map(Keyword::term).collect(Collectors.joining("; "))));
        }
        if (r.language() != null) {
            tags.add(Meta.of("citation_language", r.language().value()));
        }
        if (!r.abstracts().isEmpty()) {
            tags.add(Meta.of("citation_abstract", r.abstracts().get(0).text()));
        }
        for (Identifier i : r.identifiers()) {
            switch (i.scheme()) {
                case DOI -> tags.add(Meta.of("citation_doi", i.value()));
                case ISBN -> tags.add(Meta.of("citation_isbn", i.value()));
                case ISSN -> tags.add(Meta.of("citation_issn", i.value()));
                default -> { }
            }
        }
        if (r.landingPage() != null) {
            tags.add(Meta.of("citation_abstract_html_url", r.landingPage().value()));
        }
        if (r.fullText() != null) {
            tags.add(Meta.of("citation_pdf_url", r.fullText().value()));
        }
        for (Meta t : tags) {
            XmlReadBackCheck.derived(r, t.name(), t.content(), false);
        }
        for (String pointer : mapping.lostFields(r, statements)) {
            note(ConversionNote.loss(r.id(), pointer, mapping.reason(pointer).replace("dcterms", "dc-html")));
        }
        return new Page(tags, jsonLd.map(j -> j.script(r)).orElse(null));
    }

    @Override
    protected void startDocument(@Nullable CatalogueHeader header) {}

    @Override
    protected void writeReport(Page page) throws IOException {
        List<Meta> tags = page.tags();
        StringBuilder b = new StringBuilder();
        if (started) {
            b.append('\n');
        }
        b.append("<link rel=\"schema.DC\" href=\"http://purl.org/dc/elements/1.1/\">\n");
        b.append("<link rel=\"schema.DCTERMS\" href=\"http://purl.org/dc/terms/\">\n");
        for (Meta t : tags) {
            b.append("<meta name=\"").append(t.name()).append('"');
            if (t.scheme() != null) {
                b.append(" scheme=\"").append(attribute(t.scheme())).append('"');
            }
            if (t.lang() != null) {
                b.append(" lang=\"").append(attribute(t.lang())).append('"');
            }
            b.append(" content=\"").append(attribute(t.content())).append("\">\n");
        }
        if (page.jsonLd() != null) {
            b.append("<script type=\"application/ld+json\">\n").append(page.jsonLd()).append("</script>\n");
        }
        out.write(b.toString());
        started = true;
    }

    @Override
    protected void endDocument() {}

    @Override
    protected void finish() throws IOException {
        out.flush();
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
}
