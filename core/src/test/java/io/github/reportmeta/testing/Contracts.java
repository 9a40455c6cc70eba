package io.github.reportmeta.testing;

import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.CatalogueId;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.Report;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the format contracts share: the reports and header they write, and streams that count their closes. */
final class Contracts {

    static final long SEED = 20261203L;

    private Contracts() {}

    /** The seed record, the maximal and the empty report, and random ones, with distinct ids. */
    static List<Report> reports() {
        RandomReports random = RandomReports.withSeed(SEED);
        List<Report> all = new ArrayList<>();
        all.add(SeedRecord.report());
        all.add(random.maximalReport());
        all.add(random.emptyReport());
        all.addAll(random.reports(3));
        return all;
    }

    static CatalogueHeader header() {
        return CatalogueHeader.of(CatalogueId.of("contract-catalogue"), LocalizedText.of("The contract's catalogue"));
    }

    static byte[] write(ReportFormat format, @Nullable CatalogueHeader header, List<Report> reports) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReportWriter writer = format.newWriter(out, WriteOptions.DEFAULT)) {
            if (header != null) {
                writer.writeHeader(header);
            }
            reports.forEach(writer::write);
        }
        return out.toByteArray();
    }

    /** An input that counts its closes. */
    static final class CountingInput extends FilterInputStream {
        int closes;

        CountingInput(byte[] bytes) {
            super(new ByteArrayInputStream(bytes));
        }

        @Override
        public void close() throws IOException {
            closes++;
            super.close();
        }
    }

    /** An output that counts its closes and, if given a limit, fails once that many bytes were written. */
    static final class CountingOutput extends FilterOutputStream {
        private final @Nullable Long limit;
        private long written;
        int closes;

        CountingOutput(@Nullable Long limit) {
            super(new ByteArrayOutputStream());
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (limit != null && written + len > limit) {
                throw new IOException("no space left on the test's device");
            }
            written += len;
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            closes++;
            super.close();
        }
    }
}
