package io.github.reportmeta.benchmarks;

import io.github.reportmeta.Isbn;
import io.github.reportmeta.Keyword;
import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.PartialDate;
import io.github.reportmeta.Report;
import io.github.reportmeta.synthetic.SyntheticReports;
import io.github.reportmeta.validation.Profile;
import io.github.reportmeta.validation.ReportValidator;
import io.github.reportmeta.validation.Strict;
import io.github.reportmeta.validation.ValidationResult;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Validation through {@link ReportValidator} beside calling Hibernate Validator directly on the same reports:
 * the cost of our severities, codes, pointers and messages.
 *
 * <p>The synthetic reports are all valid, so {@link #reportmeta} and {@link #hibernateValidator} measure the walk
 * over the model and the wrapping of an empty result. {@link #reportmetaInvalid} and
 * {@link #hibernateValidatorInvalid} validate the same reports, each damaged in four places, so that turning
 * violations into problems is measured too; the direct side then reads what a user needs for the same answers:
 * the message, the property path as text and the constraint's annotation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xms1g", "-Xmx1g"})
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@OperationsPerInvocation(ValidationBenchmark.REPORTS)
public class ValidationBenchmark {

    static final int REPORTS = Corpus.REPORTS;

    private List<Report> reports = List.of();
    private List<Report> invalid = List.of();
    private ReportValidator ours;
    private Validator direct;

    /** Makes the reports and both validators, strict profile, outside the measurement. */
    @Setup
    public void setUp() {
        List<Report> made = new ArrayList<>(REPORTS);
        SyntheticReports synthetic = SyntheticReports.withSeed(42);
        for (int i = 0; i < REPORTS; i++) {
            made.add(synthetic.report(i));
        }
        reports = made;
        invalid = made.stream().map(ValidationBenchmark::damaged).toList();
        ours = ReportValidator.builder().profile(Profile.STRICT).build();
        direct = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();
    }

    /**
     * The report with four violations of the strict profile: a title ending in a bidi control (error), a
     * keyword with a leading space (warning), an issue date in the future and an ISBN with a wrong check digit.
     */
    static Report damaged(Report report) {
        List<LocalizedText> titles = new ArrayList<>(report.titles());
        LocalizedText first = titles.get(0);
        titles.set(0, LocalizedText.of(first.text() + "\u202E", first.language()));
        List<Keyword> keywords = new ArrayList<>(report.keywords());
        keywords.add(Keyword.of(" energy", LanguageTag.ENGLISH));
        return report.toBuilder()
                .titles(titles)
                .keywords(keywords)
                .issued(PartialDate.of(2999))
                .identifier(Isbn.parse("978-3-16-148410-1"))
                .build();
    }

    /**
     * Validates every report through reportmeta.
     *
     * @param sink keeps the results alive
     * @return how many violations were found
     */
    @Benchmark
    public int reportmeta(Blackhole sink) {
        int found = 0;
        for (Report r : reports) {
            ValidationResult result = ours.validate(r);
            found += result.violations().size();
            sink.consume(result);
        }
        return found;
    }

    /**
     * Validates every report with Hibernate Validator directly, same groups.
     *
     * @param sink keeps the results alive
     * @return how many violations were found
     */
    @Benchmark
    public int hibernateValidator(Blackhole sink) {
        int count = 0;
        for (Report r : reports) {
            Set<ConstraintViolation<Report>> found = direct.validate(r, Default.class, Strict.class);
            count += found.size();
            sink.consume(found);
        }
        return count;
    }

    /**
     * Validates every damaged report through reportmeta.
     *
     * @param sink keeps the results alive
     * @return how many violations were found
     */
    @Benchmark
    public int reportmetaInvalid(Blackhole sink) {
        int found = 0;
        for (Report r : invalid) {
            ValidationResult result = ours.validate(r);
            found += result.violations().size();
            sink.consume(result);
        }
        return found;
    }

    /**
     * Validates every damaged report with Hibernate Validator directly, same groups, and reads each violation's
     * message, path and constraint.
     *
     * @param sink keeps the results alive
     * @return how many violations were found
     */
    @Benchmark
    public int hibernateValidatorInvalid(Blackhole sink) {
        int count = 0;
        for (Report r : invalid) {
            Set<ConstraintViolation<Report>> found = direct.validate(r, Default.class, Strict.class);
            for (ConstraintViolation<Report> v : found) {
                sink.consume(v.getMessage());
                sink.consume(v.getPropertyPath().toString());
                sink.consume(v.getConstraintDescriptor().getAnnotation());
            }
            count += found.size();
            sink.consume(found);
        }
        return count;
    }
}
