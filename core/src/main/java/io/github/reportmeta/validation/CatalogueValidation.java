package io.github.reportmeta.validation;

import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.Report;
import io.github.reportmeta.validation.internal.BundleInterpolator;
import io.github.reportmeta.validation.internal.IdIndex;
import io.github.reportmeta.validation.internal.LookAlikeKey;
import io.github.reportmeta.validation.internal.QuotedText;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Validates a catalogue that is read as a stream, one report at a time, in memory that grows only with the
 * number of distinct ids: what {@link ReportValidator#validate(io.github.reportmeta.Catalogue)} finds, without
 * holding the catalogue.
 *
 * <p>Made by {@link ReportValidator#startCatalogue()}; not thread-safe, like the reader it follows.
 */
public final class CatalogueValidation {

    private static final String DUPLICATE_KEY = "io.github.reportmeta.validation.UniqueReportIds.message";
    private static final String LOOK_ALIKE_KEY = "io.github.reportmeta.validation.UniqueReportIds.lookAlike";

    private final ReportValidator validator;
    private final ResourceBundle messages;
    private final IdIndex firstIndex = new IdIndex();
    private int index;

    CatalogueValidation(ReportValidator validator) {
        this.validator = validator;
        this.messages = BundleInterpolator.load(validator.locale());
    }

    /**
     * Validates the catalogue's header.
     *
     * @param header the header
     * @return every violation found in it
     */
    public ValidationResult header(CatalogueHeader header) {
        return validator.validate(header);
    }

    /**
     * Validates the next report of the catalogue, with pointers under {@code /reports/N}, and checks that neither
     * its id nor a look-alike of it (equal after NFKC normalisation and case folding) was used by an earlier report.
     *
     * @param report the report
     * @return every violation found in it
     */
    public ValidationResult next(Report report) {
        return next(report, validator.validate(report, "/reports/" + index));
    }

    /**
     * Completes the validation of the next report of the catalogue from its own result, which may have been found
     * on another thread: adds what {@link #next(Report)} adds to it, the check of its id against earlier reports.
     * Returns what {@code next(report)} returns.
     *
     * @param report the report
     * @param own what {@link ReportValidator#validate(Report, String)} of the report, with the prefix
     *     {@code /reports/}{@link #count()}, found
     * @return every violation found in it
     */
    public ValidationResult next(Report report, ValidationResult own) {
        String prefix = "/reports/" + index;
        ValidationResult result = own;
        String id = report.id().value();
        int earlier = firstIndex.putIfAbsent(LookAlikeKey.of(id), id, index);
        index++;
        if (earlier < 0) {
            return result;
        }
        String other = firstIndex.lastFound();
        String message = messages.getString(other.equals(id) ? DUPLICATE_KEY : LOOK_ALIKE_KEY)
                .replace("{id}", QuotedText.of(id))
                .replace("{other}", QuotedText.of(other))
                .replace("{first}", String.valueOf(earlier));
        List<Violation> violations = new ArrayList<>(result.violations());
        violations.add(new Violation(Severity.ERROR, "duplicate-id", prefix + "/id", message));
        violations.sort(ReportValidator.ORDER);
        return new ValidationResult(violations);
    }

    /**
     * How many reports were validated so far.
     *
     * @return the count
     */
    public int count() {
        return index;
    }
}
