package io.github.reportmeta;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A usage counter of a report, kept apart from its bibliographic data: "Total 5490" views as of a date.
 *
 * @param type what is counted
 * @param count the count
 * @param asOf the date the count was read, or {@code null} when the source does not say
 */
public record Metric(MetricType type, @PositiveOrZero long count, @Valid @Nullable PartialDate asOf) {

    /** Checks that the type is present. */
    public Metric {
        Objects.requireNonNull(type, "type");
    }

    /**
     * A count of views.
     *
     * @param count the number of views
     * @param asOf the date the count was read, or {@code null}
     * @return the metric
     */
    public static Metric views(long count, @Nullable PartialDate asOf) {
        return new Metric(MetricType.VIEWS, count, asOf);
    }
}
