package io.github.reportmeta.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The severity of a constraint's violations when its use names no {@link Severity.Warning} or
 * {@link Severity.Error} payload; constraints without it are errors.
 */
@Documented
@Target(ANNOTATION_TYPE)
@Retention(RUNTIME)
public @interface DefaultSeverity {

    /**
     * The severity.
     *
     * @return the severity of the constraint's violations
     */
    Severity value();
}
