package io.github.reportmeta.oai.provider;

import io.github.reportmeta.PartialDate;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportDate;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The datestamp of a report, at day granularity: the latest {@code modified} date of the report, else its latest
 * {@code available} date, else the date of the catalogue's edition ({@code updated}, else {@code issued}), else
 * the report's own {@code issued} date, else the day the provider loaded the catalogue. A partial date stands for
 * its first day; a date and time with a zone is taken in UTC, one without a zone as written.
 */
final class Datestamps {

    private Datestamps() {}

    static LocalDate of(Report report, @Nullable PartialDate catalogueUpdated, @Nullable PartialDate catalogueIssued,
            LocalDate loaded) {
        Optional<LocalDate> own = latest(report, ReportDate.Kind.MODIFIED).or(() -> latest(report, ReportDate.Kind.AVAILABLE));
        if (own.isPresent()) {
            return own.get();
        }
        if (catalogueUpdated != null) {
            return catalogueUpdated.earliest();
        }
        if (catalogueIssued != null) {
            return catalogueIssued.earliest();
        }
        PartialDate issued = report.issued();
        return issued != null ? issued.earliest() : loaded;
    }

    private static Optional<LocalDate> latest(Report report, ReportDate.Kind kind) {
        return report.dates().stream()
                .filter(d -> d.kind() == kind)
                .map(d -> day(d.value()))
                .max(LocalDate::compareTo);
    }

    /** The day a W3CDTF value stands for: its first day, in UTC when it has a time and a zone. */
    static LocalDate day(String w3cdtf) {
        int t = w3cdtf.indexOf('T');
        if (t < 0) {
            return PartialDate.parse(w3cdtf).earliest();
        }
        LocalDate date = LocalDate.parse(w3cdtf.substring(0, t));
        String time = w3cdtf.substring(t + 1);
        ZoneOffset offset;
        if (time.endsWith("Z")) {
            offset = ZoneOffset.UTC;
            time = time.substring(0, time.length() - 1);
        } else if (time.length() > 6 && (time.charAt(time.length() - 6) == '+' || time.charAt(time.length() - 6) == '-')) {
            offset = ZoneOffset.of(time.substring(time.length() - 6));
            time = time.substring(0, time.length() - 6);
        } else {
            return date;
        }
        return LocalDateTime.of(date, LocalTime.parse(time)).atOffset(offset)
                .withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    }
}
