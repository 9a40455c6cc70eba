package io.github.reportmeta.benchmarks;

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
        ours = ReportValidator.builder().profile(Profile.STRICT).build();
        direct = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();
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
}
