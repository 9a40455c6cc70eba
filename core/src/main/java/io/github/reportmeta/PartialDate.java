package io.github.reportmeta;

import io.github.reportmeta.validation.NotInFuture;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A calendar date known to the year, to the month, or to the day, as sources give it.
 *
 * <p>Written in the W3CDTF forms {@code YYYY}, {@code YYYY-MM} and {@code YYYY-MM-DD}; {@link #parse} and
 * {@link #toString} are each other's inverse. A missing month or day is held as {@code 0}.
 *
 * @param year the year, 1 to 9999
 * @param month the month, 1 to 12, or 0 when only the year is known
 * @param day the day of the month, or 0 when it is not known
 */
@NotInFuture
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    private static final Comparator<PartialDate> ORDER =
            Comparator.comparing(PartialDate::earliest).thenComparing(PartialDate::precision);

    /** How much of a date is known. */
    public enum Precision {
        /** Only the year. */
        YEAR,
        /** The year and the month. */
        MONTH,
        /** The full date. */
        DAY
    }

    /** Checks that the parts make a date of the proleptic Gregorian calendar. */
    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new InvalidValueException("year must be between 1 and 9999", year);
        }
        if (month < 0 || month > 12) {
            throw new InvalidValueException("month must be between 1 and 12", month);
        }
        if (day != 0) {
            if (month == 0) {
                throw new InvalidValueException("a day needs a month", String.format("%04d-??-%02d", year, day));
            }
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                String text = String.format("%04d-%02d-%02d", year, month, day);
                int length = YearMonth.of(year, month).lengthOfMonth();
                throw new InvalidValueException(
                        "date must exist in the calendar (" + YearMonth.of(year, month) + " has " + length + " days)",
                        text);
            }
        }
    }

    /**
     * A date known to the year.
     *
     * @param year the year, 1 to 9999
     * @return the partial date
     */
    public static PartialDate of(int year) {
        return new PartialDate(year, 0, 0);
    }

    /**
     * A date known to the month.
     *
     * @param year the year, 1 to 9999
     * @param month the month, 1 to 12
     * @return the partial date
     */
    public static PartialDate of(int year, int month) {
        if (month == 0) {
            throw new InvalidValueException("month must be between 1 and 12", month);
        }
        return new PartialDate(year, month, 0);
    }

    /**
     * A full date.
     *
     * @param year the year, 1 to 9999
     * @param month the month, 1 to 12
     * @param day the day of the month
     * @return the partial date
     */
    public static PartialDate of(int year, int month, int day) {
        if (month == 0 || day == 0) {
            throw new InvalidValueException("a full date needs a month and a day", year + "-" + month + "-" + day);
        }
        return new PartialDate(year, month, day);
    }

    /**
     * A full date from a {@link LocalDate}.
     *
     * @param date the date
     * @return the partial date
     */
    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Parses the W3CDTF forms {@code YYYY}, {@code YYYY-MM} and {@code YYYY-MM-DD}.
     *
     * @param text the text to parse
     * @return the partial date
     * @throws InvalidValueException if the text is in none of the forms or names no real date
     */
    public static PartialDate parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int length = text.length();
        if ((length != 4 && length != 7 && length != 10) || !digits(text, 0, 4)
                || (length > 4 && (text.charAt(4) != '-' || !digits(text, 5, 7)))
                || (length > 7 && (text.charAt(7) != '-' || !digits(text, 8, 10)))) {
            throw new InvalidValueException("date must look like YYYY, YYYY-MM or YYYY-MM-DD", text);
        }
        int year = number(text, 0, 4);
        int month = length > 4 ? number(text, 5, 7) : 0;
        int day = length > 7 ? number(text, 8, 10) : 0;
        if (length > 4 && month == 0) {
            throw new InvalidValueException("month must be between 01 and 12", text);
        }
        if (length > 7 && day == 0) {
            throw new InvalidValueException("day must be between 01 and 31", text);
        }
        return new PartialDate(year, month, day);
    }

    /** Whether the characters from {@code start} to {@code end} are ASCII digits. */
    private static boolean digits(CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The number written by the ASCII digits from {@code start} to {@code end}. */
    private static int number(CharSequence text, int start, int end) {
        int n = 0;
        for (int i = start; i < end; i++) {
            n = n * 10 + (text.charAt(i) - '0');
        }
        return n;
    }

    /**
     * How much of this date is known.
     *
     * @return the precision
     */
    public Precision precision() {
        return month == 0 ? Precision.YEAR : day == 0 ? Precision.MONTH : Precision.DAY;
    }

    /**
     * The first day this date can stand for: 2018 gives 2018-01-01, 2018-12 gives 2018-12-01.
     *
     * @return the earliest full date
     */
    public LocalDate earliest() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    /**
     * The last day this date can stand for: 2018 gives 2018-12-31, 2018-02 gives 2018-02-28.
     *
     * @return the latest full date
     */
    public LocalDate latest() {
        if (day != 0) {
            return LocalDate.of(year, month, day);
        }
        YearMonth last = YearMonth.of(year, month == 0 ? 12 : month);
        return last.atEndOfMonth();
    }

    /**
     * The full date, where this date is known to the day.
     *
     * @return the date, or {@code null} when the month or the day is not known
     */
    public @Nullable LocalDate toLocalDate() {
        return day == 0 ? null : LocalDate.of(year, month, day);
    }

    /** Orders by the earliest day, and the less precise date first where that is the same. */
    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }

    /** The W3CDTF form: {@code 2018}, {@code 2018-12} or {@code 2018-12-10}. */
    @Override
    public String toString() {
        // By hand rather than String.format: every writer and every pointer message calls this, per report.
        char[] text = new char[day != 0 ? 10 : month != 0 ? 7 : 4];
        text[0] = (char) ('0' + year / 1000);
        text[1] = (char) ('0' + year / 100 % 10);
        text[2] = (char) ('0' + year / 10 % 10);
        text[3] = (char) ('0' + year % 10);
        if (month != 0) {
            text[4] = '-';
            text[5] = (char) ('0' + month / 10);
            text[6] = (char) ('0' + month % 10);
        }
        if (day != 0) {
            text[7] = '-';
            text[8] = (char) ('0' + day / 10);
            text[9] = (char) ('0' + day % 10);
        }
        return new String(text);
    }
}
