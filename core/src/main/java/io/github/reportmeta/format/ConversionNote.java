package io.github.reportmeta.format;

import io.github.reportmeta.ReportId;
import java.util.Locale;
import java.util.Objects;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * One thing a reader or writer could not carry over as it was: a field the target format cannot hold, an
 * unknown field skipped, a record left out.
 *
 * @param kind what happened
 * @param report the id of the report concerned, or {@code null} for the catalogue or an unidentified record
 * @param pointer the JSON Pointer of the field in the report model ({@code /authors/0/agent/orcid}), or the
 *     empty string for the whole record
 * @param message what happened and why
 * @param location where in the input, for readers; {@code null} for writers
 */
public record ConversionNote(
        Kind kind, @Nullable ReportId report, String pointer, String message, @Nullable SourceLocation location) {

    /** What happened to the information. */
    public enum Kind {
        /** A writer dropped a field the target format cannot hold. */
        LOSS,
        /** A reader skipped or changed something, such as an unknown field in lenient mode. */
        WARNING,
        /** A reader left a whole record out, such as a deleted OAI-PMH record. */
        SKIPPED,
        /** Something the caller should know that changes nothing, such as an OAI-PMH resumption token. */
        INFO
    }

    /** Checks that every required part is present. */
    public ConversionNote {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }

    /**
     * A field a writer dropped.
     *
     * @param report the report's id
     * @param pointer the field's JSON Pointer in the report
     * @param reason why the target cannot hold it
     * @return the note
     */
    public static ConversionNote loss(ReportId report, String pointer, String reason) {
        return new ConversionNote(Kind.LOSS, report, pointer, reason, null);
    }

    /** The form {@code loss drc-2018-215 /metrics: oai_dc has no element for usage counts}. */
    @Override
    public String toString() {
        String where = where();
        return kind.name().toLowerCase(Locale.ROOT) + (where.isEmpty() ? "" : " " + where) + ": " + message;
    }

    /**
     * The note without its kind: {@code drc-2018-215 /metrics: oai_dc has no element for usage counts}, for callers
     * that say the kind their own way.
     *
     * @return where, when known, and what
     */
    public String describe() {
        String where = where();
        return where.isEmpty() ? message : where + ": " + message;
    }

    private String where() {
        StringJoiner where = new StringJoiner(" ");
        if (location != null) {
            where.add(location.toString());
        }
        if (report != null) {
            where.add(report.value());
        }
        if (!pointer.isEmpty()) {
            where.add(pointer);
        }
        return where.toString();
    }
}
