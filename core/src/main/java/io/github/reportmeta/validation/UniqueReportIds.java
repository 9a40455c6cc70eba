package io.github.reportmeta.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.reportmeta.validation.internal.UniqueReportIdsValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * No two reports of a catalogue share an id; each repeat is reported at its own position.
 *
 * <p>{@code null} counts as valid, so that the constraint composes with {@code @NotNull}. Its code is
 * {@code duplicate-id}.
 */
@Documented
@SuppressWarnings("exports") // the validator is found by Hibernate Validator, never named by users
@Constraint(validatedBy = UniqueReportIdsValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface UniqueReportIds {

    /**
     * The message key.
     *
     * @return the message template
     */
    String message() default "{io.github.reportmeta.validation.UniqueReportIds.message}";

    /**
     * The validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload; {@link Severity.Warning} or {@link Severity.Error} sets the severity.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
