package io.github.reportmeta.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.reportmeta.validation.internal.BidiControlsInIdentifierValidator;
import io.github.reportmeta.validation.internal.BidiControlsValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text holds no bidirectional control character: no embedding, override or isolate (U+202A to U+202E, U+2066 to
 * U+2069) and no mark (U+200E, U+200F, U+061C), which can make a title read differently from what it says. Used
 * in group {@link Strict}: a record ready for publishing has none in any of its texts, nor in the value of an
 * identifier or address (on a type such as {@link io.github.reportmeta.Doi}).
 *
 * <p>{@code null} counts as valid, so that the constraint composes with {@code @NotNull}. Its code is
 * {@code bidi-control}.
 */
@Documented
@SuppressWarnings("exports") // the validator is found by Hibernate Validator, never named by users
@Constraint(validatedBy = {BidiControlsValidator.class, BidiControlsInIdentifierValidator.class})
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface NoBidiControls {

    /**
     * The message key.
     *
     * @return the message template
     */
    String message() default "{io.github.reportmeta.validation.NoBidiControls.message}";

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
