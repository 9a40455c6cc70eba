package io.github.reportmeta.citation.bibtex;

import io.github.reportmeta.InvalidValueException;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportId;
import io.github.reportmeta.ReportMetadataException;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.format.spi.AbstractReportReader;
import io.github.reportmeta.internal.messages.Quoting;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/** Reads a BibTeX file entry by entry, one report per entry; see {@link BibMapping} for the fields. */
final class BibtexReader extends AbstractReportReader {

    private final BibParser parser;
    private int index;

    private BibtexReader(InputStream in, ReadOptions options) {
        super(options);
        this.parser = new BibParser(in, options.sourceName(), options.maxReportBytes(), options.lenient(), this::note);
    }

    static BibtexReader open(InputStream in, ReadOptions options) {
        BibtexReader reader = new BibtexReader(in, options);
        reader.open();
        return reader;
    }

    @Override
    protected @Nullable Report readNext() {
        BibEntry entry = parser.next();
        if (entry == null) {
            return null;
        }
        startReport(entry.location(), "/" + index++);
        ReportId id;
        if (entry.key().isEmpty()) {
            id = ReportId.of("entry-" + entry.location().line());
            note(new ConversionNote(ConversionNote.Kind.INFO, id, "/id", "the entry has no citation key; its id is "
                    + "made from its line", entry.location()));
        } else {
            id = ReportId.of(entry.key());
        }
        try {
            return BibMapping.report(entry, id, options().lenient(),
                    (kind, pointer, message, at) -> note(new ConversionNote(kind, id, pointer, message, at)));
        } catch (BibMapping.BibValueException e) {
            throw new ReportParseException("entry '" + Quoting.clip(entry.key()) + "', " + e.getMessage(),
                    e.location, "", e);
        } catch (InvalidValueException e) {
            throw new ReportParseException("entry '" + Quoting.clip(entry.key()) + "': " + e.getMessage(),
                    entry.location(), "", e);
        } catch (ReportMetadataException e) {
            throw new ReportParseException("entry '" + Quoting.clip(entry.key()) + "': cannot read it as a report: "
                    + e.getMessage(), entry.location(), "", e);
        }
    }

    @Override
    protected void closeInput() {
        parser.close();
    }
}
