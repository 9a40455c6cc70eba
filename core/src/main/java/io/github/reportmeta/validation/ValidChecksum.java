package io.github.reportmeta.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.reportmeta.validation.internal.ChecksumValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The check digit of an identifier ({@link io.github.reportmeta.Orcid}, {@link io.github.reportmeta.Isbn}, {@link io.github.reportmeta.Issn}, {@link io.github.reportmeta.Isni}) matches its other digits.
 *
 * <p>{@code null} counts as valid, so that the constraint composes with {@code @NotNull}. Its code is
 * {@code checksum}.
 */
@Documented
@SuppressWarnings("exports") // the validator is found by Hibernate Validator, never named by users
@Constraint(validatedBy = ChecksumValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ValidChecksum {

    /**
     * The message key.
     *
     * @return the message template
     */
    String message() default "{io.github.reportmeta.validation.ValidChecksum.message}";

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
