package io.github.reportmeta;

import jakarta.validation.Valid;
import java.util.Objects;

/**
 * A link from a report to another resource: its edition in another language, a newer version, the volume it
 * is part of. A report of the same catalogue is named by a {@link LocalIdentifier} holding its id.
 *
 * @param type how the report relates to the target
 * @param target the identifier of the other resource
 */
public record Relation(RelationType type, @Valid Identifier target) {

    /** Checks that both parts are present. */
    public Relation {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(target, "target");
    }

    /**
     * A relation to another report of the same catalogue.
     *
     * @param type how the report relates to the other
     * @param other the other report's id
     * @return the relation
     */
    public static Relation toReport(RelationType type, ReportId other) {
        return new Relation(type, LocalIdentifier.of(other));
    }
}
