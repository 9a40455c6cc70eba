package io.github.reportmeta.citation.bibtex;

import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.InvalidValueException;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportId;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.SourceLocation;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.format.spi.AbstractReportWriter;
import io.github.reportmeta.internal.ModelTexts;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes reports as {@code @techreport} entries in UTF-8. Each report is mapped to its entry, and the entry is read
 * back with the reader's own mapping: every component that does not come back as it was is a loss note.
 */
final class BibtexWriter extends AbstractReportWriter<BibEntry> {

    /** Why each component of a report may not come back, by component name (see docs/formats/citation.md). */
    static final Map<String, String> LOSSES = Map.ofEntries(
            Map.entry("id", "a citation key cannot hold white space or the characters \" # % ' ( ) , = { }, and keys "
                    + "are unique in a document: the key is the id with such characters replaced, or suffixed"),
            Map.entry("titles", "bibtex holds one title, in the entry's language"),
            Map.entry("number", "bibtex holds the series (type) and the number; the written form is read back as "
                    + "'No.' and the number, and the numbering year as the issued year"),
            Map.entry("issued", "bibtex holds the issued date as year, month and date"),
            Map.entry("dates", "bibtex has no field for other dates (created, modified, ...)"),
            Map.entry("authors", "bibtex keeps authors and editors by name: a person's family, given, particle and "
                    + "suffix names (no ORCID iD, affiliations, name order or original script), an organisation's "
                    + "name, read back as a research team; other roles are lost"),
            Map.entry("publisher", "bibtex's institution keeps the names of the issuing organisation and its parents, "
                    + "and the top organisation's acronym; ROR ids, ISNIs and other acronyms are lost"),
            Map.entry("abstracts", "bibtex holds one abstract, in the entry's language, with runs of white space "
                    + "as one space"),
            Map.entry("keywords", "bibtex keywords are terms in the entry's language, without a vocabulary"),
            Map.entry("language", "bibtex's language holds one BCP 47 tag"),
            Map.entry("type", "every report is written as @techreport and read back as a research report"),
            Map.entry("identifiers", "bibtex holds one DOI, one ISBN and one ISSN, read back in that order"),
            Map.entry("landingPage", "bibtex's url holds the landing page"),
            Map.entry("fullText", "bibtex has no standard field for the full text's address"),
            Map.entry("rights", "bibtex has no field for a rights statement"),
            Map.entry("license", "bibtex has no field for the licence"),
            Map.entry("formats", "bibtex has no field for media types and extents"),
            Map.entry("sources", "bibtex has no field for sources"),
            Map.entry("coverage", "bibtex has no field for coverage"),
            Map.entry("relations", "bibtex has no field for relations to other reports"),
            Map.entry("metrics", "bibtex has no field for usage counts"));

    private static final String NOT_IN_KEYS = "\"#%'(),={}\\~";
    private static final SourceLocation HERE = SourceLocation.of("<written>");

    private final Writer out;
    private final Set<String> keys = new HashSet<>();
    private boolean first = true;

    BibtexWriter(OutputStream out, WriteOptions options) {
        super(out, options);
        this.out = new BufferedWriter(new OutputStreamWriter(output(), StandardCharsets.UTF_8));
    }

    @Override
    protected void prepareHeader(CatalogueHeader header) {
        note(new ConversionNote(ConversionNote.Kind.LOSS, null, "", "bibtex has no catalogue header: the catalogue's "
                + "id, title and dates are not written", null));
    }

    @Override
    protected BibEntry prepare(Report report) {
        ModelTexts.walk(report, "", (pointer, text) -> check(report.id(), pointer, text));
        String key = key(report.id());
        BibEntry entry = BibMapping.entry(report, key, HERE);
        Report back = BibMapping.report(entry, ReportId.of(key), true, BibMapping.Notes.NONE);
        for (RecordComponent c : Report.class.getRecordComponents()) {
            try {
                if (!Objects.equals(c.getAccessor().invoke(report), c.getAccessor().invoke(back))) {
                    note(ConversionNote.loss(report.id(), "/" + c.getName(), LOSSES.getOrDefault(c.getName(),
                            "bibtex cannot hold the component " + c.getName())));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read the component " + c.getName(), e);
            }
        }
        keys.add(key);
        return entry;
    }

    /** The report's id as a key: characters a key cannot hold as '-', and a suffix a, b, ... if taken. */
    private String key(ReportId id) {
        StringBuilder b = new StringBuilder();
        id.value().codePoints().forEach(c -> b.appendCodePoint(
                c <= ' ' || Character.isWhitespace(c) || NOT_IN_KEYS.indexOf(c) >= 0 || Character.isISOControl(c)
                        ? '-' : c));
        String base = b.toString();
        if (!keys.contains(base)) {
            return base;
        }
        for (int n = 0; ; n++) {
            String suffix = n < 26 ? String.valueOf((char) ('a' + n)) : "a" + n;
            if (!keys.contains(base + suffix)) {
                return base + suffix;
            }
        }
    }

    /**
     * Refuses text the reader would refuse or the file could not carry: C0 control characters other than tab and
     * line ends, DEL, U+FFFE, U+FFFF and unpaired surrogates.
     */
    private static void check(ReportId id, String pointer, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || c == 0xFFFE
                    || c == 0xFFFF;
            boolean lone = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(++i)));
            if (control || lone) {
                throw new InvalidValueException("report '" + id + "', " + pointer + ": bibtex text cannot hold "
                        + "control characters, U+FFFE, U+FFFF or unpaired surrogates", s);
            }
        }
    }

    @Override
    protected void startDocument(@Nullable CatalogueHeader header) {
        // BibTeX has no document start: a file is its entries.
    }

    @Override
    protected void writeReport(BibEntry entry) throws Exception {
        if (!first) {
            out.write('\n');
        }
        first = false;
        out.write("@" + entry.type() + "{" + entry.key() + ",\n");
        for (BibEntry.Field f : entry.fields()) {
            out.write("  " + f.name() + " = ");
            out.write(f.macro() != null ? f.macro() : "{" + f.raw() + "}");
            out.write(",\n");
        }
        out.write("}\n");
        out.flush();
    }

    @Override
    protected void endDocument() {
        // BibTeX has no document end.
    }

    @Override
    protected void finish() throws Exception {
        out.flush();
    }
}
