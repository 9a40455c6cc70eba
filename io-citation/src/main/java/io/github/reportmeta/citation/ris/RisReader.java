package io.github.reportmeta.citation.ris;

import io.github.reportmeta.Report;
import io.github.reportmeta.ReportId;
import io.github.reportmeta.ReportMetadataException;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.format.spi.AbstractReportReader;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads RIS records, one report each. Under lenient reading a record the model refuses costs that record, with a
 * note, not the document.
 */
final class RisReader extends AbstractReportReader {

    private final RisRecords records;
    private int count;

    RisReader(InputStream in, ReadOptions options) {
        super(options);
        this.records = new RisRecords(in, options.sourceName(), options.maxReportBytes(), options.lenient(),
                this::note);
        open();
    }

    @Override
    protected @Nullable Report readNext() {
        while (true) {
            RisRecords.Record record = records.next();
            if (record == null) {
                return null;
            }
            count++;
            String pointer = "/reports/" + (count - 1);
            startReport(record.start(), pointer);
            ReportId id = idOf(record, new ReportId("record-" + count));
            try {
                return RisMapping.report(record.fields(), id, (line, kind, field, message) ->
                        note(new ConversionNote(kind, id, field, message, line.location())));
            } catch (ReportMetadataException e) {
                ReportParseException failure = new ReportParseException("the record cannot be read as a report: "
                        + e.getMessage(), record.start(), pointer, e);
                if (!options().lenient()) {
                    throw failure;
                }
                note(new ConversionNote(ConversionNote.Kind.SKIPPED, id, "", failure.getMessage(),
                        record.start()));
            }
        }
    }

    private static ReportId idOf(RisRecords.Record record, ReportId fallback) {
        for (RisLine f : record.fields()) {
            if (f.tag().equals("ID") && !f.value().isEmpty()) {
                return new ReportId(f.value());
            }
        }
        return fallback;
    }

    @Override
    protected void closeInput() {
        records.close();
    }
}
