package io.github.reportmeta.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.reportmeta.validation.internal.TrimmedValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text neither starts nor ends with white space; a warning unless its use says otherwise.
 *
 * <p>{@code null} counts as valid, so that the constraint composes with {@code @NotNull}. Its code is
 * {@code untrimmed}.
 */
@Documented
@DefaultSeverity(Severity.WARNING)
@SuppressWarnings("exports") // the validator is found by Hibernate Validator, never named by users
@Constraint(validatedBy = TrimmedValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface Trimmed {

    /**
     * The message key.
     *
     * @return the message template
     */
    String message() default "{io.github.reportmeta.validation.Trimmed.message}";

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
