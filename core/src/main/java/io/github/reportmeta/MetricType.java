package io.github.reportmeta;

/** What a {@link Metric} counts. */
public enum MetricType implements Coded {
    /** Views of the report's page ("Total 5490" on a listing page). */
    VIEWS,
    /** Downloads of the report's full text. */
    DOWNLOADS,
    /** Citations of the report. */
    CITATIONS;

    /**
     * The metric type with a code, ignoring case.
     *
     * @param code a code such as {@code views}
     * @return the metric type
     * @throws InvalidValueException if no metric type has that code
     */
    public static MetricType ofCode(String code) {
        return Codes.lookup(MetricType.class, code, "metric type");
    }
}
