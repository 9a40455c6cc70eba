package io.github.reportmeta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The difference between two editions of a catalogue, matched by report id.
 *
 * @param added the reports only the newer edition has, in its order
 * @param changed the reports both have but that differ, in the newer edition's order
 * @param removed the reports only the older edition has, in its order
 */
public record CatalogueDiff(List<Report> added, List<Change> changed, List<Report> removed) {

    /** Copies the lists. */
    public CatalogueDiff {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }

    /**
     * A report that both editions hold, with the fields that changed.
     *
     * @param older the report in the older edition
     * @param newer the report in the newer edition
     * @param fields the names of the fields that differ, such as {@code titles} or {@code metrics}
     */
    public record Change(Report older, Report newer, List<String> fields) {

        /** Checks that both versions are present and copies the fields. */
        public Change {
            Objects.requireNonNull(older, "older");
            Objects.requireNonNull(newer, "newer");
            fields = List.copyOf(fields);
        }

        /**
         * The id of the changed report, as the newer edition has it.
         *
         * @return the id
         */
        public ReportId id() {
            return newer.id();
        }
    }

    /**
     * Compares two editions.
     *
     * @param older the older edition
     * @param newer the newer edition
     * @return the difference
     */
    static CatalogueDiff of(Catalogue older, Catalogue newer) {
        Map<ReportId, Report> before = new LinkedHashMap<>();
        older.reports().forEach(r -> before.putIfAbsent(r.id(), r));
        List<Report> added = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        for (Report r : newer.reports()) {
            Report old = before.remove(r.id());
            if (old == null) {
                added.add(r);
            } else if (!old.equals(r)) {
                changed.add(new Change(old, r, ReportFields.differences(old, r)));
            }
        }
        return new CatalogueDiff(added, changed, new ArrayList<>(before.values()));
    }

    /**
     * Whether the editions hold the same reports.
     *
     * @return true when nothing was added, changed or removed
     */
    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }
}
