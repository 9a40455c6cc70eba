package io.github.reportmeta.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.HibernateValidator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The interpolator on messages that reportmeta's own constraints do not use: other templates, terms it cannot resolve. */
class BundleInterpolatorTest {

    /** A bean with a bundled message that takes the constraint's attributes, and a template of its own. */
    static final class Sample {
        @Size(min = 2, max = 3)
        final List<String> tags = List.of("only");

        @NotNull(message = "{no.such.key} stays, ${value} is not evaluated, {value} is")
        final @Nullable String name = null;
    }

    static Validator validator(Locale locale) {
        return Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new BundleInterpolator(locale))
                .buildValidatorFactory()
                .getValidator();
    }

    static List<String> messages(Locale locale) {
        return validator(locale).validate(new Sample()).stream().map(ConstraintViolation::getMessage).sorted().toList();
    }

    @Test
    void takesTheConstraintsAttributesAndLeavesUnknownTermsAsWritten() {
        assertThat(messages(Locale.ENGLISH)).containsExactly(
                "must have between 2 and 3 entries",
                "{no.such.key} stays, ${value} is not evaluated, null is");
    }

    @Test
    void speaksItsOwnLocaleWhateverTheCallerAsksFor() {
        BundleInterpolator chinese = new BundleInterpolator(Locale.CHINESE);
        MessageInterpolator.Context tags = context(List.of("only"));

        assertThat(chinese.locale()).isEqualTo(Locale.CHINESE);
        assertThat(chinese.interpolate("{jakarta.validation.constraints.Size.message}", tags, Locale.ENGLISH))
                .isEqualTo("项数必须在 2 到 3 之间");
        assertThat(chinese.interpolate("{jakarta.validation.constraints.Size.message}", tags))
                .isEqualTo("项数必须在 2 到 3 之间");
    }

    @Test
    void outsideHibernateValidatorTheValueAndAttributesStillResolve() {
        BundleInterpolator english = new BundleInterpolator(Locale.ENGLISH);

        assertThat(english.interpolate("{value} needs {min}, not {first}", context(List.of("only")), Locale.ROOT))
                .isEqualTo("[only] needs 2, not {first}");
    }

    @Test
    void looksTheValueAndAttributesUpAgainEachTimeATemplateIsUsed() {
        BundleInterpolator english = new BundleInterpolator(Locale.ENGLISH);
        String template = "{value} and {value}: {jakarta.validation.constraints.Size.message}, not {first}";

        assertThat(english.interpolate(template, context(List.of("a"))))
                .isEqualTo("[a] and [a]: must have between 2 and 3 entries, not {first}");
        assertThat(english.interpolate(template, context(List.of("b", "c", "d", "e"))))
                .isEqualTo("[b, c, d, e] and [b, c, d, e]: must have between 2 and 3 entries, not {first}");
        assertThat(english.interpolate("${value} {value}", context("x"))).isEqualTo("${value} x");
    }

    private static MessageInterpolator.Context context(Object value) {
        ConstraintDescriptor<?> size = validator(Locale.ENGLISH).getConstraintsForClass(Sample.class)
                .getConstraintsForProperty("tags")
                .getConstraintDescriptors()
                .iterator()
                .next();
        return new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return size;
            }

            @Override
            public Object getValidatedValue() {
                return value;
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new UnsupportedOperationException("not a Hibernate Validator context");
            }
        };
    }
}
