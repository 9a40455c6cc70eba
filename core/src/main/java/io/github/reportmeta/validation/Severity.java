package io.github.reportmeta.validation;

import jakarta.validation.Payload;

/** How serious a violation is. */
public enum Severity {
    /** The record is wrong and must not be published as it is. */
    ERROR,
    /** The record is acceptable but probably not what its author meant. */
    WARNING;

    /** The payload that makes a use of a constraint a warning: {@code payload = Severity.Warning.class}. */
    public interface Warning extends Payload {}

    /** The payload that makes a use of a constraint an error, whatever its {@link DefaultSeverity}. */
    public interface Error extends Payload {}
}
