package io.github.reportmeta.oai.provider;

import io.github.reportmeta.Catalogue;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportMetadataException;
import io.github.reportmeta.ReportNumber;
import io.github.reportmeta.format.ReportWriter;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The items of the provider, indexed once: every report with its identifier, datestamp and set, in datestamp
 * order (then identifier) overall and per set, so that a page of a list costs a binary search and the page, and
 * a fingerprint of the whole that tells this edition of the catalogues from any other.
 */
final class Repository {

    /** One report as the provider serves it. */
    record Item(Report report, String identifier, LocalDate datestamp, @Nullable String setSpec) {}

    /** A set: one series. */
    record OaiSet(String spec, String name) {}

    private static final Comparator<Item> ORDER =
            Comparator.comparing(Item::datestamp).thenComparing(Item::identifier);

    private final List<Item> items;
    private final Map<String, Item> byReportId;
    private final Map<String, List<Item>> bySet;
    private final List<OaiSet> sets;
    private final String fingerprint;
    private final LocalDate earliest;

    Repository(List<Catalogue> catalogues, Identifiers identifiers, LocalDate loaded) {
        List<Item> all = new ArrayList<>();
        Map<String, Item> ids = new HashMap<>();
        Map<String, String> origin = new HashMap<>();
        Map<String, String> seriesOfSpec = new TreeMap<>();
        for (Catalogue catalogue : catalogues) {
            for (Report report : catalogue.reports()) {
                String id = report.id().value();
                String before = origin.putIfAbsent(id, catalogue.id().value());
                if (before != null) {
                    throw new IllegalArgumentException("report '" + id + "' is in catalogue '" + before
                            + "' and again in catalogue '" + catalogue.id().value()
                            + "'; an OAI-PMH repository needs one item per identifier");
                }
                ReportNumber number = report.number();
                String spec = null;
                if (number != null) {
                    spec = SetSpecs.of(number.series());
                    String other = seriesOfSpec.putIfAbsent(spec, number.series());
                    if (other != null && !other.equals(number.series())) {
                        throw new IllegalArgumentException("the series '" + other + "' and '" + number.series()
                                + "' have the same setSpec '" + spec + "'; rename one of them");
                    }
                }
                Item item = new Item(report, identifiers.of(report.id()),
                        Datestamps.of(report, catalogue.updated(), catalogue.issued(), loaded), spec);
                all.add(item);
                ids.put(id, item);
            }
        }
        all.sort(ORDER);
        this.items = List.copyOf(all);
        this.byReportId = Map.copyOf(ids);
        Map<String, List<Item>> grouped = new LinkedHashMap<>();
        for (Item item : items) {
            if (item.setSpec() != null) {
                grouped.computeIfAbsent(item.setSpec(), k -> new ArrayList<>()).add(item);
            }
        }
        grouped.replaceAll((k, v) -> List.copyOf(v));
        this.bySet = Map.copyOf(grouped);
        List<OaiSet> list = new ArrayList<>();
        seriesOfSpec.forEach((spec, name) -> list.add(new OaiSet(spec, name)));
        this.sets = List.copyOf(list);
        this.earliest = items.isEmpty() ? loaded : items.get(0).datestamp();
        this.fingerprint = fingerprint(items);
    }

    /**
     * Writes every report in every metadata format, which proves at load that each can be served, and digests
     * the canonical XML together with identifiers, datestamps and sets.
     */
    private static String fingerprint(List<Item> items) {
        MessageDigest digest = SetSpecs.digest();
        for (MetadataFormat format : MetadataFormat.values()) {
            OutputStream sink = format == MetadataFormat.XML
                    ? new DigestOutputStream(OutputStream.nullOutputStream(), digest)
                    : OutputStream.nullOutputStream();
            ReportWriter writer = format.writer(sink);
            try {
                for (Item item : items) {
                    writer.write(item.report());
                }
                writer.close();
            } catch (ReportMetadataException e) {
                writer.abort();
                throw new IllegalArgumentException("a report cannot be served as " + format.prefix() + ": "
                        + e.getMessage(), e);
            }
        }
        for (Item item : items) {
            String line = item.identifier() + ' ' + item.datestamp() + ' ' + item.setSpec() + '\n';
            digest.update(line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 8);
    }

    Optional<Item> find(String reportId) {
        return Optional.ofNullable(byReportId.get(reportId));
    }

    List<OaiSet> sets() {
        return sets;
    }

    boolean hasSets() {
        return !sets.isEmpty();
    }

    String fingerprint() {
        return fingerprint;
    }

    LocalDate earliest() {
        return earliest;
    }

    int size() {
        return items.size();
    }

    @Nullable Item first() {
        return items.isEmpty() ? null : items.get(0);
    }

    /** The items of a set (or all) with a datestamp in a range, in datestamp order; a view, not a copy. */
    List<Item> select(@Nullable String set, @Nullable LocalDate from, @Nullable LocalDate until) {
        List<Item> list = set == null ? items : bySet.getOrDefault(set, Collections.emptyList());
        int lo = from == null ? 0 : firstOnOrAfter(list, from);
        int hi = until == null ? list.size() : firstOnOrAfter(list, until.plusDays(1));
        return hi <= lo ? List.of() : list.subList(lo, hi);
    }

    private static int firstOnOrAfter(List<Item> list, LocalDate day) {
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).datestamp().isBefore(day)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
