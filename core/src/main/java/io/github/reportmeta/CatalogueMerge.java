package io.github.reportmeta;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The result of {@link Catalogue#merge}: the merged catalogue and every duplicate and conflict that was found.
 *
 * @param catalogue the merged catalogue
 * @param duplicates reports of the other catalogue that are, or may be, reports already in this one
 * @param conflicts reports with the same id in both catalogues but different content
 */
public record CatalogueMerge(Catalogue catalogue, List<Duplicate> duplicates, List<Conflict> conflicts) {

    /**
     * The lowest similarity of two normalised main titles, 0 to 1, at which reports of the same issued date count
     * as possible duplicates.
     */
    public static final double TITLE_SIMILARITY = 0.9;

    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    /** Copies the lists. */
    public CatalogueMerge {
        Objects.requireNonNull(catalogue, "catalogue");
        duplicates = List.copyOf(duplicates);
        conflicts = List.copyOf(conflicts);
    }

    /** Why two reports were taken for the same. */
    public enum Reason {
        /** Same id and equal content: the other catalogue's copy was left out. */
        SAME_ID,
        /** Other ids, but the same issued date and near-identical titles: both were kept. */
        SIMILAR_TITLE_AND_DATE
    }

    /**
     * Two reports taken for the same.
     *
     * @param kept the id of the report in this catalogue
     * @param other the id of the report in the other catalogue
     * @param reason why they were taken for the same
     * @param titleSimilarity the similarity of their normalised main titles, 0 to 1
     */
    public record Duplicate(ReportId kept, ReportId other, Reason reason, double titleSimilarity) {}

    /**
     * A report that both catalogues hold under the same id with different content; this catalogue's version
     * was kept.
     *
     * @param id the report's id
     * @param fields the names of the fields that differ
     */
    public record Conflict(ReportId id, List<String> fields) {

        /** Copies the fields. */
        public Conflict {
            fields = List.copyOf(fields);
        }
    }

    static CatalogueMerge of(Catalogue left, Catalogue right) {
        Map<ReportId, Report> byId = new HashMap<>();
        Map<PartialDate, List<Report>> byDate = new HashMap<>();
        for (Report r : left.reports()) {
            byId.putIfAbsent(r.id(), r);
            if (r.issued() != null) {
                byDate.computeIfAbsent(r.issued(), d -> new ArrayList<>()).add(r);
            }
        }
        List<Report> merged = new ArrayList<>(left.reports());
        List<Duplicate> duplicates = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();
        for (Report r : right.reports()) {
            Report same = byId.get(r.id());
            if (same != null) {
                if (same.equals(r)) {
                    duplicates.add(new Duplicate(same.id(), r.id(), Reason.SAME_ID, 1.0));
                } else {
                    conflicts.add(new Conflict(r.id(), ReportFields.differences(same, r)));
                }
                continue;
            }
            if (r.issued() != null) {
                for (Report candidate : byDate.getOrDefault(r.issued(), List.of())) {
                    double similarity = titleSimilarity(candidate, r);
                    if (similarity >= TITLE_SIMILARITY) {
                        duplicates.add(new Duplicate(candidate.id(), r.id(), Reason.SIMILAR_TITLE_AND_DATE, similarity));
                    }
                }
            }
            merged.add(r);
            byId.put(r.id(), r);
        }
        return new CatalogueMerge(left.withReports(merged), duplicates, conflicts);
    }

    /**
     * The similarity of the main titles of two reports, 0 to 1: one less the Levenshtein distance of the
     * normalised titles (case folded, punctuation and repeated white space removed) over the longer length.
     */
    static double titleSimilarity(Report a, Report b) {
        LocalizedText ta = a.mainTitle();
        LocalizedText tb = b.mainTitle();
        if (ta == null || tb == null) {
            return 0;
        }
        String x = normalise(ta.text());
        String y = normalise(tb.text());
        int longer = Math.max(x.length(), y.length());
        if (longer == 0) {
            return 1;
        }
        return 1.0 - (double) LEVENSHTEIN.apply(x, y) / longer;
    }

    private static String normalise(String title) {
        String folded = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folded.replaceAll("[\\p{P}\\p{S}]+", " ").replaceAll("\\s+", " ").strip();
    }

    /**
     * Whether the merge found nothing to report.
     *
     * @return true when there are neither duplicates nor conflicts
     */
    public boolean isClean() {
        return duplicates.isEmpty() && conflicts.isEmpty();
    }
}
