package io.github.reportmeta;

import io.github.reportmeta.validation.NoBidiControls;
import io.github.reportmeta.validation.Strict;
import io.github.reportmeta.validation.Trimmed;
import io.github.reportmeta.validation.XmlCharacters;
import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.constraints.CodePointLength;
import org.jspecify.annotations.Nullable;

/**
 * The place of a report in its series: "Research Report, No.215, 2018" is series "Research Report", number
 * "215" written "No.215", numbering year 2018.
 *
 * <p>{@link #parse} and {@link #toString} are each other's inverse; the number is kept as text, since series
 * number reports "215", "7a" or "2018-03".
 *
 * @param series the name of the series
 * @param number the number within the series, without its label
 * @param raw the number as the source writes it, such as "No.215" or "No. 215"
 * @param year the year the numbering restarts in, or {@code null} for a series numbered throughout
 */
public record ReportNumber(
        @NotBlank @XmlCharacters @NoBidiControls(groups = Strict.class) @Trimmed @CodePointLength(max = 512) String series,
        @NotBlank @XmlCharacters @NoBidiControls(groups = Strict.class) @Trimmed @CodePointLength(max = 64) String number,
        @NotBlank @XmlCharacters @NoBidiControls(groups = Strict.class) @Trimmed @CodePointLength(max = 64) String raw,
        @Nullable Integer year) {

    private static final Pattern FORM = Pattern.compile(
            "(?<series>.+?),\\s*(?<raw>(?:No\\.?|Nr\\.?|Number|no\\.?)\\s*(?<number>[^,\\s]+))(?:,\\s*(?<year>\\d{4}))?");

    /** Checks that the series, the number and its written form are present and that the number is in the text. */
    public ReportNumber {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(raw, "raw");
        if (!raw.contains(number)) {
            throw new InvalidValueException("the written form must contain the number '" + number + "'", raw);
        }
        if (year != null && (year < 1 || year > 9999)) {
            throw new InvalidValueException("numbering year must be between 1 and 9999", year);
        }
    }

    /**
     * A number in a series, written "No." followed by the number.
     *
     * @param series the series
     * @param number the number
     * @param year the numbering year, or {@code null}
     * @return the report number
     */
    public static ReportNumber of(String series, String number, @Nullable Integer year) {
        return new ReportNumber(series, number, "No." + number, year);
    }

    /**
     * Parses the form "Series, No.215, 2018"; the year is optional and the label may be "No.", "No. " or "Nr.".
     *
     * @param text the text to parse
     * @return the report number
     * @throws InvalidValueException if the text is not in that form
     */
    public static ReportNumber parse(CharSequence text) {
        Matcher m = FORM.matcher(text.toString().strip());
        if (!m.matches()) {
            throw new InvalidValueException("report number must look like 'Research Report, No.215, 2018'", text);
        }
        String year = m.group("year");
        return new ReportNumber(
                m.group("series"), m.group("number"), m.group("raw"), year == null ? null : Integer.valueOf(year));
    }

    /** The form "Research Report, No.215, 2018", which {@link #parse} reads back. */
    @Override
    public String toString() {
        return series + ", " + raw + (year == null ? "" : ", " + year);
    }
}
