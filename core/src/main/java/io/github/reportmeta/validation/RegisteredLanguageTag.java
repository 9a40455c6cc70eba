package io.github.reportmeta.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.reportmeta.validation.internal.RegisteredLanguageTagValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Every subtag of a language tag (primary language, extended language, script, region, variants) is in the IANA
 * Language Subtag Registry that core ships, so that "English", "Dutch" or "other", well-formed as they are, do
 * not pass for tags. Extensions and private-use subtags are not checked; a tag that is not well-formed is left to
 * {@link WellFormedLanguageTag}.
 *
 * <p>{@link io.github.reportmeta.LanguageTag} carries it twice: as a warning in the default group and as an error
 * in {@link Strict}; where both find the same subtag, the validator reports the error only. {@code null} counts
 * as valid, so that the constraint composes with {@code @NotNull}. Its code is {@code language-subtag}.
 */
@Documented
@SuppressWarnings("exports") // the validator is found by Hibernate Validator, never named by users
@Constraint(validatedBy = RegisteredLanguageTagValidator.class)
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(RegisteredLanguageTag.List.class)
public @interface RegisteredLanguageTag {

    /**
     * The message key.
     *
     * @return the message template
     */
    String message() default "{io.github.reportmeta.validation.RegisteredLanguageTag.message}";

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

    /** Several uses of the constraint on one element, such as a warning and a stricter error. */
    @Documented
    @Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {

        /**
         * The uses.
         *
         * @return the constraints
         */
        RegisteredLanguageTag[] value();
    }
}
