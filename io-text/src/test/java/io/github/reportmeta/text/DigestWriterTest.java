package io.github.reportmeta.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.CatalogueId;
import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.PartialDate;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportNumber;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.text.internal.DigestEntry;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class DigestWriterTest {

    private final List<DigestWriter.Digest> rendered = new ArrayList<>();

    private DigestWriter writer(DigestOptions options) {
        return new DigestWriter(new ByteArrayOutputStream(), options, (digest, out) -> rendered.add(digest),
                WriteOptions.DEFAULT);
    }

    private static Report report(String id, @Nullable String series, @Nullable PartialDate issued) {
        return Report.builder(id).title("Title " + id, LanguageTag.ENGLISH)
                .number(series == null ? null : ReportNumber.of(series, "1", null))
                .issued(issued)
                .build();
    }

    /** The rendered groups as series to report ids. */
    private Map<String, List<String>> groups() {
        assertThat(rendered).hasSize(1);
        Map<String, List<String>> ids = new LinkedHashMap<>();
        rendered.get(0).groups().forEach((series, entries) -> ids.put(series, entries.stream().map(DigestEntry::id)
                .toList()));
        return ids;
    }

    @Test
    void putsReportsWithoutASeriesAfterASeriesNamedLikeTheirGroup() {
        DigestWriter w = writer(DigestOptions.DEFAULT);
        w.write(report("a", null, PartialDate.of(2020, 5, 1)));
        w.write(report("b", "Other reports", PartialDate.of(2020, 1, 1)));
        w.write(report("c", "Research Report", PartialDate.of(2020, 3, 1)));
        w.close();
        assertThat(groups()).containsExactly(
                Map.entry("Research Report", List.of("c")),
                Map.entry("Other reports", List.of("b", "a")));
        assertThat(rendered.get(0).count()).isEqualTo(3);
    }

    @Test
    void notesEachReportIssuedBeforeTheFirstDayOrUndated() {
        DigestWriter w = writer(DigestOptions.DEFAULT.withSince(PartialDate.of(2018, 12, 6)));
        w.write(report("old", null, PartialDate.of(2018, 12, 5)));
        w.write(report("undated", null, null));
        w.write(report("month", null, PartialDate.of(2018, 12)));
        w.close();
        assertThat(w.conversionReport().notes()).extracting(ConversionNote::kind, n -> n.report().value(),
                ConversionNote::message).containsExactly(
                        tuple(ConversionNote.Kind.SKIPPED, "old",
                                "issued 2018-12-05, before the digest's first day 2018-12-06; left out"),
                        tuple(ConversionNote.Kind.SKIPPED, "undated",
                                "undated, before the digest's first day 2018-12-06; left out"));
        assertThat(groups()).containsExactly(Map.entry("Other reports", List.of("month")));
        assertThat(rendered.get(0).summary()).isEqualTo("Issued since 2018-12-06: 1 report, newest first");
    }

    @Test
    void refusesReportsAndHeadersOnceClosedAndRendersOnlyOnce() {
        DigestWriter w = writer(DigestOptions.DEFAULT);
        w.close();
        w.close();
        assertThat(rendered).hasSize(1);
        assertThatThrownBy(() -> w.write(report("a", null, null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the writer is closed");
        CatalogueHeader header = CatalogueHeader.of(CatalogueId.of("c"), LocalizedText.of("C", "en"));
        assertThatThrownBy(() -> w.writeHeader(header))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the header must be written first and once, but the writer is closed");
    }

    @Test
    void titlesADigestWithoutAHeaderAndCountsInTheSingular() {
        DigestWriter w = writer(DigestOptions.DEFAULT);
        w.write(report("a", null, null));
        w.close();
        assertThat(rendered.get(0).title()).isEqualTo("Latest reports");
        assertThat(rendered.get(0).summary()).isEqualTo("1 report, newest first");
    }
}
