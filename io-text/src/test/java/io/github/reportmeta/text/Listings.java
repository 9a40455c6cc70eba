package io.github.reportmeta.text;

import io.github.reportmeta.Report;
import io.github.reportmeta.format.ConversionReport;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads listing fixtures and strings in tests. */
final class Listings {

    /** What one read gave. */
    record Read(List<Report> reports, ConversionReport notes) {
        Report only() {
            if (reports.size() != 1) {
                throw new AssertionError("expected one report but read " + reports.size());
            }
            return reports.get(0);
        }
    }

    private Listings() {}

    static Read fixture(String name) {
        return fixture(name, new ListingFormat(), ReadOptions.of(name));
    }

    static Read fixture(String name, ListingFormat format, ReadOptions options) {
        InputStream in = Listings.class.getResourceAsStream("/fixtures/listing/" + name);
        if (in == null) {
            throw new AssertionError("no fixture " + name);
        }
        return read(in, format, options);
    }

    static Read text(String text) {
        return bytes(text.getBytes(StandardCharsets.UTF_8));
    }

    static Read bytes(byte[] bytes) {
        return read(new ByteArrayInputStream(bytes), new ListingFormat(), ReadOptions.of("test.txt"));
    }

    static Read read(InputStream in, ListingFormat format, ReadOptions options) {
        try (ReportReader reader = format.newReader(in, options)) {
            List<Report> reports = new ArrayList<>();
            reader.forEachRemaining(reports::add);
            return new Read(reports, reader.conversionReport());
        }
    }

    static String resource(String path) {
        try (InputStream in = Listings.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new AssertionError("no resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
