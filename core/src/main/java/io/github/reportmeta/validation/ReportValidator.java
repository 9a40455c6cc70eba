package io.github.reportmeta.validation;

import io.github.reportmeta.Catalogue;
import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.Report;
import io.github.reportmeta.validation.internal.BundleInterpolator;
import io.github.reportmeta.validation.internal.JsonPointers;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorContext;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;

/**
 * Validates reports and catalogues against a {@link Profile}, reporting every violation at once.
 *
 * <p>Instances are immutable and thread-safe; make one and reuse it. Hibernate Validator is bootstrapped once
 * per JVM, without an expression language: messages come from reportmeta's own bundles, in English or Chinese.
 *
 * <pre>{@code
 * ReportValidator validator = ReportValidator.builder().profile(Profile.STRICT).build();
 * ValidationResult result = validator.validate(report);
 * }</pre>
 */
public final class ReportValidator {

    static final Comparator<Violation> ORDER =
            Comparator.comparing(Violation::pointer).thenComparing(Violation::code).thenComparing(Violation::message);

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("NotNull", "required"),
            Map.entry("NotEmpty", "required"),
            Map.entry("NotBlank", "blank"),
            Map.entry("CodePointLength", "too-long"),
            Map.entry("Size", "size"),
            Map.entry("Pattern", "id-syntax"),
            Map.entry("PositiveOrZero", "negative"),
            Map.entry("ValidChecksum", "checksum"),
            Map.entry("WellFormedLanguageTag", "language-tag"),
            Map.entry("RegisteredLanguageTag", "language-subtag"),
            Map.entry("XmlCharacters", "xml-characters"),
            Map.entry("NoBidiControls", "bidi-control"),
            Map.entry("NotInFuture", "future-date"),
            Map.entry("UniqueReportIds", "duplicate-id"),
            Map.entry("Trimmed", "untrimmed"));

    /** The result of a record without violations, the usual case: one instance, since results are immutable. */
    private static final ValidationResult VALID = new ValidationResult(List.of());

    /** The code of each constraint annotation, worked out once per type: from {@link #CODES}, else hyphenated. */
    private static final ClassValue<String> CODE_OF_TYPE = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            String name = type.getSimpleName();
            String code = CODES.get(name);
            return code != null ? code : name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        }
    };

    private final Profile profile;
    private final Class<?>[] groups;
    private final Locale locale;
    private final Clock clock;
    private final Validator validator;

    private ReportValidator(Builder builder) {
        this.profile = builder.profile;
        this.groups = profile.groups();
        this.locale = builder.locale;
        this.clock = builder.clock;
        ValidatorContext context = Factory.INSTANCE.usingContext();
        // Only what differs from the factory's own goes into the context: with another clock Hibernate Validator
        // looks up every constraint validator in a map for every value instead of using the one it keeps (a third
        // slower), and the English interpolator is the factory's already.
        if (!locale.equals(Locale.ENGLISH)) {
            MessageInterpolator interpolator = new BundleInterpolator(locale);
            context = context.messageInterpolator(interpolator);
        }
        if (!clock.equals(Factory.CLOCK)) {
            context = context.clockProvider(() -> clock);
        }
        this.validator = context.getValidator();
    }

    /**
     * A validator of the default profile, in English, by the system clock.
     *
     * @return the validator
     */
    public static ReportValidator standard() {
        return builder().build();
    }

    /**
     * Starts a validator: default profile, English, the system clock in UTC.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Validates a report on its own; pointers start at the report ({@code /titles/0/text}).
     *
     * @param report the report
     * @return every violation found
     */
    public ValidationResult validate(Report report) {
        return validate(report, "");
    }

    /**
     * Validates a report that stands somewhere in a larger document, such as the fourth report of a catalogue
     * being streamed; pointers start with the prefix ({@code /reports/3/titles/0/text}).
     *
     * @param report the report
     * @param pointerPrefix the JSON Pointer of the report in its document
     * @return every violation found
     */
    public ValidationResult validate(Report report, String pointerPrefix) {
        return result(validator.validate(Objects.requireNonNull(report, "report"), groups), pointerPrefix);
    }

    /**
     * Validates a catalogue header on its own.
     *
     * @param header the header
     * @return every violation found
     */
    public ValidationResult validate(CatalogueHeader header) {
        return result(validator.validate(Objects.requireNonNull(header, "header"), groups), "");
    }

    /**
     * Validates a catalogue and all its reports; pointers start at the catalogue ({@code /reports/3/id}).
     *
     * @param catalogue the catalogue
     * @return every violation found, including ids used more than once
     */
    public ValidationResult validate(Catalogue catalogue) {
        return result(validator.validate(Objects.requireNonNull(catalogue, "catalogue"), groups), "");
    }

    /**
     * Starts validating a catalogue that is read report by report.
     *
     * @return a new validation session for one catalogue
     */
    public CatalogueValidation startCatalogue() {
        return new CatalogueValidation(this);
    }

    /**
     * The profile this validator checks.
     *
     * @return the profile
     */
    public Profile profile() {
        return profile;
    }

    /**
     * The locale of the messages.
     *
     * @return the locale
     */
    public Locale locale() {
        return locale;
    }

    /**
     * The clock that says what "today" is for dates not in the future.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    private static <T> ValidationResult result(Set<ConstraintViolation<T>> found, String prefix) {
        if (found.isEmpty()) {
            return VALID;
        }
        List<Violation> violations = new ArrayList<>(found.size());
        for (ConstraintViolation<T> v : found) {
            ConstraintDescriptor<?> descriptor = v.getConstraintDescriptor();
            violations.add(new Violation(
                    severity(descriptor),
                    code(descriptor.getAnnotation()),
                    JsonPointers.of(prefix, v.getPropertyPath()),
                    v.getMessage()));
        }
        violations.sort(ORDER);
        return new ValidationResult(withoutWeakerRepeats(violations));
    }

    /**
     * The violations without a warning that an error repeats: the same code at the same pointer, as when a
     * constraint is a warning by default and an error in the strict profile.
     */
    private static List<Violation> withoutWeakerRepeats(List<Violation> sorted) {
        List<Violation> kept = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Violation v = sorted.get(i);
            if (v.isError() || !hasErrorLike(sorted, i)) {
                kept.add(v);
            }
        }
        return kept;
    }

    /** Whether an error with the warning's pointer and code stands among its neighbours in pointer-code order. */
    private static boolean hasErrorLike(List<Violation> sorted, int warning) {
        Violation w = sorted.get(warning);
        for (int step = -1; step <= 1; step += 2) {
            for (int j = warning + step; j >= 0 && j < sorted.size(); j += step) {
                Violation other = sorted.get(j);
                if (!other.pointer().equals(w.pointer()) || !other.code().equals(w.code())) {
                    break;
                }
                if (other.isError()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Severity severity(ConstraintDescriptor<?> descriptor) {
        if (descriptor.getPayload().contains(Severity.Warning.class)) {
            return Severity.WARNING;
        }
        if (descriptor.getPayload().contains(Severity.Error.class)) {
            return Severity.ERROR;
        }
        DefaultSeverity declared = descriptor.getAnnotation().annotationType().getAnnotation(DefaultSeverity.class);
        return declared == null ? Severity.ERROR : declared.value();
    }

    private static String code(Annotation annotation) {
        return CODE_OF_TYPE.get(annotation.annotationType());
    }

    /** Holds the one factory of the JVM, built on first use. */
    private static final class Factory {
        static final Clock CLOCK = Clock.systemUTC();
        static final ValidatorFactory INSTANCE = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new BundleInterpolator(Locale.ENGLISH))
                .clockProvider(() -> CLOCK)
                .buildValidatorFactory();
    }

    /** A builder of {@link ReportValidator}. */
    public static final class Builder {
        private Profile profile = Profile.DEFAULT;
        private Locale locale = Locale.ENGLISH;
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /**
         * Sets the profile.
         *
         * @param value the profile
         * @return this builder
         */
        public Builder profile(Profile value) {
            profile = Objects.requireNonNull(value, "profile");
            return this;
        }

        /**
         * Sets the language of the messages; English and Chinese ({@code zh}) are bundled.
         *
         * @param value the locale
         * @return this builder
         */
        public Builder locale(Locale value) {
            locale = Objects.requireNonNull(value, "locale");
            return this;
        }

        /**
         * Sets the clock that says what "today" is.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Builds the validator.
         *
         * @return the validator
         */
        public ReportValidator build() {
            return new ReportValidator(this);
        }
    }
}
