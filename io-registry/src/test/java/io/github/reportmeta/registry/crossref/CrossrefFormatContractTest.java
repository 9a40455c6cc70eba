package io.github.reportmeta.registry.crossref;

import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.PartialDate;
import io.github.reportmeta.Report;
import io.github.reportmeta.format.ConversionReport;
import io.github.reportmeta.format.Detection;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.testing.RefusingWriterContract;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * The writer contract for crossref. A deposit needs settings and registrable reports, which the contract's own
 * reports and options do not have: the format under test is crossref behind a thin adapter that adds the test
 * settings to the options and a DOI, a landing page, a date and a title to each report that lacks them, and changes
 * nothing else, so that every rule of the contract runs on the real writer.
 */
class CrossrefFormatContractTest implements RefusingWriterContract {

    @Override
    public ReportFormat format() {
        return new Registrable(new CrossrefFormat());
    }

    @Override
    public Report refusedReport() {
        return Report.builder("bell").title(LocalizedText.of("ring \u0007 ring")).issued(PartialDate.of(2020)).build();
    }

    private record Registrable(CrossrefFormat crossref) implements ReportFormat {

        @Override
        public String name() {
            return crossref.name();
        }

        @Override
        public String description() {
            return crossref.description();
        }

        @Override
        public String mediaType() {
            return crossref.mediaType();
        }

        @Override
        public List<String> extensions() {
            return crossref.extensions();
        }

        @Override
        public boolean canRead() {
            return crossref.canRead();
        }

        @Override
        public boolean canWrite() {
            return crossref.canWrite();
        }

        @Override
        public Detection detect(byte[] head) {
            return crossref.detect(head);
        }

        @Override
        public ReportReader newReader(InputStream in, ReadOptions options) {
            return crossref.newReader(in, options);
        }

        @Override
        public ReportWriter newWriter(OutputStream out, WriteOptions options) {
            WriteOptions settings = new WriteOptions(options.lossless(), options.listener(), CrossrefTesting.SETTINGS.settings());
            ReportWriter writer = crossref.newWriter(out, settings);
            return new ReportWriter() {
                @Override
                public void writeHeader(CatalogueHeader header) {
                    writer.writeHeader(header);
                }

                @Override
                public void write(Report report) {
                    Report dated = report.issued() == null ? report.withIssued(PartialDate.of(2020)) : report;
                    Report titled = dated.titles().isEmpty() ? dated.withTitles(List.of(LocalizedText.of("Untitled"))) : dated;
                    writer.write(CrossrefTesting.registrable(titled));
                }

                @Override
                public ConversionReport conversionReport() {
                    return writer.conversionReport();
                }

                @Override
                public void close() {
                    writer.close();
                }

                @Override
                public void abort() {
                    writer.abort();
                }
            };
        }
    }
}
